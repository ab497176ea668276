import { describe, expect, it } from 'vitest';
import { countUndatedItems } from '../../../tools/audit/site.ts';

describe('publication times on built pages', () => {
  it('counts every item (<article>) without a visible <time datetime>, skipping templates', () => {
    const page = [
      '<article><h1>有日期</h1><dl><dd><time datetime="2026-11-20">2026年11月20日</time></dd></dl></article>',
      '<article><h2>只写在文字里</h2><p>发布:2026年11月20日</p></article>',
      '<article><time datetime="2026-11-20"></time>没有可见文字</article>',
      '<article><time>2026年11月20日</time>没有 datetime</article>',
      '<template><li><article><time datetime="1970-01-01"></time></article></li></template>',
    ].join('');
    expect(countUndatedItems(page)).toBe(3);
    expect(countUndatedItems('<main><p>没有条目的页面</p></main>')).toBe(0);
  });
});
