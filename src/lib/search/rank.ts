/**
 * The order of the results. Pages are ranked by
 *
 * 1. how much of the query they hold: the things it names (concepts, see
 *    read-query.ts), counting only whole ones; a lone weak character never
 *    finds a page by itself;
 * 2. then a page holding a phrase as typed (生活垃圾分类) over one holding its parts apart;
 * 3. then where they hold it: a health article or letter whose summary or
 *    tags name it (the canonical article for the term, metadata field
 *    "about"), then any page whose title or summary does ("title",
 *    "summary": news citing it), then pages that only mention it;
 * 4. then Pagefind's relevance, or, when sorting by date, newest first.
 */

/** Metadata fields a hit can be in (set on the pages by SearchMeta.astro and the article heading). */
export const CANONICAL_FIELD = 'about';
export const HEADLINE_FIELDS: readonly string[] = ['title', 'summary'];

/** One page found for a concept: its best score over the concept's words, and the fields they matched in. */
export interface ConceptHit {
  score: number;
  fields: readonly string[];
}

export interface RankedConcept {
  weak: boolean;
  hits: ReadonlyMap<string, ConceptHit>;
}

export interface RankedPage {
  id: string;
  /** Strong concepts the page holds. */
  strong: number;
  weak: number;
}

/** Merges the hits of several words into one concept's: best score, every field any word matched in. */
export function mergeConceptHits(
  perWord: readonly (readonly { id: string; score: number; fields: readonly string[] }[])[],
): Map<string, ConceptHit> {
  const merged = new Map<string, ConceptHit>();
  for (const hits of perWord) {
    for (const hit of hits) {
      const seen = merged.get(hit.id);
      merged.set(
        hit.id,
        seen
          ? {
              score: Math.max(seen.score, hit.score),
              fields: [...new Set([...seen.fields, ...hit.fields])],
            }
          : { score: hit.score, fields: hit.fields },
      );
    }
  }
  return merged;
}

/**
 * The pages of all concepts, best first (see above). `phrases` are the pages
 * holding each typed phrase whole; `dateRank` (0 = newest) orders by date instead of relevance.
 */
export function rankPages(
  concepts: readonly RankedConcept[],
  phrases: readonly ReadonlySet<string>[] = [],
  dateRank?: ReadonlyMap<string, number>,
): RankedPage[] {
  const anyStrong = concepts.some((c) => !c.weak);
  const pages = new Map<
    string,
    {
      strong: number;
      weak: number;
      phrases: number;
      canonical: number;
      headline: number;
      score: number;
    }
  >();
  for (const concept of concepts) {
    for (const [id, hit] of concept.hits) {
      const page = pages.get(id) ?? {
        strong: 0,
        weak: 0,
        phrases: 0,
        canonical: 0,
        headline: 0,
        score: 0,
      };
      if (concept.weak) page.weak++;
      else page.strong++;
      if (hit.fields.includes(CANONICAL_FIELD)) page.canonical++;
      else if (hit.fields.some((f) => HEADLINE_FIELDS.includes(f))) page.headline++;
      page.score += hit.score;
      pages.set(id, page);
    }
  }
  for (const [id, page] of pages) page.phrases = phrases.filter((set) => set.has(id)).length;
  const date = (id: string) => dateRank?.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...pages]
    .filter(([, page]) => page.strong > 0 || !anyStrong)
    .sort(
      ([idA, a], [idB, b]) =>
        b.strong - a.strong ||
        b.phrases - a.phrases ||
        b.weak - a.weak ||
        (dateRank
          ? date(idA) - date(idB)
          : b.canonical - a.canonical || b.headline - a.headline || b.score - a.score) ||
        idA.localeCompare(idB),
    )
    .map(([id, page]) => ({ id, strong: page.strong, weak: page.weak }));
}
