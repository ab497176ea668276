import { describe, expect, it } from 'vitest';
import { getArticlePaths, getNeighbours, getRelatedEntries } from '../../src/lib/related.ts';

const a = (id: string, topic: string, tags: string[], date = '2026-01-01') => ({
  id,
  data: { date: new Date(date), tags, topic: { id: topic } },
});

describe('getRelatedEntries', () => {
  const self = a('self', 'vector', ['登革热']);
  const pool = [
    self,
    a('same-topic', 'vector', []),
    a('shared-tag', 'water', ['登革热']),
    a('unrelated', 'water', ['饮水']),
  ];
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

describe('getRelatedEntries on a large list', () => {
  /** The plain definition: score every candidate, keep the best. */
  function naive<T extends ReturnType<typeof a>>(
    entry: T,
    candidates: readonly T[],
    limit = 3,
  ): T[] {
    const score = (e: T) =>
      (e.data.topic.id === entry.data.topic.id ? 10 : 0) +
      e.data.tags.filter((t) => entry.data.tags.includes(t)).length;
    return candidates
      .filter((c) => c.id !== entry.id)
      .map((c) => ({ c, s: score(c) }))
      .filter(({ s }) => s > 0)
      .sort((x, y) => y.s - x.s || y.c.data.date.getTime() - x.c.data.date.getTime())
      .slice(0, limit)
      .map(({ c }) => c);
  }

  it('picks exactly what scoring every candidate would, topics small and large', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const tags = ['登革热', '控烟', '饮水', '垃圾分类', '创卫', '健康'];
    const topics = ['vector', 'tobacco', 'water', 'rare'];
    const pool = Array.from({ length: 400 }, (_, i) =>
      a(
        `e${i}`,
        random() < 0.02 ? 'rare' : topics[Math.floor(random() * 3)]!,
        tags.filter(() => random() < 0.3),
        `2026-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
      ),
    );
    for (const entry of pool)
      expect(
        getRelatedEntries(entry, pool).map((e) => e.id),
        entry.id,
      ).toEqual(naive(entry, pool).map((e) => e.id));
  });
});

describe('getArticlePaths', () => {
  it('gives each entry its route, neighbours and related articles', () => {
    const list = [a('n', 'vector', []), a('m', 'vector', []), a('o', 'water', [])];
    const paths = getArticlePaths(list);
    expect(paths.map((p) => p.params.id)).toEqual(['n', 'm', 'o']);
    expect(paths[1]!.props).toMatchObject({ entry: list[1], newer: list[0], older: list[2] });
    expect(paths[1]!.props.related.map((e) => e.id)).toContain('n');
  });
});
