import { FILTER_KEYS, type FilterKey } from './filter-keys.ts';
import { MAX_QUERY_LENGTH } from './query.ts';

export type SearchOrder = 'relevance' | 'date';

/** Everything a search page shows, as it lives in the address (?q=…&type=…&sort=date). */
export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
  sort: SearchOrder;
}

/** The state in a page address's query string; unknown keys and empty values are dropped. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters: Partial<Record<FilterKey, string>> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return {
    q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH * 2),
    filters,
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
  };
}

/** The query string for a state, keys in a fixed order so equal states give equal addresses. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort === 'date') params.set('sort', 'date');
  const query = params.toString();
  return query ? `?${query}` : '';
}
