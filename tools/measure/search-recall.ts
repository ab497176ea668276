/**
 * Measures search recall and precision on a built site: for each query, the
 * pages whose indexed text (src/lib/search/page-text.ts) contains it against
 * the pages the search returns, in headless Chromium.
 *
 *   node tools/measure/search-recall.ts --dist .cache/search-dist [--baseline | --baseline-bundle <dir>] [--queries a,b,c]
 *
 * --baseline also indexes the same pages with Pagefind's defaults (its own
 * Chinese segmentation, written to a temporary folder) and measures that
 * too, for comparison. The site tests use the exported functions.
 */
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { listFragments, listHtmlFiles, urlOfHtmlFile } from '../../src/lib/search/build-index.ts';
import {
  CHARACTER_PROBES_FILE,
  type CharacterProbes,
} from '../../src/lib/search/character-probes.ts';
import { readIndexedText } from '../../src/lib/search/page-text.ts';
import { normalizeQuery, splitQueryWords } from '../../src/lib/search/query.ts';
import {
  searchWord,
  type PagefindHit,
  type WordSearcher,
} from '../../src/lib/search/search-word.ts';

/** A built page that the index reads, with its indexed text folded for comparison. */
export interface IndexedPage {
  url: string;
  text: string;
}

/** Text compared with a normalized query: NFKC and lower case, as the query is. */
export const foldText = (text: string) => text.normalize('NFKC').toLowerCase();

export function readIndexedPages(dist: string): IndexedPage[] {
  return listHtmlFiles(dist).flatMap((file) => {
    const text = readIndexedText(readFileSync(join(dist, file), 'utf8'));
    return text === undefined ? [] : [{ url: urlOfHtmlFile(file), text: foldText(text) }];
  });
}

/** URLs of the pages containing every word of `query` (as the search reads it). */
export function findPagesContaining(pages: readonly IndexedPage[], query: string): Set<string> {
  const words = splitQueryWords(normalizeQuery(query));
  return new Set(
    pages
      .filter((p) => words.length > 0 && words.every((w) => p.text.includes(w)))
      .map((p) => p.url),
  );
}

/** Fragment id → page URL, read from the bundle on disk (cheaper than loading every fragment in the browser). */
export function readFragmentUrls(bundle: string): Map<string, string> {
  return new Map(listFragments(bundle).map((f) => [f.id, f.url]));
}

/** The window property searchInBrowser keeps a bundle's Pagefind module in, for tests that use it further. */
export const pagefindHandle = (bundlePath: string) => `__pagefind${bundlePath.replace(/\W/g, '_')}`;

/**
 * Runs each query through Pagefind in the browser page (which must be on the
 * served site) and returns the result ids per query: "site" searches each
 * word with the search page's own searchWord (src/lib/search/search-word.ts),
 * keeping pages with every word; "plain" hands Pagefind the raw query.
 */
export async function searchInBrowser(
  page: Page,
  bundlePath: string,
  queries: readonly string[],
  mode: 'site' | 'plain',
  options: object = {},
): Promise<string[][]> {
  // A module script tag rather than import() inside evaluate, which test runners rewrite.
  const handle = pagefindHandle(bundlePath);
  await page.addScriptTag({
    type: 'module',
    content: `import * as pf from '${bundlePath}pagefind.js'; window.${handle} = pf;`,
  });
  await page.waitForFunction((name) => name in window, handle);
  type InPage = {
    init(): Promise<void>;
    search(t: string, o: object): Promise<{ results: PagefindHit[] }>;
    preload(t: string, o: object): Promise<void>;
  };
  await page.evaluate(
    async ({ handle, mode }) => {
      const html = document.documentElement;
      const lang = html.lang;
      if (mode === 'site') html.lang = 'und'; // as src/scripts/search.ts does
      const ready = (window as unknown as Record<string, InPage>)[handle]!.init();
      html.lang = lang;
      await ready;
    },
    { handle, mode },
  );
  // Pagefind stays in the page; each call crosses over with only what the word search reads coming back.
  const pagefind: WordSearcher<PagefindHit, object> = {
    search: (term, opts) =>
      page.evaluate(
        async ({ handle, term, opts }) => ({
          results: (
            await (window as unknown as Record<string, InPage>)[handle]!.search(term, opts)
          ).results.map((r) => ({
            id: r.id,
            score: r.score,
            words: r.words,
            matchedMetaFields: r.matchedMetaFields ?? [],
          })),
        }),
        { handle, term, opts },
      ),
    preload: (term, opts) =>
      page.evaluate(
        ({ handle, term, opts }) =>
          (window as unknown as Record<string, InPage>)[handle]!.preload(term, opts),
        { handle, term, opts },
      ),
  };
  let probes: Promise<CharacterProbes> | undefined;
  const loadProbes = () =>
    (probes ??= page.evaluate(
      async (url) => (await fetch(url)).json() as Promise<CharacterProbes>,
      `${bundlePath}${CHARACTER_PROBES_FILE}`,
    ));
  const out: string[][] = [];
  for (const query of queries) {
    if (mode === 'plain') {
      out.push(((await pagefind.search(query, options))?.results ?? []).map((r) => r.id));
      continue;
    }
    const perWord = await Promise.all(
      splitQueryWords(normalizeQuery(query)).map((word) =>
        searchWord(pagefind, word, options, loadProbes),
      ),
    );
    // Recall is about pages with every word: intersect.
    const sets = perWord.map((results) => new Set(results.map((r) => r.id)));
    out.push(
      sets.length === 0 ? [] : [...sets[0]!].filter((id) => sets.every((set) => set.has(id))),
    );
  }
  return out;
}

export interface QueryOutcome {
  query: string;
  kind: string;
  expected: number;
  found: number;
  missing: string[];
  extra: string[];
}

/** Which class a query belongs to in the report. */
export function classifyQuery(query: string): string {
  const q = normalizeQuery(query);
  if (/^\p{Script=Han}$/u.test(q)) return '单字';
  if (/^\p{Script=Han}{2,3}$/u.test(q)) return '2–3 字词';
  if (/^\p{Script=Han}{4,}$/u.test(q)) return '4 字以上词';
  if (/^[\p{N}.\-]+$/u.test(q)) return '数字';
  return '字母数字混合';
}

export function compareResults(
  pages: readonly IndexedPage[],
  queries: readonly string[],
  resultUrls: readonly (readonly string[])[],
): QueryOutcome[] {
  return queries.map((query, i) => {
    const expected = findPagesContaining(pages, query);
    const got = new Set(resultUrls[i]);
    const missing = [...expected].filter((u) => !got.has(u));
    return {
      query,
      kind: classifyQuery(query),
      expected: expected.size,
      found: expected.size - missing.length,
      missing,
      extra: [...got].filter((u) => !expected.has(u)),
    };
  });
}

export function summarize(outcomes: readonly QueryOutcome[]): string {
  const byKind = new Map<string, QueryOutcome[]>();
  for (const o of outcomes) byKind.set(o.kind, [...(byKind.get(o.kind) ?? []), o]);
  const line = (label: string, list: readonly QueryOutcome[]) => {
    const expected = list.reduce((n, o) => n + o.expected, 0);
    const found = list.reduce((n, o) => n + o.found, 0);
    const full = list.filter((o) => o.found === o.expected).length;
    const extra = list.reduce((n, o) => n + o.extra.length, 0);
    const pct = expected === 0 ? '—' : `${((100 * found) / expected).toFixed(1)}%`;
    return `${label.padEnd(10)} 查询 ${String(list.length).padStart(3)}  召回 ${pct.padStart(6)} (${found}/${expected})  全部找到的查询 ${full}/${list.length}  多出的结果 ${extra}`;
  };
  return [...[...byKind].map(([kind, list]) => line(kind, list)), line('合计', outcomes)].join(
    '\n',
  );
}

/** Serves `root` on a free local port; `extra` maps a URL prefix to another folder. */
export function serveFolder(
  root: string,
  extra: Record<string, string> = {},
): Promise<{ server: Server; origin: string }> {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.json': 'application/json',
    '.css': 'text/css',
    '.wasm': 'application/wasm',
  };
  const server = createServer((req, res) => {
    let path = normalize(decodeURIComponent((req.url ?? '/').split(/[?#]/)[0]!));
    let base = root;
    for (const [prefix, folder] of Object.entries(extra)) {
      if (path.startsWith(prefix)) ((base = folder), (path = path.slice(prefix.length - 1)));
    }
    let file = join(base, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (path.includes('..') || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        server,
        origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
      }),
    ),
  );
}

/** Indexes the site's pages with Pagefind's defaults, for the baseline. */
async function buildPlainIndex(dist: string, out: string): Promise<void> {
  try {
    const { index } = await pagefind.createIndex({});
    for (const file of listHtmlFiles(dist))
      await index!.addHTMLFile({
        url: urlOfHtmlFile(file),
        content: readFileSync(join(dist, file), 'utf8'),
      });
    await index!.writeFiles({ outputPath: out });
  } finally {
    await pagefind.close();
  }
}

/** Queries for a site built from tools/demo/generate-articles.ts (its sentence banks contain all of them). */
export const GENERATED_SITE_QUERIES = [
  '蚊',
  '烟',
  '鼠',
  '盐',
  '痰',
  '药',
  '热',
  '水',
  '登革',
  '四害',
  '控烟',
  '戒烟',
  '伊蚊',
  '积水',
  '血压',
  '流感',
  '疫苗',
  '洗手',
  '厨余',
  '蟑螂',
  '水箱',
  '抑郁',
  '蘑菇',
  '吐痰',
  '革热',
  '圾分',
  '登革热',
  '高血压',
  '二手烟',
  '电子烟',
  '健康证',
  '脑卒中',
  '除四害',
  '手足口',
  '垃圾分类',
  '病媒生物',
  '生活垃圾分类',
  '食品安全',
  '二次供水',
  '烧熟煮透',
  '心理援助热线',
  '有害垃圾',
  '卫生死角',
  '分类投放',
  '手肘遮住',
  '食盐摄入',
  '级卫生城',
  '创建省级卫生城市',
  '12320',
  '12345',
  '12356',
  '5531',
  '400-888-5531',
  'PM2.5',
  'pm2.5',
  'ＰＭ２．５',
  'H7N9',
  'h7n9',
  'H7N9禽流感',
];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: process.env.OUT_DIR ?? 'dist' },
      baseline: { type: 'boolean', default: false },
      'baseline-bundle': { type: 'string' },
      queries: { type: 'string' },
    },
  });
  const dist = values.dist;
  const queries = values.queries ? values.queries.split(',') : GENERATED_SITE_QUERIES;
  const pages = readIndexedPages(dist);
  // --baseline-bundle reuses a Pagefind-defaults bundle built before (indexing 5,000 pages takes minutes).
  const given = values['baseline-bundle'];
  const plainDir =
    given ?? (values.baseline ? mkdtempSync(join(tmpdir(), 'pagefind-plain-')) : undefined);
  if (plainDir && !given) await buildPlainIndex(dist, plainDir);
  const { server, origin } = await serveFolder(
    dist,
    plainDir ? { '/pagefind-plain/': plainDir } : {},
  );
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/search/`);
    const runs: [string, string, 'site' | 'plain'][] = [
      ['本站搜索(字对索引)', join(dist, 'pagefind'), 'site'],
    ];
    if (plainDir) runs.unshift(['Pagefind 默认(结巴分词 + Intl.Segmenter)', plainDir, 'plain']);
    for (const [label, bundle, mode] of runs) {
      const ids = await searchInBrowser(
        page,
        mode === 'site' ? '/pagefind/' : '/pagefind-plain/',
        queries,
        mode,
      );
      const urls = readFragmentUrls(bundle);
      const outcomes = compareResults(
        pages,
        queries,
        ids.map((list) => list.map((id) => urls.get(id) ?? id)),
      );
      console.log(`\n== ${label}:${pages.length} 个页面`);
      for (const o of outcomes)
        console.log(
          `${o.query}\t应有 ${o.expected}\t找到 ${o.found}\t多出 ${o.extra.length}${o.missing.length ? `\t漏掉 ${o.missing.slice(0, 3).join(' ')}` : ''}`,
        );
      console.log(summarize(outcomes));
      await page.goto(`${origin}/search/`); // a fresh Pagefind for the next run
    }
  } finally {
    await browser.close();
    server.close();
    if (plainDir && !given) rmSync(plainDir, { recursive: true, force: true });
  }
}

if (import.meta.main) await main();
