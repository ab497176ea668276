import { describe, expect, it } from 'vitest';
import { mergeWordHits } from '../../../src/lib/search/rank.ts';

describe('mergeWordHits', () => {
  const perWord = [
    [{ id: 'a', score: 5 }, { id: 'b', score: 1 }],
    [{ id: 'b', score: 1 }, { id: 'c', score: 9 }],
  ];

  it('puts pages with all words first, then by summed score', () => {
    expect(mergeWordHits(perWord)).toEqual([{ id: 'b', words: 2 }, { id: 'c', words: 1 }, { id: 'a', words: 1 }]);
  });

  it('orders each group by date rank when sorting by date', () => {
    const dateRank = new Map([['a', 0], ['b', 2], ['c', 1]]);
    expect(mergeWordHits(perWord, dateRank).map((h) => h.id)).toEqual(['b', 'a', 'c']);
  });

  it('breaks ties by id so the order is stable', () => {
    expect(mergeWordHits([[{ id: 'y', score: 1 }, { id: 'x', score: 1 }]]).map((h) => h.id)).toEqual(['x', 'y']);
  });
});
