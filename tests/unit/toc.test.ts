import { describe, expect, it } from 'vitest';
import { buildToc } from '../../src/lib/toc.ts';

const h = (depth: number, text: string) => ({ depth, slug: text, text });

describe('table of contents', () => {
  it('is left out below three h2/h3 headings', () => {
    expect(buildToc([h(2, 'a'), h(3, 'b')])).toEqual([]);
    expect(buildToc([h(1, 't'), h(2, 'a'), h(4, 'x'), h(4, 'y'), h(3, 'b')])).toEqual([]);
  });

  it('nests h3 under the h2 before it', () => {
    expect(
      buildToc([h(3, 'intro'), h(3, 'intro2'), h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b')]),
    ).toEqual([
      { slug: 'intro', text: 'intro', children: [] },
      { slug: 'intro2', text: 'intro2', children: [] },
      {
        slug: 'a',
        text: 'a',
        children: [
          { slug: 'a1', text: 'a1', children: [] },
          { slug: 'a2', text: 'a2', children: [] },
        ],
      },
      { slug: 'b', text: 'b', children: [] },
    ]);
  });
});
