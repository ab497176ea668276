import { isHan } from './han.ts';
import { ASPECT_WORDS, setAsideQuestionWords } from './question-words.ts';
import { splitQueryWords } from './query.ts';
import type { Dictionary } from './search-tables.ts';

/**
 * What a resident's query asks for, read with the vocabulary: the things it
 * names ("concepts"), each searched as any word of its group, and the
 * question words set aside. 孩子发烧了怎么办 → 孩子 (儿童 孩子 小孩 …),
 * 发烧 (发热 发烧); 了 and 怎么办 set aside.
 *
 * Each space-separated word is cut at the vocabulary's words, longest first
 * (发烧 inside 孩子发烧了); what lies between them loses its question words
 * (question-words.ts) and is searched as it stands. A lone character left
 * over from a longer query, or an aspect word (危害, 方法), is weak: it ranks
 * pages but never finds one alone.
 */

export interface Concept {
  /** What the resident typed for it. */
  typed: string;
  /** Words to search, any of which counts: its group's words that pages hold, or the typed word itself. */
  words: string[];
  /** In the vocabulary. */
  known: boolean;
  /** A single character or an aspect word (危害, 方法) beside other words: it ranks pages, never finds them alone. */
  weak: boolean;
}

export interface QueryReading {
  concepts: Concept[];
  /** Question words set aside, in the order met. */
  setAside: string[];
  /** Words typed without spaces that were cut into several concepts (生活垃圾分类): a page holding one whole ranks first. */
  phrases: string[];
}

/** The pieces of one Chinese phrase: vocabulary words (longest first) and the runs between them. */
function cutAtWords(word: string, dictionary: Dictionary): { text: string; known: boolean }[] {
  const chars = Array.from(word);
  const pieces: { text: string; known: boolean }[] = [];
  let loose = '';
  for (let at = 0; at < chars.length;) {
    let length = Math.min(dictionary.longest, chars.length - at);
    for (; length >= 2; length--)
      if (dictionary.entries.has(chars.slice(at, at + length).join(''))) break;
    if (length >= 2) {
      if (loose) pieces.push({ text: loose, known: false });
      loose = '';
      pieces.push({ text: chars.slice(at, at + length).join(''), known: true });
      at += length;
    } else loose += chars[at++];
  }
  if (loose) pieces.push({ text: loose, known: false });
  return pieces;
}

/** Reads a normalized query (see normalizeQuery). */
export function readQuery(query: string, dictionary: Dictionary): QueryReading {
  const concepts: Concept[] = [];
  const setAside: string[] = [];
  const phrases: string[] = [];
  const add = (typed: string, known: boolean) => {
    if (concepts.some((c) => c.typed === typed)) return;
    const entry = known ? dictionary.entries.get(typed) : undefined;
    concepts.push({
      typed,
      words: entry ? [...entry.searched] : [typed],
      known: entry !== undefined,
      weak: false,
    });
  };
  for (const word of splitQueryWords(query)) {
    if (!Array.from(word).some(isHan)) {
      add(word, dictionary.entries.has(word));
      continue;
    }
    const before = concepts.length;
    let lost = false;
    for (const piece of cutAtWords(word, dictionary)) {
      if (piece.known) {
        add(piece.text, true);
        continue;
      }
      const { pieces, setAside: aside } = setAsideQuestionWords(piece.text);
      if (aside.length > 0) lost = true;
      setAside.push(...aside);
      for (const rest of pieces) add(rest, false);
    }
    if (!lost && concepts.length - before > 1) phrases.push(word);
  }
  const strong = concepts.filter(
    (c) => (Array.from(c.typed).length > 1 || !isHan(c.typed)) && !ASPECT_WORDS.has(c.typed),
  );
  for (const concept of concepts) concept.weak = strong.length > 0 && !strong.includes(concept);
  return { concepts, setAside: [...new Set(setAside)], phrases };
}
