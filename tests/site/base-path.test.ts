import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { CONTENT_DIR } from '../support/content.ts';
import { hrefOf, listDistFiles, readDist, SITE_BASE } from '../support/dist.ts';
import { decodeQr } from '../support/qr.ts';
import { useBrowser } from '../support/use-browser.ts';

/**
 * What only a base path can break, on the site built as a portal's 专栏
 * (the `site-base` project: SITE_BASE=/ztzl/cjwscs/). A site path spelt by
 * hand ('/health/') works at the root and leaves the 专栏 for the portal's own
 * pages; these tests look for one in every kind of file the build writes,
 * then use the site in Chromium and watch where each request goes.
 */
const origin = inject('siteOrigin');
const siteUrl = (
  parse(readFileSync(join(CONTENT_DIR, 'settings', 'site.yaml'), 'utf8')) as { siteUrl: string }
).siteUrl.replace(/\/$/, '');
const home = `${siteUrl}${SITE_BASE}`;
const browser = useBrowser();

/**
 * Root-absolute paths and full addresses on the site's domain in `text`, with the base or not.
 * JSON data islands are left out: the CMS page carries the settings file's text, which names the
 * domain as content, not as an address to open.
 */
function addressesIn(html: string): string[] {
  const text = html.replace(/<script type="application\/json"[^>]*>[\s\S]*?<\/script>/g, '');
  const found: string[] = [];
  for (const m of text.matchAll(
    /(?:href|src|action|poster|content|srcset|data-[\w-]+)="(\/[^"/][^"]*|\/)"/g,
  ))
    found.push(m[1]!);
  for (const m of text.matchAll(/url\((['"]?)(\/[^)'"]*)\1\)/g)) found.push(m[2]!);
  for (const m of text.matchAll(
    new RegExp(`${siteUrl.replace(/[.]/g, '\\.')}(/[^"'<\\s)]*)?`, 'g'),
  ))
    found.push(m[1] ?? '');
  return found;
}

describe('the site built under a base path', () => {
  it('is such a build', () => {
    expect(SITE_BASE).not.toBe('/');
  });

  it('keeps every address in every page, feed, sitemap and stylesheet under the base', () => {
    const files = [...listDistFiles('.html'), ...listDistFiles('.xml'), ...listDistFiles('.css')];
    expect(files.length).toBeGreaterThan(100);
    const escaping: string[] = [];
    let seen = 0;
    for (const file of files) {
      for (const address of addressesIn(readDist(file))) {
        seen++;
        if (!address.startsWith(SITE_BASE))
          escaping.push(`${file}: ${address || '(the bare domain)'}`);
      }
    }
    expect(seen).toBeGreaterThan(files.length * 10);
    expect([...new Set(escaping)]).toEqual([]);
  });

  it('gives canonical, Open Graph and JSON-LD addresses, feeds and the sitemap the base', () => {
    const article = readDist('health/handwashing-seven-steps/index.html');
    expect(article).toContain(
      `<link rel="canonical" href="${home}health/handwashing-seven-steps/">`,
    );
    expect(article).toContain(
      `<meta property="og:url" content="${home}health/handwashing-seven-steps/">`,
    );
    expect(article).toContain(`"url":"${home}health/handwashing-seven-steps/"`);
    expect(readDist('rss.xml')).toContain(`<link>${home}</link>`);
    expect(readDist('rss.xml')).toMatch(new RegExp(`<item><title>[^<]+</title><link>${home}`));
    expect(readDist('sitemap-index.xml')).toContain(`<loc>${home}sitemap-0.xml</loc>`);
    expect(readDist('sitemap-0.xml')).toContain(`<loc>${home}sitemap/</loc>`);
    expect(readDist('sitemap-0.xml')).not.toMatch(/\/(admin|posters)\//);
  });

  it('tells the CMS the site’s address under the base', () => {
    const config = JSON.parse(
      /<script type="application\/json" id="cms-config">(.*?)<\/script>/s.exec(
        readDist('admin/index.html'),
      )![1]!,
    ) as { site_url?: string };
    expect(config.site_url).toBe(home);
  });

  it('prints QR codes that open the article under the base', async () => {
    const page = await browser().newPage({ deviceScaleFactor: 2 });
    await page.goto(`${origin}/posters/health/handwashing-seven-steps/`);
    expect(await decodeQr(page.locator('svg.poster-qr'))).toBe(
      `${home}health/handwashing-seven-steps/`,
    );
    await page.close();
  });

  it('is used from the home page to an article, the search and the CMS without one request outside the base', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    const outside: string[] = [];
    const failed: string[] = [];
    const serverOrigin = new URL(origin).origin;
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.origin === serverOrigin && !url.pathname.startsWith(SITE_BASE))
        outside.push(url.pathname);
    });
    page.on('response', (r) => {
      if (r.status() >= 400 && new URL(r.url()).origin === serverOrigin)
        failed.push(`${r.status()} ${new URL(r.url()).pathname}`);
    });
    await page.goto(`${origin}/`);
    await page.locator('#pinned-heading a').click();
    await page.waitForURL(/\/letters\/[^/]+\/$/);
    await page.goto(`${origin}/search/?q=${encodeURIComponent('登革热')}`);
    const firstResult = page.locator('[data-list] > li h3 a').first();
    await firstResult.waitFor();
    expect(await firstResult.getAttribute('href')).toMatch(
      new RegExp(`^${SITE_BASE}(health|news|letters)/`),
    );
    await firstResult.click();
    await page.waitForURL(new RegExp(`${SITE_BASE}(health|news|letters)/[^/]+/$`));
    expect(await page.locator('h1').textContent()).toBeTruthy();
    await page.goto(`${origin}/search/?q=${encodeURIComponent('蚊')}`);
    await page.locator('[data-list] > li').first().waitFor();
    await page.goto(`${origin}/admin/`, { waitUntil: 'networkidle', timeout: 60_000 });
    await page.close();
    expect(outside).toEqual([]);
    expect(failed).toEqual([]);
  });

  it('answers an address outside the base with the portal’s, not the site’s, pages', async () => {
    const root = new URL(origin).origin;
    const response = await fetch(`${root}/health/`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('健康教育');
    expect((await fetch(`${origin}/health/`)).status).toBe(200);
    expect(hrefOf('/health/')).toBe(`${SITE_BASE}health/`);
  });
});
