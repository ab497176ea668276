import { describe, expect, it } from 'vitest';
import { getPagedPaths, paginate } from '../../src/lib/pagination.ts';

describe('paginate', () => {
  const items = Array.from({ length: 23 }, (_, i) => i);
  it('keeps page 1 at the list URL and numbers the rest under page/', () => {
    const pages = paginate(items, '/news/', 10);
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 3]);
    expect(pages[0]?.links.map((l) => l.url)).toEqual(['/news/', '/news/page/2/', '/news/page/3/']);
    expect(pages[0]?.prevUrl).toBeUndefined();
    expect(pages[1]).toMatchObject({ prevUrl: '/news/', nextUrl: '/news/page/3/' });
    expect(pages[2]?.nextUrl).toBeUndefined();
  });
  it('gives an empty list one page, so its URL exists', () => {
    expect(paginate([], '/news/')).toHaveLength(1);
  });
  it('makes route params for an Astro [...page] route', () => {
    expect(getPagedPaths(items, '/x/').map((p) => p.params.page)).toEqual([
      undefined,
      'page/2',
      'page/3',
    ]);
  });
});
