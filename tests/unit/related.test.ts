import { describe, expect, it } from 'vitest';
import { getNeighbours, getRelatedEntries } from '../../src/lib/related.ts';

const a = (id: string, topic: string, tags: string[], date = '2026-01-01') => ({ id, data: { date: new Date(date), tags, topic: { id: topic } } });

describe('getRelatedEntries', () => {
  const self = a('self', 'vector', ['登革热']);
  const pool = [self, a('same-topic', 'vector', []), a('shared-tag', 'water', ['登革热']), a('unrelated', 'water', ['饮水'])];
  it('ranks the same topic first, then shared tags, and never the article itself', () => {
    expect(getRelatedEntries(self, pool).map((e) => e.id)).toEqual(['same-topic', 'shared-tag']);
  });
});

describe('getNeighbours', () => {
  it('finds the newer and older entry around an article', () => {
    const list = [{ id: 'n' }, { id: 'm' }, { id: 'o' }];
    expect(getNeighbours('m', list)).toEqual({ newer: { id: 'n' }, older: { id: 'o' } });
    expect(getNeighbours('n', list).newer).toBeUndefined();
  });
});
