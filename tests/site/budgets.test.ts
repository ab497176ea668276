import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseDocument } from 'htmlparser2';
import { describe, expect, inject, it } from 'vitest';
import { findInlineScripts, isExecutableScript } from '../../src/lib/headers/csp.ts';
import { useBrowser } from '../support/use-browser.ts';
import { DIST, listDistFiles, readDist } from '../support/dist.ts';
import { onePagePerTemplate, templateOf, urlPathOf } from '../support/templates.ts';

/**
 * Page weight budgets for residents on low-end phones and slow networks,
 * measured in Chromium: what a page downloads before the reader touches it,
 * gzip-compressed as the host sends it. Images are left aside (they are
 * responsive and lazy); search's own code must load only when used.
 */
const ARTICLE_BUDGET = { htmlCssJs: 40 * 1024, js: 5 * 1024 };
const ARTICLE_TEMPLATES = new Set(['letters/*', 'health/*', 'news/*']);

const origin = inject('siteOrigin');
const browser = useBrowser();

interface Weight {
  path: string;
  /** gzip bytes of the HTML document (inline scripts included). */
  html: number;
  css: number;
  /** gzip bytes of script files. */
  js: number;
  /** gzip bytes of the page's executable inline scripts (already inside `html`). */
  inlineJs: number;
  other: number;
  requests: string[];
}

const gzipped = (body: Buffer | string) => gzipSync(body).length;

/** The gzip size of the executable inline scripts of a page: JS the reader downloads inside the HTML. */
function inlineJsOf(html: string): number {
  const code = findInlineScripts(html)
    .filter((s) => isExecutableScript(s.attributes))
    .map((s) => s.text)
    .join('\n');
  return code ? gzipped(code) : 0;
}

/** Loads a page in a fresh phone-sized context (empty cache) and weighs what it fetched, without scrolling or clicking. */
async function weigh(path: string): Promise<Weight> {
  const context = await browser().newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
  });
  const page = await context.newPage();
  const pending: Promise<void>[] = [];
  const weight: Weight = { path, html: 0, css: 0, js: 0, inlineJs: 0, other: 0, requests: [] };
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type === 'image' || type === 'media' || response.status() >= 300) return;
    pending.push(
      response.body().then(
        (body) => {
          const size = gzipped(body);
          weight.requests.push(`${type} ${new URL(response.url()).pathname} ${size}`);
          if (type === 'document') {
            weight.html += size;
            weight.inlineJs += inlineJsOf(body.toString('utf8'));
          } else if (type === 'stylesheet') weight.css += size;
          else if (type === 'script') weight.js += size;
          else weight.other += size;
        },
        () => undefined,
      ),
    );
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await context.close();
  return weight;
}

// Static imports in Rollup/Rolldown output: `import{a as b}from"./x.js"` and `import"./x.js"`.
const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;

/**
 * What a built page makes the browser download before any interaction, read
 * from the files: the HTML, its stylesheets, its scripts and their static
 * imports (dynamic `import()`s load on use and are left out).
 */
function weighBuiltPage(file: string): Weight {
  const html = readDist(file);
  const weight: Weight = {
    path: urlPathOf(file),
    html: gzipped(html),
    css: 0,
    js: 0,
    inlineJs: inlineJsOf(html),
    other: 0,
    requests: [],
  };
  const seen = new Set<string>();
  const addScript = (url: string, from: string) => {
    const path = new URL(url, `http://site${from}`).pathname;
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(join(DIST, path), 'utf8');
    weight.js += gzipped(code);
    weight.requests.push(`script ${path}`);
    for (const [, imported = ''] of code.matchAll(STATIC_IMPORT)) addScript(imported, path);
  };
  const walk = (node: {
    name?: string;
    attribs?: Record<string, string>;
    children?: unknown[];
  }) => {
    const a = node.attribs ?? {};
    if (node.name === 'link' && a.rel === 'stylesheet' && a.href) {
      weight.css += gzipped(readFileSync(join(DIST, new URL(a.href, 'http://site/').pathname)));
      weight.requests.push(`stylesheet ${a.href}`);
    }
    if (node.name === 'link' && a.rel === 'modulepreload' && a.href) addScript(a.href, weight.path);
    if (node.name === 'script' && a.src) addScript(a.src, weight.path);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(parseDocument(html));
  for (const script of findInlineScripts(html)) {
    if (isExecutableScript(script.attributes))
      for (const [, imported = ''] of script.text.matchAll(STATIC_IMPORT))
        addScript(imported, weight.path);
  }
  return weight;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const total = (w: Weight) => w.html + w.css + w.js;
const allJs = (w: Weight) => w.js + w.inlineJs;
const overBudget = (w: Weight) =>
  total(w) > ARTICLE_BUDGET.htmlCssJs || allJs(w) > ARTICLE_BUDGET.js;
const describeWeight = (w: Weight) =>
  `${w.path}: ${kb(total(w))} in all, ${kb(allJs(w))} JS\n    ${w.requests.join('\n    ')}`;

describe('page weight before any interaction', () => {
  it('keeps every article page within 40 KB of HTML + CSS + JS and 5 KB of JS (gzip), read from the files', () => {
    const articles = listDistFiles('.html').filter((f) => ARTICLE_TEMPLATES.has(templateOf(f)));
    expect(articles.length).toBeGreaterThan(0);
    const weights = articles.map(weighBuiltPage);
    const heaviest = weights.reduce((a, b) => (total(b) > total(a) ? b : a));
    console.info(
      `${articles.length} article pages; heaviest ${decodeURIComponent(heaviest.path)}: ${kb(total(heaviest))} (HTML ${kb(heaviest.html)}, CSS ${kb(heaviest.css)}, JS ${kb(allJs(heaviest))} of which inline ${kb(heaviest.inlineJs)})`,
    );
    expect(weights.filter(overBudget).map(describeWeight)).toEqual([]);
  });

  it('keeps one page of every kind within the same budget in Chromium (JS aside on /search/), with no search index loaded until asked', async () => {
    const rows: Record<string, string>[] = [];
    const over: string[] = [];
    const searchLoads: string[] = [];
    for (const [template, path] of onePagePerTemplate()) {
      const w = await weigh(path);
      rows.push({
        template,
        html: kb(w.html),
        css: kb(w.css),
        'js (inline)': `${kb(allJs(w))} (${kb(w.inlineJs)})`,
        'html+css+js': kb(total(w)),
        other: kb(w.other),
      });
      // /search/ is the search: its form script is the page's purpose, so only the total counts there.
      const over40 = total(w) > ARTICLE_BUDGET.htmlCssJs;
      if (template === 'search' ? over40 : overBudget(w)) over.push(describeWeight(w));
      for (const r of w.requests) if (r.includes('/pagefind/')) searchLoads.push(`${path}: ${r}`);
    }
    console.table(rows);
    expect(over).toEqual([]);
    expect(searchLoads).toEqual([]);
  });
});
