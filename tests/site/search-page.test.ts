import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { findPagesContaining, readIndexedPages } from '../../tools/measure/search-recall.ts';
import { searchFromHeader } from '../support/site-header.ts';
import { useBrowser } from '../support/use-browser.ts';
import { DIST } from '../support/dist.ts';

/** Residents using /search/ in Chromium on a phone, against the built demo site. */
const origin = inject('siteOrigin');
const pages = readIndexedPages(DIST);
const browser = useBrowser();
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  context = await browser().newContext({ viewport: { width: 390, height: 844 } });
  page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
});

const results = () => page.locator('[data-list] > li');
const status = () => page.locator('site-search [role="status"]');

async function searchFor(query: string) {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(
    () => (document.querySelector('site-search [role="status"]')?.textContent ?? '').length > 0,
  );
}

describe('the search page', () => {
  it('is reached from the header field of any page and lists results with title, type, date and a marked excerpt', async () => {
    await page.goto(`${origin}/health/`);
    await searchFromHeader(page, '登革热');
    await page.waitForURL(/\/search\/\?q=/);
    await results().first().waitFor();
    const expected = findPagesContaining(pages, '登革热');
    await expect.poll(() => results().count()).toBe(expected.size);
    const first = results().first();
    expect(
      expected.has(new URL((await first.locator('h3 a').getAttribute('href'))!, origin).pathname),
    ).toBe(true);
    expect(await first.locator('h3 a').textContent()).toMatch(/\p{Script=Han}/u);
    expect(['公开信', '健康教育', '创城动态']).toContain(
      await first.locator('[data-type]').textContent(),
    );
    expect(await first.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(await first.locator('time').textContent()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(await first.locator('[data-excerpt] mark').first().textContent()).toBe('登革热');
  });

  it('announces the number of results in a live region, and says what to do when there are none', async () => {
    await searchFor('控烟');
    expect(await status().textContent()).toBe(
      `找到 ${findPagesContaining(pages, '控烟').size} 条与“控烟”有关的结果。`,
    );
    await searchFor('鳄鱼');
    expect(await status().textContent()).toMatch(/^没有找到包含“鳄鱼”的文章。.*主题和栏目/);
    expect(await page.locator('[data-results]').isHidden()).toBe(true);
  });

  it('lists pages with all the words of a query first', async () => {
    const both = findPagesContaining(pages, '登革热 积水');
    const either = new Set([
      ...findPagesContaining(pages, '登革热'),
      ...findPagesContaining(pages, '积水'),
    ]);
    expect(both.size).toBeGreaterThan(0);
    expect(either.size).toBeGreaterThan(both.size);
    await searchFor('登革热 积水');
    expect(await status().textContent()).toContain(`其中 ${both.size} 条包含全部 2 个词`);
    while (await page.locator('[data-more]').isVisible()) {
      const shown = await results().count();
      await page.locator('[data-more]').click();
      await expect.poll(() => results().count()).toBeGreaterThan(shown);
    }
    await expect.poll(() => results().count()).toBe(either.size);
    const hrefs = await results()
      .locator('h3 a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(new Set(hrefs.slice(0, both.size))).toEqual(both);
  });

  it('keeps the query, filters and order in the address, and Back brings the previous search back', async () => {
    await searchFor('垃圾分类');
    const all = await results().count();
    await page.locator('summary', { hasText: '筛选和排序' }).click();
    await page.selectOption('#search-type', '健康教育');
    await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBe('健康教育');
    await page.selectOption('#search-sort', 'date');
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('date');
    // The order by date comes with a file of its own: wait for that search, not the status of the one before.
    await expect.poll(() => page.locator('[data-results]').getAttribute('aria-busy')).toBeNull();
    await expect.poll(() => status().textContent()).toMatch(/^找到 \d+ 条/);
    const dates = await results()
      .locator('time')
      .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(await results().locator('[data-type]').allTextContents()).toEqual(
      dates.map(() => '健康教育'),
    );

    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBeNull();
    expect(await page.inputValue('#search-type')).toBe('健康教育');
    expect(await page.inputValue('#search-sort')).toBe('');
    await page.goBack();
    await expect.poll(() => results().count()).toBe(Math.min(all, 4));
    expect(await page.inputValue('#search-type')).toBe('');
    expect(await page.inputValue('#search-q')).toBe('垃圾分类');
  });

  it('shows four results at a time (about two phone screens, each a file to fetch) and moves focus to the first new one', async () => {
    await searchFor('水');
    const total = findPagesContaining(pages, '水').size;
    expect(total).toBeGreaterThan(4);
    expect(await results().count()).toBe(4);
    await page.locator('[data-more]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => results().count()).toBe(Math.min(8, total));
    expect(
      await page.evaluate(
        () => document.activeElement === document.querySelectorAll('[data-list] > li h3 a')[4],
      ),
    ).toBe(true);
    expect(await status().textContent()).toBe(`已显示 ${Math.min(8, total)} 条,共 ${total} 条。`);
  });

  it('can be used by keyboard alone, with visible focus and targets of at least 44 px', async () => {
    await searchFor('洗手');
    await page.locator('#search-q').focus();
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(
          () =>
            document.activeElement?.textContent?.trim().slice(0, 8) ||
            document.activeElement?.tagName ||
            '',
        ),
      );
    }
    expect(order.slice(0, 2)).toEqual(['搜索', '筛选和排序']);
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineWidth,
    );
    expect(parseFloat(outline)).toBeGreaterThanOrEqual(2);
    await page.locator('summary', { hasText: '筛选和排序' }).click();
    const targets = page.locator(
      'site-search :is(input, button:not([hidden]), summary, select, [data-list] a)',
    );
    for (const box of await targets.evaluateAll((els) =>
      els.map((e) => ({ what: e.outerHTML.slice(0, 60), h: e.getBoundingClientRect().height })),
    )) {
      expect(box.h, box.what).toBeGreaterThanOrEqual(44);
    }
    for (const id of await page
      .locator('site-search :is(input, select)')
      .evaluateAll((els) => els.map((e) => e.id))) {
      expect(await page.locator(`label[for="${id}"]`).count(), id).toBe(1);
    }
  });

  it('does not load Pagefind until the resident searches', async () => {
    const requested: string[] = [];
    page.on('request', (r) => r.url().includes('/pagefind/') && requested.push(r.url()));
    await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
    expect(requested).toEqual([]);
    await page.locator('#search-q').focus();
    await expect.poll(() => requested.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });

  it('reports no errors in the console', () => {
    expect(problems).toEqual([]);
  });

  it('looks right on a phone and on a desktop (screenshots in test-results/)', async () => {
    mkdirSync('test-results', { recursive: true });
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await searchFor('垃圾分类');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `horizontal scroll at ${width} px`).toBe(0);
      await page.locator('main').screenshot({ path: `test-results/search-${width}.png` });
    }
  });
});

describe('the search page without JavaScript', () => {
  it('says search needs JavaScript and offers the topic and column lists', async () => {
    const noJs = await browser().newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    });
    const p = await noJs.newPage();
    await p.goto(`${origin}/search/?q=${encodeURIComponent('登革热')}`);
    expect(await p.locator('main').textContent()).toContain('站内搜索需要浏览器开启 JavaScript');
    expect(
      await p
        .locator('section[aria-labelledby="search-browse-heading"] a[href^="/health/topics/"]')
        .count(),
    ).toBeGreaterThan(3);
    expect(
      await p
        .locator('section[aria-labelledby="search-browse-heading"] a[href^="/news/columns/"]')
        .count(),
    ).toBeGreaterThan(2);
    expect(
      await p
        .locator('main form[role="search"][action="/search/"][method="get"] input[name="q"]')
        .count(),
    ).toBe(1);
    await noJs.close();
  });
});
