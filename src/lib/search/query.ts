import { toIndexTerms } from './han.ts';

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
