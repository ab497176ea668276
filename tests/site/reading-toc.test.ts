import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/use-browser.ts';
import { discoverArticlePages } from './a11y-templates.ts';

const origin = inject('siteOrigin');
const browser = useBrowser();

describe('the table of contents', () => {
  it('lists the h2/h3 headings of articles that have three or more, and only those', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    let withToc = 0;
    for (const path of discoverArticlePages()) {
      await page.goto(origin + path);
      const facts = await page.evaluate(() => ({
        headings: [...document.querySelectorAll('.prose :is(h2, h3)[id]')].map((h) => `#${h.id}`),
        tocs: document.querySelectorAll('nav[aria-label="目录"]').length,
        links: [...document.querySelectorAll('nav[aria-label="目录"] a')].map((a) =>
          a.getAttribute('href'),
        ),
      }));
      if (facts.headings.length >= 3) {
        withToc++;
        expect(facts.tocs, path).toBe(1);
        expect(
          facts.links.map((l) => decodeURIComponent(l ?? '')),
          path,
        ).toEqual(facts.headings.map(decodeURIComponent));
      } else {
        expect(facts.tocs, path).toBe(0);
      }
    }
    expect(withToc, 'the demo content has long articles').toBeGreaterThan(0);
    await context.close();
  });
});
