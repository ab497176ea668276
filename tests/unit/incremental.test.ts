import { describe, expect, it } from 'vitest';
import { stableJson, withCacheKeys } from '../../src/lib/incremental.ts';

describe('page cache keys', () => {
  it('are the same for the same data whatever the order of its keys, and dates count', () => {
    expect(stableJson({ b: 1, a: [new Date('2026-01-02T00:00:00Z')] })).toBe(
      stableJson({ a: [new Date('2026-01-02T00:00:00Z')], b: 1 }),
    );
    const [one] = withCacheKeys([{ params: { id: 'x' }, props: { title: '登革热' } }], 'site');
    const [other] = withCacheKeys(
      [{ params: { id: 'x' }, props: { title: '登革热防治' } }],
      'site',
    );
    const [otherSite] = withCacheKeys(
      [{ params: { id: 'x' }, props: { title: '登革热' } }],
      'site2',
    );
    expect(new Set([one!.cacheKey, other!.cacheKey, otherSite!.cacheKey]).size).toBe(3);
  });

  it('refuse props a key cannot see into (a Map would hash as {} and hide its data)', () => {
    expect(() =>
      withCacheKeys([{ params: {}, props: { counts: new Map([['a', 1]]) } }], 'site'),
    ).toThrow(/props\.counts is a Map/);
  });
});
