/**
 * The filters readers can narrow a search by, in the order the search page
 * offers them. Apart from facets.ts (labels, choices) so the search page's
 * script takes only these keys, not the audiences list facets.ts reads.
 */
export const FILTER_KEYS = ['type', 'topic', 'column', 'audience', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
