import { describe, expect, it } from 'vitest';
import { readSearchState, writeSearchState } from '../../../src/lib/search/url-state.ts';

describe('search state in the address', () => {
  it('reads the query, known filters and the order', () => {
    const state = readSearchState(
      new URLSearchParams('q=登革热&type=健康教育&year=2026&sort=date&page=3&topic='),
    );
    expect(state).toEqual({
      q: '登革热',
      filters: { type: '健康教育', year: '2026' },
      sort: 'date',
    });
  });

  it('defaults to relevance and an empty query', () => {
    expect(readSearchState(new URLSearchParams('sort=other'))).toEqual({
      q: '',
      filters: {},
      sort: 'relevance',
    });
  });

  it('writes keys in a fixed order and leaves defaults out', () => {
    expect(
      writeSearchState({
        q: ' 控烟 ',
        filters: { year: '2025', type: '公开信' },
        sort: 'relevance',
      }),
    ).toBe(`?q=${encodeURIComponent('控烟')}&type=${encodeURIComponent('公开信')}&year=2025`);
    expect(writeSearchState({ q: '', filters: {}, sort: 'relevance' })).toBe('');
  });

  it('round-trips', () => {
    const state = { q: 'PM2.5 空气', filters: { audience: '老年人' }, sort: 'date' } as const;
    expect(readSearchState(new URLSearchParams(writeSearchState(state)))).toEqual(state);
  });
});
