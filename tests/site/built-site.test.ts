import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { entryPath } from '../../src/lib/urls.ts';
import { readArticleEntries } from '../support/content.ts';
import { DIST, htmlFileFor, listDistFiles, readDist } from '../support/dist.ts';
import { resolveStaticFile } from '../support/static-server.ts';

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
    expect(held.length, 'the demo content keeps one draft and one future item to prove this').toBeGreaterThanOrEqual(2);
    const everything = [...htmlFiles, ...listDistFiles('.xml')].map(readDist).join('\n');
    for (const e of held) {
      expect(existsSync(join(DIST, htmlFileFor(entryPath(e.collection, e.id)))), e.file).toBe(false);
      expect(everything.includes(e.data.title), `${e.file} title leaked`).toBe(false);
      expect(everything.includes(entryPath(e.collection, e.id)), `${e.file} URL leaked`).toBe(false);
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
    const sitemap = listDistFiles('.xml').filter((f) => f.startsWith('sitemap')).map(readDist).join('\n');
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).filter((p) => p.endsWith('/'));
    expect(paths).toContain('/search/');
    for (const path of paths) {
      const html = readDist(htmlFileFor(path));
      expect(html, path).not.toMatch(/<meta name="robots" content="[^"]*noindex/);
      expect(html, path).toContain('<link rel="canonical"');
    }
  });

  it('resolves every internal link and asset on every page', () => {
    const broken: string[] = [];
    for (const file of htmlFiles) {
      const doc = parseDocument(readDist(file));
      const refs: string[] = [];
      const walk = (node: { children?: unknown[]; attribs?: Record<string, string> }) => {
        const a = node.attribs;
        if (a) {
          for (const attr of ['href', 'src', 'poster']) if (a[attr]) refs.push(a[attr]);
          if (a.srcset) refs.push(...a.srcset.split(',').map((s) => s.trim().split(/\s+/)[0] ?? ''));
        }
        for (const child of node.children ?? []) walk(child as typeof node);
      };
      walk(doc as never);
      for (const ref of refs) {
        if (!ref || /^(https?:|mailto:|tel:|data:|#)/.test(ref) && !ref.startsWith('https://chuangwei.example.gov.cn')) continue;
        const path = ref.startsWith('/') ? ref : new URL(ref, `http://x/${file}`).pathname;
        if (!resolveStaticFile(DIST, path.split('#')[0] ?? path)) broken.push(`${file}: ${ref}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('gives every article page a canonical URL, Open Graph tags and JSON-LD of the right type', () => {
    const expected = { letters: 'Article', health: 'MedicalWebPage', news: 'NewsArticle' } as const;
    for (const e of published) {
      const html = readDist(htmlFileFor(entryPath(e.collection, e.id)));
      expect(html).toMatch(/<link rel="canonical" href="https:\/\/[^"]+"/);
      expect(html).toContain('<meta property="og:title"');
      const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}');
      expect(ld['@type'], e.file).toBe(expected[e.collection]);
      if (e.collection === 'health') expect(ld.lastReviewed, e.file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('ships no framework runtime on public pages', () => {
    for (const f of htmlFiles.filter((f) => !f.startsWith('admin/'))) {
      const html = readDist(f);
      expect(html, f).not.toContain('astro-island');
      const scripts = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+)"/g)].map((m) => m[1] ?? '');
      for (const src of scripts.filter((s) => s.startsWith('/'))) {
        expect(readDist(src.slice(1)), `${f} loads ${src}`).not.toMatch(/react-dom|__REACT_DEVTOOLS|preact|createApp\(/);
      }
    }
  });
});
