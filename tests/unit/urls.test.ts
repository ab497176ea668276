import { describe, expect, it } from 'vitest';
import { entryPath, pagedPath, searchPath, tagPath } from '../../src/lib/urls.ts';

describe('urls', () => {
  it('builds every URL with a trailing slash', () => {
    expect(entryPath('health', 'dengue')).toBe('/health/dengue/');
    expect(pagedPath('/news/', 3)).toBe('/news/page/3/');
  });
  it('encodes Chinese tags and queries', () => {
    expect(tagPath('控烟')).toBe('/tags/%E6%8E%A7%E7%83%9F/');
    expect(searchPath('垃圾 分类')).toBe('/search/?q=%E5%9E%83%E5%9C%BE%20%E5%88%86%E7%B1%BB');
  });
});
