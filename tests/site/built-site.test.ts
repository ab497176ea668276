import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { entryPath } from '../../src/lib/urls.ts';
import { readArticleEntries } from '../support/content.ts';
import { checkLinks } from '../../tools/support/site-checks/links.ts';
import { hostResolves } from '../../tools/support/site-checks/dist.ts';
import {
  DIST,
  htmlFileFor,
  listDistFiles,
  readDist,
  SITE_BASE,
  sitePathOf,
} from '../support/dist.ts';

const entries = readArticleEntries();
const published = entries.filter((e) => e.published);
const held = entries.filter((e) => !e.published);
const htmlFiles = listDistFiles('.html');

describe('the built site', () => {
  it('has a page for every published letter, health article and news item', () => {
    expect(published.length).toBeGreaterThanOrEqual(26);
    for (const e of published) {
      const file = join(DIST, htmlFileFor(entryPath(e.collection, e.id)));
      expect(existsSync(file), `${e.file} → ${file}`).toBe(true);
      expect(readDist(htmlFileFor(entryPath(e.collection, e.id)))).toContain(e.data.title);
    }
  });

  it('leaves out drafts and future-dated entries everywhere: pages, lists, feeds, sitemap', () => {
    expect(
      held.length,
      'the demo content keeps one draft and one future item to prove this',
    ).toBeGreaterThanOrEqual(2);
    const everything = [...htmlFiles, ...listDistFiles('.xml')].map(readDist).join('\n');
    for (const e of held) {
      expect(existsSync(join(DIST, htmlFileFor(entryPath(e.collection, e.id)))), e.file).toBe(
        false,
      );
      expect(everything.includes(e.data.title), `${e.file} title leaked`).toBe(false);
      expect(everything.includes(entryPath(e.collection, e.id)), `${e.file} URL leaked`).toBe(
        false,
      );
    }
  });

  it('serves RSS feeds and a sitemap that parse as XML', () => {
    const feeds = ['rss.xml', 'letters/rss.xml', 'health/rss.xml', 'news/rss.xml'];
    const parser = new XMLParser();
    for (const feed of feeds) {
      const xml = readDist(feed);
      expect(XMLValidator.validate(xml), feed).toBe(true);
      const items = [parser.parse(xml).rss.channel.item].flat();
      expect(items.length, feed).toBeGreaterThan(0);
    }
    const sitemapFiles = listDistFiles('.xml').filter((f) => f.startsWith('sitemap'));
    expect(sitemapFiles.length).toBeGreaterThan(0);
    for (const f of sitemapFiles) expect(XMLValidator.validate(readDist(f)), f).toBe(true);
    const urls = sitemapFiles.map(readDist).join('\n');
    expect(urls).toContain('/health/');
    expect(urls).not.toContain('/admin');
    expect(urls).not.toContain('/posters/');
  });

  it('lets search engines index every page the sitemap lists: a canonical link, no noindex', () => {
    const sitemap = listDistFiles('.xml')
      .filter((f) => f.startsWith('sitemap'))
      .map(readDist)
      .join('\n');
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
      .map((m) => sitePathOf(new URL(m[1]!).pathname) ?? m[1]!)
      .filter((p) => p.endsWith('/'));
    expect(paths).toContain('/search/');
    for (const path of paths) {
      const html = readDist(htmlFileFor(path));
      expect(html, path).not.toMatch(/<meta name="robots" content="[^"]*noindex/);
      expect(html, path).toContain('<link rel="canonical"');
    }
  });

  it('resolves every internal link and asset on every page, each under the base path', () => {
    const { broken, escaping, checked } = checkLinks({
      pages: htmlFiles,
      read: readDist,
      resolves: (sitePath) => hostResolves(DIST, sitePath),
      base: SITE_BASE,
      siteOrigin: 'https://chuangwei.example.gov.cn',
    });
    expect(checked).toBeGreaterThan(htmlFiles.length * 20);
    expect(broken.map((r) => `${r.file}: ${r.ref}`)).toEqual([]);
    expect(escaping.map((r) => `${r.file}: ${r.ref}`)).toEqual([]);
  });

  it('gives every article page a canonical URL, Open Graph tags and JSON-LD of the right type', () => {
    const expected = { letters: 'Article', health: 'MedicalWebPage', news: 'NewsArticle' } as const;
    for (const e of published) {
      const html = readDist(htmlFileFor(entryPath(e.collection, e.id)));
      expect(html).toMatch(/<link rel="canonical" href="https:\/\/[^"]+"/);
      expect(html).toContain('<meta property="og:title"');
      const ld = JSON.parse(
        /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}',
      );
      expect(ld['@type'], e.file).toBe(expected[e.collection]);
      if (e.collection === 'health') expect(ld.lastReviewed, e.file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('ships no framework runtime on public pages', () => {
    for (const f of htmlFiles.filter((f) => !f.startsWith('admin/'))) {
      const html = readDist(f);
      expect(html, f).not.toContain('astro-island');
      const scripts = [
        ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+)"/g),
      ].map((m) => m[1] ?? '');
      for (const src of scripts.filter((s) => s.startsWith('/'))) {
        expect(readDist(sitePathOf(src)!.slice(1)), `${f} loads ${src}`).not.toMatch(
          /react-dom|__REACT_DEVTOOLS|preact|createApp\(/,
        );
      }
    }
  });
});
