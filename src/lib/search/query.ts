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

/** What to hand Pagefind for one word: its index terms, space separated (登革热 → "登革 革热"). */
export function toPagefindQuery(word: string): string {
  return toIndexTerms(word).join(' ');
}

/** The searches for one query word (see planWordSearch). */
export interface WordSearchPlan {
  terms: string;
  phrase?: string;
  characters?: string[];
}

/**
 * The searches one word needs. `terms` finds and ranks the pages with all
 * of its character pairs; for three or more Chinese characters those pairs
 * could also occur apart (生活垃圾 … 垃圾分类), so `phrase`, Pagefind's
 * quoted search, keeps only pages where they stand side by side. A lone
 * Chinese character is a prefix term; `characters` lists them, as the index
 * chunks of their pairs must be loaded before searching (character-probes.ts).
 */
export function planWordSearch(word: string): WordSearchPlan {
  const terms = toIndexTerms(word);
  const pairsOnly = terms.length > 1 && terms.every((t) => isHan(t.slice(0, 1)) && Array.from(t).length === 2);
  if (pairsOnly) return { terms: terms.join(' '), phrase: `"${terms.join(' ')}"` };
  const characters = terms.filter((t) => Array.from(t).length === 1 && isHan(t));
  return characters.length > 0 ? { terms: terms.join(' '), characters } : { terms: terms.join(' ') };
}
