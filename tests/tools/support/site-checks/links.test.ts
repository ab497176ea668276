import { describe, expect, it } from 'vitest';
import { checkLinks, collectRefs } from '../../../../tools/support/site-checks/links.ts';

const files: Record<string, string> = {
  'index.html':
    '<a href="/ztzl/cjwscs/health/">健康</a><a href="health/x/">相对</a><img srcset="/ztzl/cjwscs/_astro/a.png 1x, /ztzl/cjwscs/_astro/b.png 2x"><a href="#main">跳</a><a href="tel:12345">电话</a>',
  'health/index.html':
    '<a href="/health/">逃出专栏</a><a href="/ztzl/cjwscs/health/gone/">已删除</a><a href="https://www.who.int/zh/">WHO</a><a href="https://chuangwei.example.gov.cn/ztzl/cjwscs/">本站</a><form action="/ztzl/cjwscs/search/"></form>',
};
const served = new Set([
  '/',
  '/health/',
  '/health/x/',
  '/_astro/a.png',
  '/_astro/b.png',
  '/search/',
]);

describe('the link check of a built site', () => {
  it('collects every href, src, srcset candidate, poster and form action', () => {
    expect(
      collectRefs('<video poster="/p.jpg"><source src="/v.mp4"></video><form action="/s/"></form>'),
    ).toEqual(['/p.jpg', '/v.mp4', '/s/']);
  });

  it('resolves internal links under the base, names the broken and those leaving the base, and lists the others', () => {
    const result = checkLinks({
      pages: Object.keys(files),
      read: (f) => files[f]!,
      resolves: (p) => served.has(p),
      base: '/ztzl/cjwscs/',
      siteOrigin: 'https://chuangwei.example.gov.cn',
    });
    expect(result.broken).toEqual([
      { file: 'health/index.html', ref: '/ztzl/cjwscs/health/gone/' },
    ]);
    expect(result.escaping).toEqual([{ file: 'health/index.html', ref: '/health/' }]);
    expect([...result.external.keys()]).toEqual(['https://www.who.int/zh/']);
    expect(result.checked).toBe(8);
  });
});
