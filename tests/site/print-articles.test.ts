import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { listDistFiles } from '../support/dist.ts';
import { useBrowser } from '../support/use-browser.ts';
import { discoverArticlePages } from './a11y-templates.ts';

const origin = inject('siteOrigin');
const articles = discoverArticlePages();
const healthArticle = articles.find((p) => p.startsWith('/health/'))!;
/** Where the screenshots and PDFs go for a person to look at. */
const OUT = process.env.SCREENSHOT_DIR ?? join(tmpdir(), 'a11y-screenshots');
const browser = useBrowser();

beforeAll(() => {
  mkdirSync(OUT, { recursive: true });
});

/** Pages of a PDF and the size of the first, in points. */
function pdfFacts(pdf: Buffer) {
  const text = pdf.toString('latin1');
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text);
  return {
    pages: (text.match(/\/Type\s*\/Page(?!s)/g) ?? []).length,
    width: Number(box?.[1]),
    height: Number(box?.[2]),
  };
}

describe('printing', () => {
  it('prints an article without the site around it, with its address, QR code and outside links spelt out', async () => {
    // 794 px is the width of A4 at 96 dpi.
    const context = await browser().newContext({ viewport: { width: 794, height: 1123 } });
    const page = await context.newPage();
    await page.goto(origin + healthArticle);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of [
      'body > header',
      'body > footer',
      'section[aria-label="阅读设置"]',
      'nav',
      'form[role="search"]',
      'read-aloud',
      'main > footer',
    ]) {
      const shown = await page
        .locator(hidden)
        .evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length);
      expect(shown, hidden).toBe(0);
    }
    expect(await page.locator('.print-source').isVisible()).toBe(true);
    expect(await page.locator('.print-source svg').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: '打印海报' }).isVisible()).toBe(false);
    const after = await page
      .locator('article a[href^="http"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('http');
    // Reading settings do not carry into print: 12 pt text whatever the screen size.
    await page.evaluate(() => document.documentElement.setAttribute('data-text-size', '4'));
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
      '16px',
    );
    await page.evaluate(() => document.documentElement.removeAttribute('data-text-size'));
    await page.screenshot({ path: join(OUT, 'print-article.png'), fullPage: true });
    await context.close();
  });

  it('lays articles out on A4 (PDF from headless Chromium)', async () => {
    const page = await browser().newPage();
    await page.goto(origin + healthArticle);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(OUT, 'print-article.pdf'), pdf);
    const facts = pdfFacts(pdf);
    expect(facts.width).toBeCloseTo(595.3, 0); // A4 in points
    expect(facts.height).toBeCloseTo(841.9, 0);
    expect(facts.pages).toBeGreaterThanOrEqual(1);
    await page.close();
  });

  it('fits each poster on exactly one A4 sheet', async () => {
    const page = await browser().newPage();
    const posters = listDistFiles('.html')
      .filter((f) => f.startsWith('posters/'))
      .map((f) => `/${f.replace(/^posters\//, '').replace(/index\.html$/, '')}`);
    expect(posters.length).toBeGreaterThan(0);
    for (const article of posters) {
      await page.goto(`${origin}/posters${article}`);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const facts = pdfFacts(pdf);
      expect(facts, article).toMatchObject({ pages: 1 });
      expect(facts.width).toBeCloseTo(595.3, 0);
      if (article === healthArticle) writeFileSync(join(OUT, 'print-poster.pdf'), pdf);
    }
    await page.close();
  });
});
