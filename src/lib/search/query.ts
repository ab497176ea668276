import { isHan, toIndexTerms } from './han.ts';

/** Longest query the search page acts on; residents paste whole sentences at most. */
export const MAX_QUERY_LENGTH = 60;

/**
 * A query as residents type it, made comparable with the index: full-width
 * letters, digits and spaces as half-width (NFKC), lower case, punctuation
 * as spaces except a dot or hyphen inside a number or code (PM2.5, H7N9,
 * 400-888-5531), runs of spaces as one.
 */
export function normalizeQuery(raw: string): string {
  return raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[.\-](?![\p{L}\p{N}])|(?<![\p{L}\p{N}])[.\-]/gu, ' ')
    .replace(/[^\p{L}\p{N}\p{Nl}.\-]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ')
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
}

/** The distinct words of a normalized query, in the order typed. */
export function splitQueryWords(query: string): string[] {
  return [...new Set(query.split(' ').filter((w) => w !== ''))];
}

/** The searches for one query word (see planWordSearch). */
export type WordSearchPlan =
  /** A Chinese word of two or more characters: pairs to search, each at its offset in the word. */
  | { kind: 'pairs'; pairs: { term: string; offset: number }[] }
  /** Anything else: Pagefind's own terms, all required; lone Chinese characters listed (see character-probes.ts). */
  | { kind: 'terms'; terms: string; characters?: string[] };

/**
 * The searches one word needs. A Chinese word is found by the fewest of its
 * pairs that cover every character, every second one (垃圾分类 → 垃圾 at 0,
 * 分类 at 2; 登革热 → 登革 at 0, 革热 at 1), checked for standing at those
 * offsets from each other: every index position holds one pair starting
 * with its character, so pairs two positions apart are two characters apart
 * in the text (han.ts keeps runs that only a space separates apart). Each
 * pair is an index chunk to load, so 垃圾分类 costs two chunks, not three.
 * A lone Chinese character is a prefix term whose chunks must be loaded
 * first (character-probes.ts); numbers, codes and mixed words (PM2.5,
 * H7N9禽流感) are Pagefind terms, all required.
 */
export function planWordSearch(word: string): WordSearchPlan {
  const chars = Array.from(word);
  if (chars.length >= 2 && chars.every(isHan)) {
    const offsets: number[] = [];
    for (let at = 0; at < chars.length - 1; at += 2) offsets.push(at);
    if (offsets.at(-1) !== chars.length - 2) offsets.push(chars.length - 2);
    return {
      kind: 'pairs',
      pairs: offsets.map((offset) => ({ term: chars[offset]! + chars[offset + 1]!, offset })),
    };
  }
  const terms = toIndexTerms(word);
  const characters = terms.filter((t) => Array.from(t).length === 1 && isHan(t));
  return characters.length > 0
    ? { kind: 'terms', terms: terms.join(' '), characters }
    : { kind: 'terms', terms: terms.join(' ') };
}
