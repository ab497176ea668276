import { describe, expect, it } from 'vitest';
import { getSectionLabel } from '../../src/lib/section-labels.ts';

const names = {
  topics: new Map([['vector-control', '病媒生物防制']]),
  columns: new Map([['campaign', '创城专题']]),
};

describe('getSectionLabel', () => {
  it('labels a letter by its kind', () => {
    expect(getSectionLabel({ collection: 'letters', data: { kind: '倡议书' } }, names)).toBe(
      '倡议书',
    );
  });
  it('labels a health article by the name of its topic', () => {
    expect(
      getSectionLabel({ collection: 'health', data: { topic: { id: 'vector-control' } } }, names),
    ).toBe('病媒生物防制');
  });
  it('labels a news item by the name of its column', () => {
    expect(
      getSectionLabel({ collection: 'news', data: { column: { id: 'campaign' } } }, names),
    ).toBe('创城专题');
  });
  it('gives no label for a topic it has no name for', () => {
    expect(
      getSectionLabel({ collection: 'health', data: { topic: { id: 'unknown' } } }, names),
    ).toBeUndefined();
  });
});
