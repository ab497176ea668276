import type { CharacterProbes } from './character-probes.ts';
import { planWordSearch } from './query.ts';

/** The part of Pagefind's API a word search needs; tests pass a stand-in. */
export interface WordSearcher<R extends { id: string }, O> {
  search(term: string, options: O): Promise<{ results: R[] } | null>;
  preload(term: string, options: O): Promise<void>;
}

/**
 * The pages for one query word, in Pagefind's ranked order: those with all
 * of its character pairs, and for longer Chinese words only those where the
 * pairs stand side by side (see planWordSearch). A lone character first has
 * the index chunks of all its pairs loaded: `probes` gives them (see
 * character-probes.ts), and is only called for such words.
 */
export async function searchWord<R extends { id: string }, O>(
  pagefind: WordSearcher<R, O>,
  word: string,
  options: O,
  probes: () => Promise<CharacterProbes>,
): Promise<R[]> {
  const plan = planWordSearch(word);
  if (plan.characters) {
    const known = await probes();
    await Promise.all(plan.characters.flatMap((char) => known[char] ?? []).map((term) => pagefind.preload(term, options)));
  }
  const [found, exact] = await Promise.all([pagefind.search(plan.terms, options), plan.phrase === undefined ? undefined : pagefind.search(plan.phrase, options)]);
  const results = found?.results ?? [];
  if (plan.phrase === undefined) return results;
  const adjacent = new Set((exact?.results ?? []).map((r) => r.id));
  return results.filter((r) => adjacent.has(r.id));
}
