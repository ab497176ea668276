import { describe, expect, it } from 'vitest';
import { searchWord } from '../../../src/lib/search/search-word.ts';

interface FakeHit {
  id: string;
  words?: number[];
  fields?: string[];
  score?: number;
}

/** A stand-in for Pagefind: a fixed answer per term, recording what it was asked and preloaded. */
function fakePagefind(answers: Record<string, FakeHit[]>) {
  const asked: [string, unknown][] = [];
  return {
    asked,
    async search(term: string, options: unknown) {
      asked.push([term, options]);
      return {
        results: (answers[term] ?? []).map((h) => ({
          id: h.id,
          score: h.score ?? 1,
          words: h.words ?? [],
          matchedMetaFields: h.fields ?? [],
        })),
      };
    },
    async preload(term: string, options: unknown) {
      asked.push([`preload ${term}`, options]);
    },
  };
}

const noProbes = async () => ({});
const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

describe('searchWord', () => {
  it('finds a long Chinese word by its covering pairs standing at their offsets, in Pagefind’s order', async () => {
    const pf = fakePagefind({
      垃圾: [
        { id: 'c', words: [4, 30] },
        { id: 'a', words: [10] },
        { id: 'b', words: [7] },
        { id: 'd', words: [1] },
      ],
      分类: [
        { id: 'a', words: [12] },
        { id: 'b', words: [20] },
        { id: 'c', words: [32] },
      ],
    });
    expect(ids(await searchWord(pf, '垃圾分类', { sort: {} }, noProbes))).toEqual(['c', 'a']);
    expect(pf.asked).toEqual([
      ['垃圾', { sort: {} }],
      ['分类', { sort: {} }],
    ]);
  });

  it('checks every covering pair, and asks once for a pair that repeats', async () => {
    const pf = fakePagefind({
      哈哈: [
        { id: 'a', words: [3, 4] },
        { id: 'b', words: [3] },
      ],
    });
    expect(ids(await searchWord(pf, '哈哈哈', {}, noProbes))).toEqual(['a']);
    expect(pf.asked).toHaveLength(1);
  });

  it('adds up the scores of the pairs and keeps the metadata fields every pair matched in', async () => {
    const pf = fakePagefind({
      登革: [{ id: 'a', words: [0], fields: ['title', 'about'], score: 2 }],
      革热: [{ id: 'a', words: [1], fields: ['title'], score: 3 }],
    });
    expect(await searchWord(pf, '登革热', {}, noProbes)).toMatchObject([
      { id: 'a', score: 5, fields: ['title'] },
    ]);
  });

  it('asks once for a two-character word, a single character or a number', async () => {
    const pf = fakePagefind({ 控烟: [{ id: 'a', fields: ['title'] }], '12320': [{ id: 'b' }] });
    expect(await searchWord(pf, '控烟', {}, noProbes)).toMatchObject([
      { id: 'a', fields: ['title'] },
    ]);
    expect(ids(await searchWord(pf, '12320', {}, noProbes))).toEqual(['b']);
    expect(pf.asked).toHaveLength(2);
  });

  it('loads the further index chunks of a lone character before searching it, and only then', async () => {
    const pf = fakePagefind({ 水: [{ id: 'a' }, { id: 'b' }] });
    let probed = 0;
    const probes = async () => (probed++, { 水: ['水泥', '水质'], 烟: ['烟草'] });
    expect(ids(await searchWord(pf, '水', {}, probes))).toEqual(['a', 'b']);
    expect(pf.asked.map(([term]) => term)).toEqual(['preload 水泥', 'preload 水质', '水']);
    await searchWord(pf, '控烟', {}, probes);
    expect(probed).toBe(1);
  });
});
