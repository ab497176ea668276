import { describe, expect, inject, it } from 'vitest';
import { readArticleEntries } from '../support/content.ts';
import { decodeQr } from '../support/qr.ts';
import { useBrowser } from '../support/use-browser.ts';
import { readDist, htmlFileFor, listDistFiles } from '../support/dist.ts';
import { discoverArticlePages } from './a11y-templates.ts';

const origin = inject('siteOrigin');
const articles = discoverArticlePages();
const posters = listDistFiles('.html')
  .filter((f) => f.startsWith('posters/'))
  .map((f) => `/${f.replace(/index\.html$/, '')}`);
const browser = useBrowser();

const canonicalOf = (path: string) =>
  /<link rel="canonical" href="([^"]+)"/.exec(readDist(htmlFileFor(path)))?.[1];

describe('QR codes', () => {
  it('on every printed article decode to the article’s canonical URL', async () => {
    expect(articles.length).toBeGreaterThan(0);
    const context = await browser().newContext({ deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    for (const path of articles) {
      await page.goto(origin + path);
      const canonical = canonicalOf(path);
      expect(canonical, path).toMatch(/^https:\/\//);
      expect(await decodeQr(page.locator('.print-source svg')), path).toBe(canonical);
      // Printed without its scheme: nobody types “https://” from paper.
      expect(await page.locator('.print-source').textContent(), path).toContain(
        canonical!.replace(/^https:\/\//, ''),
      );
    }
    await context.close();
  });

  it('on every poster decode to its article, which links to the poster', async () => {
    // A poster for each letter and health article whose editor asked for one, and for no other.
    const asked = readArticleEntries()
      .filter((e) => e.published && e.data['poster'] === true)
      .map((e) => `/posters/${e.collection}/${e.id}/`);
    expect(asked.length).toBeGreaterThan(0);
    expect(posters.sort()).toEqual(asked.sort());
    for (const path of articles.filter((p) => !asked.includes(`/posters${p}`)))
      expect(readDist(htmlFileFor(path)), path).not.toContain('href="/posters/');
    const context = await browser().newContext({ deviceScaleFactor: 2 });
    const page = await context.newPage();
    for (const poster of posters) {
      const articlePath = poster.replace(/^\/posters/, '');
      await page.goto(origin + poster);
      expect(await decodeQr(page.locator('.poster-qr')), poster).toBe(canonicalOf(articlePath));
      expect(readDist(htmlFileFor(articlePath)), articlePath).toContain(`href="${poster}"`);
    }
    await context.close();
  });

  it('leaves posters out of search engines and site search', () => {
    for (const poster of posters) {
      const html = readDist(htmlFileFor(poster));
      expect(html, poster).toContain('<meta name="robots" content="noindex"');
      expect(html, poster).not.toContain('data-pagefind-body');
    }
  });

  it('are inline SVG made at build time, with no script on posters beyond the print button', () => {
    for (const poster of posters) {
      const html = readDist(htmlFileFor(poster));
      expect(html, poster).toMatch(
        /<svg[^>]+class="poster-qr[^"]*"[^>]*>|<svg[^>]+role="img"[^>]*class="poster-qr/,
      );
      expect(html).not.toMatch(/<img[^>]+qr/i);
    }
  });
});
