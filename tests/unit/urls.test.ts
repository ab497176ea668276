import { describe, expect, it } from 'vitest';
import {
  BASE,
  contentHref,
  entryPath,
  hotlinePath,
  organisationPath,
  pagedPath,
  podcastPath,
  progressAreaPath,
  progressPath,
  searchPath,
  stripBase,
  tagPath,
  toAbsoluteUrl,
  withBase,
} from '../../src/lib/urls.ts';

describe('urls', () => {
  it('builds every URL with a trailing slash', () => {
    expect(entryPath('health', 'dengue')).toBe('/health/dengue/');
    expect(pagedPath('/news/', 3)).toBe('/news/page/3/');
  });
  it('encodes Chinese tags and queries', () => {
    expect(tagPath('控烟')).toBe('/tags/%E6%8E%A7%E7%83%9F/');
    expect(searchPath('垃圾 分类')).toBe('/search/?q=%E5%9E%83%E5%9C%BE%20%E5%88%86%E7%B1%BB');
  });
  it('gives bare site paths outside an Astro build, where there is no base', () => {
    expect(BASE).toBe('/');
  });
});

describe('the base path of a portal 专栏', () => {
  const base = '/ztzl/cjwscs/';
  it('puts site paths under the base, and takes them out again', () => {
    expect(withBase('/', base)).toBe('/ztzl/cjwscs/');
    expect(withBase('/health/x/', base)).toBe('/ztzl/cjwscs/health/x/');
    expect(withBase('/search/?q=a#top', base)).toBe('/ztzl/cjwscs/search/?q=a#top');
    expect(stripBase('/ztzl/cjwscs/health/x/', base)).toBe('/health/x/');
    expect(stripBase('/ztzl/cjwscs/', base)).toBe('/');
    expect(stripBase('/ztzl/cjwscs', base)).toBe('/');
    expect(stripBase('/health/x/', base)).toBeUndefined();
    expect(stripBase('/ztzl/cjwscsx/', base)).toBeUndefined();
  });
  it('refuses what is not a site path, so a full address is never prefixed', () => {
    expect(() => withBase('https://x.gov.cn/', base)).toThrow();
    expect(() => withBase('//x.gov.cn/', base)).toThrow();
    expect(() => withBase('health/', base)).toThrow();
  });
  it('puts an article body’s site links under the base and leaves every other link alone', () => {
    expect(contentHref('/hotline/', base)).toBe('/ztzl/cjwscs/hotline/');
    expect(contentHref('/downloads/a.pdf', base)).toBe('/ztzl/cjwscs/downloads/a.pdf');
    for (const href of [
      'https://www.who.int/zh/',
      '//cdn.example/x',
      '#第一节',
      'mailto:a@b.cn',
      'tel:12345',
      '../uploads/x.png',
    ]) {
      expect(contentHref(href, base)).toBe(href);
    }
  });
  it('makes full addresses on the site’s domain', () => {
    expect(toAbsoluteUrl('/ztzl/cjwscs/health/x/', 'https://www.aa.gov.cn')).toBe(
      'https://www.aa.gov.cn/ztzl/cjwscs/health/x/',
    );
  });
});

describe('campaign URL builders', () => {
  it('end every page path in a slash', () => {
    expect([hotlinePath(), organisationPath(), progressPath()]).toEqual([
      '/hotline/',
      '/organisation/',
      '/progress/',
    ]);
  });
  it('point at an area on the progress page and at a column’s podcast', () => {
    expect(progressAreaPath('environment')).toBe('/progress/#area-environment');
    expect(podcastPath('radio')).toBe('/news/columns/radio/podcast.xml');
  });
});
