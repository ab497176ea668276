import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { searchFromHeader } from '../support/site-header.ts';
import { useBrowser } from '../support/use-browser.ts';

/** What a resident does on the site, in a real Chromium on a phone-sized screen. */
const origin = inject('siteOrigin');
const browser = useBrowser();
let page: Page;

beforeAll(async () => {
  page = await browser().newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
});

describe('a resident on a phone', () => {
  it('opens the home page and reads the pinned open letter', async () => {
    await page.goto(`${origin}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    const pinned = page.locator('#pinned-heading a');
    const title = (await pinned.textContent())?.trim() ?? '';
    expect(title).toMatch(/公开信|倡议书|致/);
    await pinned.click();
    await page.waitForURL(/\/letters\/[^/]+\/$/);
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(await page.locator('article .prose p').count()).toBeGreaterThan(3);
  });

  it('finds the complaint hotline in the header of any page and can call it', async () => {
    await page.goto(`${origin}/news/`);
    const call = page.locator('header a[href^="tel:"]').first();
    expect(await call.isVisible()).toBe(true);
    const box = await call.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    expect(await call.getAttribute('href')).toMatch(/^tel:[0-9+]+$/);
  });

  it('browses health education by topic and sees who reviewed an article and its sources', async () => {
    await page.goto(`${origin}/health/`);
    await page
      .getByRole('navigation', { name: '健康主题与适用人群' })
      .getByRole('link', { name: '病媒生物防制' })
      .click();
    await page.waitForURL(/\/health\/topics\/vector-control\/$/);
    expect(await page.locator('h1').textContent()).toContain('病媒生物防制');
    await page.locator('main article h2 a').first().click();
    await page.waitForURL(/\/health\/[^/]+\/$/);
    const review = page.locator('section[aria-labelledby="review-heading"]');
    await expect
      .poll(() => review.textContent())
      .toMatch(/审核专家[\s\S]*最后审核[\s\S]*\d{4}年\d+月\d+日[\s\S]*下次审核/);
    expect(await review.locator('ol li a[href^="http"]').count()).toBeGreaterThan(0);
  });

  it('pages through the news and comes back', async () => {
    await page.goto(`${origin}/news/`);
    const firstTitles = await page.locator('main article h2').allTextContents();
    expect(firstTitles.length).toBe(10);
    await page.getByRole('link', { name: '下一页' }).click();
    await page.waitForURL(`${origin}/news/page/2/`);
    const secondTitles = await page.locator('main article h2').allTextContents();
    expect(secondTitles.length).toBeGreaterThan(0);
    expect(secondTitles.some((t) => firstTitles.includes(t))).toBe(false);
    await page.goBack();
    expect(page.url()).toBe(`${origin}/news/`);
  });

  it('follows a tag to every article carrying it', async () => {
    await page.goto(`${origin}/tags/`);
    const tagLink = page.locator('main ul a').first();
    const count = Number(/((\d+) 篇)/.exec((await tagLink.textContent()) ?? '')?.[2]);
    await tagLink.click();
    expect(await page.locator('main article').count()).toBe(Math.min(count, 10));
  });

  it('downloads a handbook as a real PDF', async () => {
    await page.goto(`${origin}/downloads/`);
    const links = page.locator('main a[href$=".pdf"]');
    expect(await links.count()).toBeGreaterThanOrEqual(2);
    const href = (await links.first().getAttribute('href')) ?? '';
    const response = await page.request.get(new URL(href, page.url()).href);
    expect(response.status()).toBe(200);
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await page.locator('main').textContent()).toMatch(/\d+ 页 · PDF \d/);
  });

  it('submits the header search form to the search page with the query in the URL', async () => {
    await page.goto(`${origin}/health/`);
    await searchFromHeader(page, '登革热');
    await page.waitForURL(/\/search\/\?q=/);
    expect(decodeURIComponent(new URL(page.url()).searchParams.get('q') ?? '')).toBe('登革热');
  });

  it('gets a helpful Chinese 404 page for a missing address', async () => {
    const response = await page.goto(`${origin}/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toContain('没有找到');
  });
});
