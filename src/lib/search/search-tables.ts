/**
 * The two small tables the search page loads beside Pagefind's index,
 * written by the build (build-tables.ts) next to pagefind.js:
 *
 * - WORDS_FILE, on every search: the vocabulary's groups that the site's
 *   pages can answer. It tells the query reader which words belong
 *   together and which phrases are words at all.
 * - PINYIN_FILE, only when a query finds nothing or is in Latin letters: how
 *   to read Chinese characters as pinyin, the other words a query may have
 *   meant (tags, topic and column names) and the wording list's known wrong
 *   forms, to match `denggere`, `dgr` and slips (登格热) against them all.
 */

export const WORDS_FILE = 'search-words.json';
export const PINYIN_FILE = 'search-pinyin.json';

/**
 * WORDS_FILE is also written in parts, by the first two characters of the
 * words (WORDS_SHARD_DIR/<n>.json holds every group with a word that starts
 * with a pair of characters in part n, see shardOf): a short query needs the
 * groups of the words it can hold, a few small parts rather than the whole
 * table. A query of many characters loads the whole file.
 */
export const WORDS_SHARD_DIR = 'search-words';
export const WORD_SHARDS = 64;

/** The part of the table holding the words that start with `word`'s first two characters. */
export function shardOf(word: string): number {
  const [first = '', second = ''] = Array.from(word.toLowerCase());
  // A mixing hash: neighbouring characters (a run of code points) spread over all the parts.
  let hash =
    Math.imul((first.codePointAt(0) ?? 0) ^ 0x5bd1e995, 0x9e3779b1) ^
    Math.imul(second.codePointAt(0) ?? 0, 0x85ebca6b);
  hash ^= hash >>> 15;
  return (hash >>> 0) % WORD_SHARDS;
}

/** The parts a query's words can be found in, or undefined when so many that the whole table is as cheap. */
export function shardsFor(query: string): number[] | undefined {
  const shards = new Set<number>();
  for (const word of query.split(' ')) {
    const chars = Array.from(word);
    // Latin words are looked up whole; anything else may hold a word starting at any character.
    const starts = /^[\x00-\x7f]+$/.test(word) ? [0] : chars.map((_, i) => i).slice(0, -1);
    for (const at of starts) shards.add(shardOf(chars.slice(at, at + 2).join('')));
  }
  return shards.size > WORD_SHARDS / 4 ? undefined : [...shards].sort((a, b) => a - b);
}

export interface SearchWords {
  /**
   * One line per group, the groups most pages hold first: the words found on
   * the site's pages (most pages first), then after "|" the words only
   * residents use ("发热|发烧\n儿童 孩子|小孩").
   */
  groups: string;
}

export interface SearchPinyin {
  /** Every toneless syllable in alphabetical order, space separated (ü written v). */
  syllables: string;
  /** For each syllable, the first character Chinese pinyin collation puts under it. */
  bounds: string;
  /** Words the characters' usual readings would misread (银行 → "yin hang"). */
  readings: Record<string, string>;
  /** Tags, topic and column names outside the vocabulary that pages hold, most pages first, space separated. */
  terms: string;
  /** Wrong forms from the wording list whose right form is on the site: [垃圾分内, 垃圾分类]. */
  corrections: [string, string][];
}

/** What the vocabulary says of one word. */
export interface DictionaryEntry {
  /** Its group's place in WORDS_FILE (0 = the group most pages hold); read from a part of the table, its place there. */
  rank: number;
  /** The group's words that pages hold: what a search for the word looks for. */
  searched: readonly string[];
}

export interface Dictionary {
  entries: ReadonlyMap<string, DictionaryEntry>;
  /** Characters in the longest word. */
  longest: number;
  corrections: readonly (readonly [string, string])[];
}

/** The words of a group line: "发热 高热|发烧" → searched ['发热', '高热'], others ['发烧']. */
export function splitGroupLine(line: string): { searched: string[]; others: string[] } {
  const [searched = '', others = ''] = line.split('|');
  const words = (part: string) => part.split(' ').filter((w) => w !== '');
  return { searched: words(searched), others: words(others) };
}

/**
 * The dictionary of a WORDS_FILE, every word found or not with its group;
 * with a PINYIN_FILE's terms (each a group of its own, after the vocabulary)
 * and wrong forms when given.
 */
export function readDictionary(
  tables: SearchWords | readonly SearchWords[],
  more?: Pick<SearchPinyin, 'terms' | 'corrections'>,
): Dictionary {
  const entries = new Map<string, DictionaryEntry>();
  let longest = 0;
  const list: readonly SearchWords[] = 'groups' in tables ? [tables] : tables;
  const lines = [
    ...list.flatMap((table) => table.groups.split('\n')),
    ...(more?.terms.split(' ') ?? []),
  ].filter((line) => line !== '');
  lines.forEach((line, rank) => {
    const { searched, others } = splitGroupLine(line);
    for (const word of [...searched, ...others]) {
      if (entries.has(word)) continue;
      entries.set(word, { rank, searched });
      longest = Math.max(longest, Array.from(word).length);
    }
  });
  return { entries, longest, corrections: more?.corrections ?? [] };
}

/** The parts of a table: WORD_SHARDS of them, each with the lines of its words' groups. */
export function shardWords(table: SearchWords): SearchWords[] {
  const shards = Array.from({ length: WORD_SHARDS }, () => [] as string[]);
  for (const line of table.groups.split('\n')) {
    const { searched, others } = splitGroupLine(line);
    for (const shard of new Set([...searched, ...others].map(shardOf))) shards[shard]!.push(line);
  }
  return shards.map((lines) => ({ groups: lines.join('\n') }));
}
