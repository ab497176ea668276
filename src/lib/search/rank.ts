/** One page found for one query word, with Pagefind's score. */
export interface WordHit {
  id: string;
  score: number;
}

/** A page of the merged results and how many of the query's words it contains. */
export interface MergedHit {
  id: string;
  words: number;
}

/**
 * Merges the pages found for each word of a query: pages with all words
 * first, then those with fewer. Within a group, by `dateRank` (0 = newest)
 * when sorting by date, else by summed score; ties by id so the order is stable.
 */
export function mergeWordHits(perWord: readonly (readonly WordHit[])[], dateRank?: ReadonlyMap<string, number>): MergedHit[] {
  const pages = new Map<string, { words: number; score: number }>();
  for (const hits of perWord) {
    for (const hit of hits) {
      const page = pages.get(hit.id) ?? { words: 0, score: 0 };
      page.words++;
      page.score += hit.score;
      pages.set(hit.id, page);
    }
  }
  const rank = (id: string) => dateRank?.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...pages]
    .sort(([idA, a], [idB, b]) => b.words - a.words || (dateRank ? rank(idA) - rank(idB) : b.score - a.score) || idA.localeCompare(idB))
    .map(([id, page]) => ({ id, words: page.words }));
}
