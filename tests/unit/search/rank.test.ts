import { describe, expect, it } from 'vitest';
import { mergeConceptHits, rankPages, type ConceptHit } from '../../../src/lib/search/rank.ts';

const hits = (entries: Record<string, Partial<ConceptHit>>) =>
  new Map(
    Object.entries(entries).map(([id, h]) => [id, { score: h.score ?? 1, fields: h.fields ?? [] }]),
  );
const ids = (pages: { id: string }[]) => pages.map((p) => p.id);

describe('rankPages', () => {
  it('puts pages holding more of the query first, then by score', () => {
    const ranked = rankPages([
      { weak: false, hits: hits({ a: { score: 5 }, b: {} }) },
      { weak: false, hits: hits({ b: {}, c: { score: 9 } }) },
    ]);
    expect(ranked).toEqual([
      { id: 'b', strong: 2, weak: 0 },
      { id: 'c', strong: 1, weak: 0 },
      { id: 'a', strong: 1, weak: 0 },
    ]);
  });

  it('ranks the canonical article (title or summary of a health article), then headlines, above pages that only mention the word', () => {
    const ranked = rankPages([
      {
        weak: false,
        hits: hits({
          mention: { score: 50 },
          news: { fields: ['title'] },
          summary: { fields: ['summary'] },
          health: { fields: ['about', 'title'] },
        }),
      },
    ]);
    expect(ids(ranked)).toEqual(['health', 'news', 'summary', 'mention']);
  });

  it('never lets a weak leftover character find a page on its own, but uses it to rank', () => {
    const ranked = rankPages([
      { weak: false, hits: hits({ a: {}, b: {} }) },
      { weak: true, hits: hits({ b: {}, z: { score: 99 } }) },
    ]);
    expect(ids(ranked)).toEqual(['b', 'a']);
    expect(ids(rankPages([{ weak: true, hits: hits({ z: {} }) }]))).toEqual(['z']);
  });

  it('puts a page holding a typed phrase whole above one holding its parts apart', () => {
    const both = hits({ apart: { score: 9 }, whole: {} });
    expect(
      ids(
        rankPages(
          [
            { weak: false, hits: both },
            { weak: false, hits: both },
          ],
          [new Set(['whole'])],
        ),
      ),
    ).toEqual(['whole', 'apart']);
  });

  it('orders by date rank within each level of coverage when sorting by date, ties by id', () => {
    const dateRank = new Map([
      ['a', 0],
      ['b', 2],
      ['c', 1],
    ]);
    const ranked = rankPages(
      [
        { weak: false, hits: hits({ a: {}, b: {}, c: { fields: ['about'] } }) },
        { weak: false, hits: hits({ b: {} }) },
      ],
      [],
      dateRank,
    );
    expect(ids(ranked)).toEqual(['b', 'a', 'c']);
    expect(ids(rankPages([{ weak: false, hits: hits({ y: {}, x: {} }) }]))).toEqual(['x', 'y']);
  });
});

describe('mergeConceptHits', () => {
  it('keeps each page once, with its best score and every field a word matched in', () => {
    const merged = mergeConceptHits([
      [{ id: 'a', score: 1, fields: ['title'] }],
      [
        { id: 'a', score: 3, fields: ['about'] },
        { id: 'b', score: 2, fields: [] },
      ],
    ]);
    expect(Object.fromEntries(merged)).toEqual({
      a: { score: 3, fields: ['title', 'about'] },
      b: { score: 2, fields: [] },
    });
  });
});
