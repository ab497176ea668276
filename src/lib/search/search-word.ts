import type { CharacterProbes } from './character-probes.ts';
import { planWordSearch } from './query.ts';

/** What the word search reads of a Pagefind result. */
export interface PagefindHit {
  id: string;
  score: number;
  /** Index positions of the matched words on the page. */
  words: number[];
  /** Metadata fields the terms matched in (title, about, summary …). */
  matchedMetaFields?: string[];
}

/** The part of Pagefind's API a word search needs; tests pass a stand-in. */
export interface WordSearcher<R extends PagefindHit, O> {
  search(term: string, options: O): Promise<{ results: R[] } | null>;
  preload(term: string, options: O): Promise<void>;
}

/** A page found for one word. */
export interface WordHit<R> {
  id: string;
  /** The Pagefind result (of the word's first term), whose data() loads the page. */
  result: R;
  score: number;
  /** Metadata fields holding the whole word (as far as its terms tell: each term matched there). */
  fields: string[];
}

const hitOf = <R extends PagefindHit>(result: R): WordHit<R> => ({
  id: result.id,
  result,
  score: result.score,
  fields: result.matchedMetaFields ?? [],
});

/**
 * The pages holding one query word, in Pagefind's order (by relevance, or by
 * the sort in `options`). A Chinese word of three or more characters is the
 * pages where its covering pairs stand at their offsets (see planWordSearch);
 * a lone character first has the index chunks of all its pairs loaded:
 * `probes` gives them (see character-probes.ts), and is only called for such words.
 */
export async function searchWord<R extends PagefindHit, O>(
  pagefind: WordSearcher<R, O>,
  word: string,
  options: O,
  probes: () => Promise<CharacterProbes>,
): Promise<WordHit<R>[]> {
  const plan = planWordSearch(word);
  if (plan.kind === 'terms') {
    if (plan.characters) {
      const known = await probes();
      await Promise.all(
        plan.characters
          .flatMap((char) => known[char] ?? [])
          .map((term) => pagefind.preload(term, options)),
      );
    }
    return ((await pagefind.search(plan.terms, options))?.results ?? []).map(hitOf);
  }
  const terms = [...new Set(plan.pairs.map((p) => p.term))];
  const found = await Promise.all(
    terms.map(async (term) => (await pagefind.search(term, options))?.results ?? []),
  );
  if (plan.pairs.length === 1) return found[0]!.map(hitOf);
  const byTerm = new Map(terms.map((term, i) => [term, new Map(found[i]!.map((r) => [r.id, r]))]));
  const [first, ...rest] = plan.pairs.map((pair) => ({
    offset: pair.offset,
    pages: byTerm.get(pair.term)!,
  }));
  const hits: WordHit<R>[] = [];
  for (const result of first!.pages.values()) {
    const others = rest.map((pair) => ({ offset: pair.offset, result: pair.pages.get(result.id) }));
    if (others.some((o) => o.result === undefined)) continue;
    const positions = others.map((o) => ({ offset: o.offset, at: new Set(o.result!.words) }));
    if (!result.words.some((start) => positions.every((p) => p.at.has(start + p.offset)))) continue;
    const fields = (result.matchedMetaFields ?? []).filter((f) =>
      others.every((o) => o.result!.matchedMetaFields?.includes(f)),
    );
    hits.push({
      id: result.id,
      result,
      score: others.reduce((sum, o) => sum + o.result!.score, result.score),
      fields,
    });
  }
  return hits;
}
