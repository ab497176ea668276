import { pinyin } from 'pinyin-pro';
import { isHan } from './han.ts';
import { createPinyinReader } from './pinyin.ts';
import type { SearchPinyin, SearchWords } from './search-tables.ts';
import { foldWord, type WordGroup } from './vocabulary.ts';

/**
 * Builds the search page's tables (search-tables.ts) from the vocabulary and
 * the text of the indexed pages, at the end of `npm run build`. Only what
 * the site's pages can answer is kept: a group none of whose words is on a
 * page would only ever lead to 没有找到, so it costs residents bytes for
 * nothing; within a group, words no page holds are kept to be recognised,
 * never searched.
 */

export interface TableInput {
  groups: readonly WordGroup[];
  /** Tags, topic and column names: words editors chose, each a group of its own when the vocabulary lacks it. */
  terms: readonly string[];
  /** The wording list's common wrong forms and their right form. */
  corrections: readonly { phrase: string; correct: string }[];
  /** The indexed text of every page. */
  pages: readonly string[];
}

/** The character pairs of a text, to rule out most words before looking for them page by page. */
function pairsOf(text: string): Set<string> {
  const chars = Array.from(text);
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) pairs.add(chars[i]! + chars[i + 1]!);
  return pairs;
}

/** The number of pages holding each word (a word with a pair no page has is on none). */
function countPages(words: readonly string[], pages: readonly string[]): Map<string, number> {
  const folded = pages.map(foldWord);
  const everyPair = new Set<string>();
  for (const text of folded) for (const pair of pairsOf(text)) everyPair.add(pair);
  const counts = new Map<string, number>();
  for (const word of new Set(words)) {
    const possible = [...pairsOf(word)].every((pair) => everyPair.has(pair));
    counts.set(
      word,
      possible ? folded.reduce((n, text) => (text.includes(word) ? n + 1 : n), 0) : 0,
    );
  }
  return counts;
}

/** The words of the tables: vocabulary groups, the other terms and the wrong forms, as far as pages answer them. */
export interface TableWords {
  words: SearchWords;
  terms: string[];
  corrections: [string, string][];
}

export function buildTableWords(input: TableInput): TableWords {
  const vocabulary = new Set(input.groups.flatMap((g) => g.words));
  const terms = [...new Set(input.terms.map(foldWord))].filter(
    (t) => Array.from(t).length >= 2 && !/\s/.test(t) && !vocabulary.has(t),
  );
  const corrections = input.corrections.map(
    (c) => [foldWord(c.phrase), foldWord(c.correct)] as [string, string],
  );
  const counts = countPages(
    [...vocabulary, ...terms, ...corrections.map(([, right]) => right)],
    input.pages,
  );
  const pagesOf = (word: string) => counts.get(word) ?? 0;
  const groups = input.groups
    .map((g) => ({
      found: g.words.filter((w) => pagesOf(w) > 0).sort((a, b) => pagesOf(b) - pagesOf(a)),
      others: g.words.filter((w) => pagesOf(w) === 0),
    }))
    .filter((g) => g.found.length > 0)
    .sort((a, b) => pagesOf(b.found[0]!) - pagesOf(a.found[0]!))
    .map((g) =>
      g.others.length > 0 ? `${g.found.join(' ')}|${g.others.join(' ')}` : g.found.join(' '),
    );
  return {
    words: { groups: groups.join('\n') },
    terms: terms.filter((t) => pagesOf(t) > 0).sort((a, b) => pagesOf(b) - pagesOf(a)),
    corrections: corrections.filter(([, right]) => pagesOf(right) > 0),
  };
}

/** The toneless pinyin of a word, ü as v, as pinyin-pro reads it in context. */
const readWord = (word: string) => pinyin(word, { toneType: 'none', type: 'array', v: true });

/**
 * The first character of each syllable in Chinese pinyin collation. Sorting
 * every common character (U+4E00–U+9FFF) by the collation gives runs of
 * characters with one reading; characters read otherwise by pinyin-pro
 * (mostly second readings) interrupt them. The syllables' order is the
 * longest chain of runs in alphabetical order, which the interruptions cannot
 * join; each syllable starts where its first run in that chain does.
 */
export function findSyllableBounds(collator = new Intl.Collator('zh-u-co-pinyin')): {
  syllables: string[];
  bounds: string[];
} {
  const chars: string[] = [];
  for (let code = 0x4e00; code <= 0x9fff; code++) chars.push(String.fromCodePoint(code));
  chars.sort(collator.compare);
  const runs: { syllable: string; start: number; length: number }[] = [];
  chars.forEach((char, i) => {
    const syllable = pinyin(char, { toneType: 'none', v: true });
    if (!/^[a-z]+$/.test(syllable)) return;
    const last = runs.at(-1);
    if (last && last.syllable === syllable && last.start + last.length === i) last.length++;
    else runs.push({ syllable, start: i, length: 1 });
  });
  // Heaviest chain of runs whose syllables never go back in the alphabet.
  const best = runs.map((r) => r.length);
  const previous = runs.map(() => -1);
  for (let i = 0; i < runs.length; i++) {
    for (let j = 0; j < i; j++) {
      if (runs[j]!.syllable <= runs[i]!.syllable && best[j]! + runs[i]!.length > best[i]!) {
        best[i] = best[j]! + runs[i]!.length;
        previous[i] = j;
      }
    }
  }
  const chain: number[] = [];
  for (let i = best.indexOf(Math.max(...best)); i >= 0; i = previous[i]!) chain.unshift(i);
  const syllables: string[] = [];
  const bounds: string[] = [];
  for (const i of chain) {
    if (syllables.at(-1) === runs[i]!.syllable) continue;
    syllables.push(runs[i]!.syllable);
    bounds.push(chars[runs[i]!.start]!);
  }
  return { syllables, bounds };
}

/** The pinyin table (see pinyin.ts), with the terms and wrong forms the corrector also offers. */
export function buildSearchPinyin(
  { words, terms, corrections }: TableWords,
  collator = new Intl.Collator('zh-u-co-pinyin'),
): SearchPinyin {
  const { syllables, bounds } = findSyllableBounds(collator);
  const table: SearchPinyin = {
    syllables: syllables.join(' '),
    bounds: bounds.join(''),
    readings: {},
    terms: terms.join(' '),
    corrections,
  };
  const reader = createPinyinReader(table, collator);
  if (!reader) throw new Error('搜索拼音表:本机的中文排序规则不是按拼音排序,无法生成拼音表');
  const all = [
    ...new Set([...words.groups.split(/[\n| ]/), ...terms, ...corrections.flat()]),
  ].filter((w) => w !== '');
  for (const word of all) {
    if (!Array.from(word).every(isHan)) continue;
    const reading = readWord(word).join(' ');
    if (reader.ofWord(word)?.join(' ') !== reading) table.readings[word] = reading;
  }
  return table;
}
