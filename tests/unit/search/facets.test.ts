import { describe, expect, it } from 'vitest';
import {
  buildFilterOptions,
  FILTER_KEYS,
  FILTER_LABELS,
  getContentType,
  isFilterKey,
} from '../../../src/lib/search/facets.ts';

describe('search filters', () => {
  it('names the three content types in Chinese', () => {
    expect([getContentType('letters'), getContentType('health'), getContentType('news')]).toEqual([
      '公开信',
      '健康教育',
      '创城动态',
    ]);
  });

  it('labels every filter', () => {
    for (const key of FILTER_KEYS) expect(FILTER_LABELS[key]).toMatch(/\p{Script=Han}/u);
    expect(isFilterKey('topic')).toBe(true);
    expect(isFilterKey('sort')).toBe(false);
  });

  it('offers each type and audience, the given topics and columns, and the years newest first', () => {
    const options = buildFilterOptions({
      topics: ['控烟'],
      columns: ['曝光台'],
      dates: [new Date('2019-05-01'), new Date('2026-01-02'), new Date('2019-12-31')],
    });
    expect(options.type).toEqual(['公开信', '健康教育', '创城动态']);
    expect(options.topic).toEqual(['控烟']);
    expect(options.column).toEqual(['曝光台']);
    expect(options.audience).toContain('老年人');
    expect(options.year).toEqual(['2026', '2019']);
  });
});
