import { describe, expect, it } from 'vitest';
import { prepareHtmlForIndex, preparePageForIndex } from '../../../src/lib/search/index-html.ts';

const page = (body: string) =>
  `<!doctype html><html lang="zh-CN"><head><title>登革热</title></head><body><nav>首页</nav>${body}</body></html>`;
const words = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

describe('prepareHtmlForIndex', () => {
  it('rewrites the Chinese text of the indexed part as character pairs', () => {
    const out = prepareHtmlForIndex(
      page('<article data-pagefind-body><h1 data-pagefind-meta="title">登革热</h1></article>'),
    )!;
    expect(out).toContain('<h1 data-pagefind-meta="title"> 登革  革热  热ˉ </h1>');
  });

  it('keeps attributes and ignored parts of the indexed part as they were', () => {
    const html = page(
      '<article data-pagefind-body title="伊蚊"><p>积水</p><div data-pagefind-ignore>发布日期</div></article>',
    );
    const out = prepareHtmlForIndex(html)!;
    expect(out).toContain('title="伊蚊"');
    expect(out).toContain('<div data-pagefind-ignore>发布日期</div>');
  });

  it('hands Pagefind only the indexed part and the Pagefind data outside it, not the head or navigation', () => {
    const html = page(
      '<div hidden data-pagefind-filter="type:公开信"><span data-pagefind-meta="date:2026-05-01"></span></div><article data-pagefind-body><p>积水</p></article><footer>页脚</footer>',
    );
    const out = prepareHtmlForIndex(html)!;
    expect(out).not.toContain('<title>');
    expect(out).not.toContain('首页');
    expect(out).not.toContain('页脚');
    expect(out).toContain(
      '<div hidden data-pagefind-filter="type:公开信"><span data-pagefind-meta="date:2026-05-01"></span></div>',
    );
    expect(out.indexOf('type:公开信')).toBeLessThan(out.indexOf('积水'));
  });

  it('pairs characters across inline markup, not across blocks', () => {
    const out = prepareHtmlForIndex(
      page('<article data-pagefind-body><p>登革<strong>热</strong></p><p>伊蚊</p></article>'),
    )!;
    expect(words(out)).toEqual(expect.arrayContaining(['革热', '热ˉ', '伊蚊']));
    expect(words(out)).not.toContain('热伊');
  });

  it('keeps entities and numbers intact', () => {
    const out = prepareHtmlForIndex(
      page('<article data-pagefind-body><p>拨打&nbsp;12320&amp;咨询</p></article>'),
    )!;
    expect(out).toContain('&nbsp;12320&amp;');
  });

  it('returns undefined for a page without data-pagefind-body', () => {
    expect(prepareHtmlForIndex(page('<main><p>栏目列表</p></main>'))).toBeUndefined();
  });
});

describe('preparePageForIndex', () => {
  it('rewrites the text of a metadata field as pairs even in an ignored part, and gives the page text without it', () => {
    const html = page(
      '<article data-pagefind-body><div hidden><p data-pagefind-ignore data-pagefind-meta="about">登革热 清除积水</p><p>夏季防蚊</p></div><h1 data-pagefind-meta="title">登革热</h1><p>清除&amp;积水</p></article>',
    );
    const prepared = preparePageForIndex(html)!;
    expect(prepared.html).toContain(
      '<p data-pagefind-ignore data-pagefind-meta="about"> 登革  革热  热ˉ   ¶  清除  除积  积水  水ˉ </p>',
    );
    expect(prepared.html).toContain('<p> ¶  夏季  季防  防蚊  蚊ˉ </p>');
    expect(prepared.text).toBe('夏季防蚊\n登革热\n清除&积水');
  });
});

describe('prepareHtmlForIndex without anchors', () => {
  it('drops element ids, so result fragments carry no anchors the search page never shows', () => {
    const out = prepareHtmlForIndex(
      page(
        '<article data-pagefind-body><h2 id="为什么要清除积水" class="x">积水</h2><p id=a>水</p></article>',
      ),
    )!;
    expect(out).toContain('<h2 class="x">');
    expect(out).toContain('<p>');
    expect(out).not.toContain('id=');
  });
});
