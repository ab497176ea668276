/**
 * Measures what a first search costs a reader on a built site: every request
 * the search makes after the page itself has loaded (Pagefind's script,
 * worker and WebAssembly, the entry and metadata files, the index chunks for
 * the query, the fragments of the first page of results, the search script).
 *
 *   node src/cli/search-payload.ts --dist .cache/search-dist [--query 登革热] [--query 垃圾分类 …] [--bundle <pagefind dir>]
 *
 * Bytes are counted from Chromium's network events (the static server sends
 * no compression). "gzip" is what a host compressing text would send:
 * JavaScript, JSON and HTML gzipped here; Pagefind's index, fragment, meta
 * and wasm files are gzip already, so they count as they are.
 */
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serveFolder } from './search-recall.ts';

export interface Transfer {
  url: string;
  bytes: number;
  gzipBytes: number;
}

const ALREADY_COMPRESSED = /\.(pf_index|pf_fragment|pf_meta|pf_filter|pagefind)$/;

function kindOf(url: string): string {
  const path = new URL(url).pathname;
  if (path.includes('/fragment/')) return 'fragments';
  if (path.includes('/index/')) return 'index chunks';
  if (path.endsWith('.pf_meta')) return 'metadata';
  if (path.includes('/filter/')) return 'filter chunks';
  if (path.endsWith('.pagefind')) return 'wasm';
  if (path.endsWith('pagefind-entry.json')) return 'entry';
  if (path.endsWith('pagefind.js') || path.endsWith('pagefind-worker.js')) return 'pagefind.js + worker';
  return 'other';
}

/** Loads /search/, waits, then types `query` and records every response until the results show. */
export async function measureFirstSearch(origin: string, query: string): Promise<Transfer[]> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const transfers: Transfer[] = [];
    let recording = false;
    // Chromium reports the requests of Pagefind's web worker with the page's.
    context.on('requestfinished', async (request) => {
      if (!recording || request.url().startsWith('data:')) return;
      const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
      const body = (await response?.body().catch(() => undefined)) ?? Buffer.alloc(0);
      const url = request.url();
      // A worker's script can come back with no body size; its body is there all the same.
      const bytes = Math.max(sizes.responseBodySize, body.length) + sizes.responseHeadersSize;
      transfers.push({ url, bytes, gzipBytes: ALREADY_COMPRESSED.test(url) ? bytes : gzipSync(body, { level: 6 }).length + sizes.responseHeadersSize });
    });
    // The search script is part of the search page; count it with the search.
    recording = true;
    await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
    for (const t of transfers.splice(0)) if (/\/_astro\/.*SearchPanel.*\.js$/.test(t.url)) transfers.push(t);
    await page.fill('#search-q', query);
    await page.press('#search-q', 'Enter');
    await page.waitForSelector('[data-list] li', { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    await new Promise((r) => setTimeout(r, 1000));
    return transfers;
  } finally {
    await browser.close();
  }
}

export function reportTransfers(query: string, transfers: readonly Transfer[]): string {
  const groups = new Map<string, { n: number; bytes: number; gzip: number }>();
  for (const t of transfers) {
    const g = groups.get(kindOf(t.url)) ?? { n: 0, bytes: 0, gzip: 0 };
    groups.set(kindOf(t.url), { n: g.n + 1, bytes: g.bytes + t.bytes, gzip: g.gzip + t.gzipBytes });
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
  const total = transfers.reduce((a, t) => ({ bytes: a.bytes + t.bytes, gzip: a.gzip + t.gzipBytes }), { bytes: 0, gzip: 0 });
  return [
    `首次搜索“${query}”:${transfers.length} 个请求,传输 ${kb(total.bytes)}(未压缩服务器),gzip 后约 ${kb(total.gzip)}`,
    ...[...groups].map(([kind, g]) => `  ${kind.padEnd(22)} ${String(g.n).padStart(3)} 个  ${kb(g.bytes)}  gzip ${kb(g.gzip)}`),
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { dist: { type: 'string', default: process.env.OUT_DIR ?? 'dist' }, query: { type: 'string', multiple: true }, bundle: { type: 'string' } },
  });
  const queries = values.query ?? ['登革热', '垃圾分类', '健康'];
  // --bundle serves another Pagefind bundle as /pagefind/, to compare index settings on one build.
  const { server, origin } = await serveFolder(values.dist, values.bundle ? { '/pagefind/': values.bundle } : {});
  try {
    for (const query of queries) console.log(reportTransfers(query, await measureFirstSearch(origin, query)));
  } finally {
    server.close();
  }
}

if (import.meta.main) await main();
