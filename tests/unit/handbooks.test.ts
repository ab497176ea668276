import { describe, expect, it } from 'vitest';
import {
  cssString,
  handbookPageCss,
  paragraphsOf,
  printedUrl,
  sourceDigest,
} from '../../src/lib/handbooks.ts';

describe('cssString', () => {
  it('quotes text so that no title can end the rule it is printed by', () => {
    expect(cssString('正确洗手')).toBe('"正确洗手"');
    expect(cssString('a"b\\c')).toBe('"a\\22 b\\5c c"');
    expect(cssString('x\n} @page { size: A3')).toBe('"x\\a } @page { size: A3"');
  });
});

describe('handbookPageCss', () => {
  const css = handbookPageCss('A5', '读本', [{ name: 'handbook-part-1', title: '一"二' }]);

  it('gives the covers no margin and every other page the size, running header and page number', () => {
    expect(css).toContain('@page handbook-cover { size: A5; margin: 0; }');
    expect(css).toMatch(
      /@page handbook \{ size: A5; margin: [^;]+; @top-left \{ content: "读本";.*@bottom-center \{ content: counter\(page\);/,
    );
  });

  it('heads each article’s pages with its own title, escaped', () => {
    expect(css).toMatch(/@page handbook-part-1 \{ size: A5;.*@top-right \{ content: "一\\22 二";/);
  });
});

describe('printedUrl and paragraphsOf', () => {
  it('prints an address without its scheme', () => {
    expect(printedUrl('https://chuangwei.example.gov.cn/health/x/')).toBe(
      'chuangwei.example.gov.cn/health/x/',
    );
  });

  it('splits a foreword at blank lines and joins the lines of a paragraph', () => {
    expect(paragraphsOf('第一段,\n接着写。\n\n  第二段。\n\n\n')).toEqual([
      '第一段,接着写。',
      '第二段。',
    ]);
  });
});

describe('sourceDigest', () => {
  const cover = (src: string) => ({
    src,
    width: 1200,
    height: 675,
    format: 'png',
    fsPath: '/somewhere/on/this/machine.png',
  });
  const content = {
    handbook: {
      title: '读本',
      edition: new Date('2026-04-22'),
      cover: { src: cover('/_astro/a.Hx1.png'), alt: '图' },
    },
    articles: [{ id: 'a', body: '正文' }],
  };

  it('is the same for the same content, whatever the order of keys or where the images sit on disk', () => {
    const again = {
      articles: [{ body: '正文', id: 'a' }],
      handbook: {
        cover: { alt: '图', src: { ...cover('/ztzl/_astro/a.Hx1.png'), fsPath: '/elsewhere.png' } },
        edition: new Date('2026-04-22'),
        title: '读本',
      },
    };
    expect(sourceDigest(again)).toBe(sourceDigest(content));
  });

  it('changes with a word of an article, a date or an image', () => {
    const digest = sourceDigest(content);
    expect(sourceDigest({ ...content, articles: [{ id: 'a', body: '正文。' }] })).not.toBe(digest);
    expect(
      sourceDigest({
        ...content,
        handbook: { ...content.handbook, edition: new Date('2026-04-23') },
      }),
    ).not.toBe(digest);
    expect(
      sourceDigest({
        ...content,
        handbook: { ...content.handbook, cover: { src: cover('/_astro/a.Hx2.png'), alt: '图' } },
      }),
    ).not.toBe(digest);
  });
});
