import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/use-browser.ts';
import { discoverArticlePages } from './a11y-templates.ts';

const origin = inject('siteOrigin');
const article = discoverArticlePages().find((p) => p.startsWith('/health/'))!;
const browser = useBrowser();

/**
 * Records, in every page of the context, what <html> looked like when the
 * parser reached <body> (before anything can be painted) and the root font
 * size at DOMContentLoaded.
 */
async function recordFirstPaintState(context: BrowserContext) {
  await context.addInitScript(() => {
    const w = window as unknown as { firstPaint: Record<string, string> };
    const snapshot = () =>
      Object.fromEntries(
        [...document.documentElement.attributes]
          .filter((a) => a.name.startsWith('data-'))
          .map((a) => [a.name, a.value]),
      );
    const observer = new MutationObserver(() => {
      if (document.body) {
        w.firstPaint = {
          ...snapshot(),
          fontSizeAtBody: getComputedStyle(document.documentElement).fontSize,
        };
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', () => {
      w.firstPaint = {
        ...w.firstPaint,
        fontSizeAtDomContentLoaded: getComputedStyle(document.documentElement).fontSize,
      };
    });
  });
}

const firstPaint = (page: Page) =>
  page.evaluate(() => (window as unknown as { firstPaint: Record<string, string> }).firstPaint);
const htmlAttr = (page: Page, name: string) =>
  page.evaluate((n) => document.documentElement.getAttribute(n), name);
const rootFontSize = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

describe('the reading toolbar', () => {
  it('keeps 长辈模式 and high contrast across pages and reloads, applied before first paint', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    await recordFirstPaintState(context);
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    expect(await rootFontSize(page)).toBe('18px');

    await button(page, '长辈模式').click();
    await button(page, '高对比度').click();
    expect(await button(page, '长辈模式').getAttribute('aria-pressed')).toBe('true');
    expect(await htmlAttr(page, 'data-elderly')).toBe('on');
    expect(await rootFontSize(page)).toBe('24px');

    // Follow a link, as a reader would.
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '健康教育' })
      .click();
    await page.waitForURL(`${origin}/health/`);
    for (const check of [() => Promise.resolve(), () => page.reload().then(() => undefined)]) {
      await check();
      const state = await firstPaint(page);
      expect(state).toMatchObject({
        'data-elderly': 'on',
        'data-contrast': 'high',
        'data-spacing': 'wide',
        'data-text-size': '2',
      });
      expect(state['fontSizeAtDomContentLoaded']).toBe('24px');
      expect(await button(page, '长辈模式').getAttribute('aria-pressed')).toBe('true');
      expect(await button(page, '高对比度').getAttribute('aria-pressed')).toBe('true');
    }

    await button(page, '恢复默认').click();
    expect(await page.evaluate(() => localStorage.getItem('aa-reading'))).toBe('{}');
    expect(await htmlAttr(page, 'data-contrast')).toBeNull();
    expect(await rootFontSize(page)).toBe('18px');
    await context.close();
  });

  it('sets body text in steps from 18 px up to 30 px', async () => {
    const page = await browser().newPage();
    await page.goto(origin + article);
    const bodyText = () =>
      page
        .locator('.prose p')
        .first()
        .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    const sizes = [await bodyText()];
    const larger = page.getByRole('button', { name: /^放大/ });
    while ((await larger.getAttribute('aria-disabled')) !== 'true') {
      await larger.click();
      sizes.push(await bodyText());
    }
    expect(sizes.length).toBeGreaterThanOrEqual(4);
    expect(sizes[0]).toBeGreaterThanOrEqual(18);
    expect(sizes.at(-1)).toBeGreaterThanOrEqual(30);
    expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
    expect(await page.locator('[data-size-status]').textContent()).toBe('字号:超大');
    expect(await page.locator('[data-size-status]').getAttribute('aria-live')).toBe('polite');
    await page.getByRole('button', { name: /^缩小/ }).click();
    expect(await bodyText()).toBeLessThan(sizes.at(-1)!);
    await page.close();
  });

  it('widens line spacing to 2 and more, and turns high contrast to black on white', async () => {
    const page = await browser().newPage();
    await page.goto(origin + article);
    const ratio = () =>
      page
        .locator('.prose p')
        .first()
        .evaluate((p) => {
          const s = getComputedStyle(p);
          return parseFloat(s.lineHeight) / parseFloat(s.fontSize);
        });
    expect(await ratio()).toBeGreaterThanOrEqual(1.5);
    await button(page, '宽行距').click();
    expect(await ratio()).toBeGreaterThanOrEqual(2);
    await button(page, '高对比度').click();
    const colours = await page.evaluate(() => ({
      text: getComputedStyle(document.querySelector('.prose p')!).color,
      page: getComputedStyle(document.body).backgroundColor,
      header: getComputedStyle(document.querySelector('body > header')!).backgroundColor,
    }));
    expect(colours).toEqual({
      text: 'rgb(0, 0, 0)',
      page: 'rgb(255, 255, 255)',
      header: 'rgb(0, 0, 0)',
    });
    await page.close();
  });

  it('gives 长辈模式 targets of at least 60 px', async () => {
    const page = await browser().newPage();
    await page.goto(origin + article);
    await button(page, '长辈模式').click();
    const heights = await page
      .locator('reading-toolbar button:visible, body > header a, nav[aria-label="当前位置"] a')
      .evaluateAll((els) =>
        els.filter((e) => e.checkVisibility()).map((e) => e.getBoundingClientRect().height),
      );
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(60);
    await page.close();
  });

  it('on a phone keeps the other settings behind 阅读设置, which opens by keyboard', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(origin + article);
    const more = button(page, '阅读设置');
    expect(await button(page, '高对比度').isVisible()).toBe(false);
    await more.focus();
    await page.keyboard.press('Enter');
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('缩小');
    expect(await button(page, '高对比度').isVisible()).toBe(true);
    await context.close();
  });

  it('is not shown without JavaScript, and the page reads as the standard page', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(origin + article);
    expect(await page.locator('section[aria-label="阅读设置"]').isVisible()).toBe(false);
    expect(await page.locator('read-aloud').isVisible()).toBe(false);
    expect(await page.locator('.prose p').first().isVisible()).toBe(true);
    expect(await page.locator('nav[aria-label="目录"]').isVisible()).toBe(true);
    expect(await rootFontSize(page)).toBe('18px');
    await context.close();
  });
});
