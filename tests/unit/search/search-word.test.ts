import { describe, expect, it } from 'vitest';
import { searchWord } from '../../../src/lib/search/search-word.ts';

/** A stand-in for Pagefind: a fixed answer per term, recording what it was asked and preloaded. */
function fakePagefind(answers: Record<string, string[]>) {
  const asked: [string, unknown][] = [];
  return {
    asked,
    async search(term: string, options: unknown) {
      asked.push([term, options]);
      return { results: (answers[term] ?? []).map((id) => ({ id })) };
    },
    async preload(term: string, options: unknown) {
      asked.push([`preload ${term}`, options]);
    },
  };
}

const noProbes = async () => ({});

describe('searchWord', () => {
  it('keeps Pagefind’s order and, for long Chinese words, only pages where the pairs stand together', async () => {
    const pf = fakePagefind({ '垃圾 圾分 分类': ['c', 'a', 'b'], '"垃圾 圾分 分类"': ['a', 'c'] });
    expect((await searchWord(pf, '垃圾分类', { sort: {} }, noProbes)).map((r) => r.id)).toEqual(['c', 'a']);
    expect(pf.asked).toEqual([['垃圾 圾分 分类', { sort: {} }], ['"垃圾 圾分 分类"', { sort: {} }]]);
  });

  it('asks once for a two-character word, a single character or a number', async () => {
    const pf = fakePagefind({ 控烟: ['a'], '12320': ['b'] });
    expect((await searchWord(pf, '控烟', {}, noProbes)).map((r) => r.id)).toEqual(['a']);
    expect((await searchWord(pf, '12320', {}, noProbes)).map((r) => r.id)).toEqual(['b']);
    expect(pf.asked).toHaveLength(2);
  });

  it('loads the further index chunks of a lone character before searching it, and only then', async () => {
    const pf = fakePagefind({ 水: ['a', 'b'] });
    let probed = 0;
    const probes = async () => (probed++, { 水: ['水泥', '水质'], 烟: ['烟草'] });
    expect((await searchWord(pf, '水', {}, probes)).map((r) => r.id)).toEqual(['a', 'b']);
    expect(pf.asked.map(([term]) => term)).toEqual(['preload 水泥', 'preload 水质', '水']);
    await searchWord(pf, '控烟', {}, probes);
    expect(probed).toBe(1);
  });
});
