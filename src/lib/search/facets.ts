import { audiences } from '../../schemas/audiences.ts';
import { articleCollections, sections, type ArticleCollection } from '../../schemas/sections.ts';
import { FILTER_KEYS, type FilterKey } from './filter-keys.ts';

/**
 * The filters readers can narrow a search by (filter-keys.ts). Article pages
 * tag themselves with these keys (SearchMeta.astro); the search page offers one list each.
 */
export { FILTER_KEYS, type FilterKey };

/** The label readers see for each filter. */
export const FILTER_LABELS: Record<FilterKey, string> = {
  type: '类型',
  topic: '健康主题',
  column: '新闻栏目',
  audience: '适用人群',
  year: '年份',
};

/** The content type shown with a search result and offered as a filter. */
export function getContentType(collection: ArticleCollection): string {
  return sections[collection].shortName;
}

export function isFilterKey(key: string): key is FilterKey {
  return (FILTER_KEYS as readonly string[]).includes(key);
}

/** The choices of each filter on the search page: every type and audience, the given topics and columns, years newest first. */
export function buildFilterOptions(input: {
  topics: readonly string[];
  columns: readonly string[];
  dates: readonly Date[];
}): Record<FilterKey, string[]> {
  const years = [...new Set(input.dates.map((d) => String(d.getUTCFullYear())))].sort((a, b) =>
    b.localeCompare(a),
  );
  return {
    type: articleCollections.map(getContentType),
    topic: [...input.topics],
    column: [...input.columns],
    audience: audiences.map((a) => a.name),
    year: years,
  };
}
