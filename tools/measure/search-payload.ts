/**
 * Measures what a first search costs a reader on a built site: every request
 * the search makes after the page itself has loaded (Pagefind's script,
 * worker and WebAssembly, the entry and metadata files, the index chunks for
 * the query, the fragments of the first page of results, the search script).
 *
 *   node tools/measure/search-payload.ts --dist .cache/search-dist [--query 登革热] [--query 垃圾分类 …] [--bundle <pagefind dir>]
 *
 * Bytes are counted from Chromium's network events (the static server sends
 * no compression). "gzip" is what a host compressing text would send:
 * JavaScript, JSON and HTML gzipped here; Pagefind's index, fragment, meta
 * and wasm files are gzip already, so they count as they are.
 */
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../support/browser.ts';
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
  if (path.endsWith('pagefind.js') || path.endsWith('pagefind-worker.js'))
    return 'pagefind.js + worker';
  return 'other';
}

/** Loads /search/, waits, then types `query` and records every response until the results show. */
export async function measureFirstSearch(origin: string, query: string): Promise<Transfer[]> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const transfers: Transfer[] = [];
    const scripts = new Map<string, string>();
    let recording = false;
    // Chromium reports the requests of Pagefind's web worker with the page's.
    context.on('requestfinished', async (request) => {
      // The browser's own fetch of the site icon is no part of a search.
      if (!recording || request.url().startsWith('data:') || /\/favicon\.\w+$/.test(request.url()))
        return;
      const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
      const body = (await response?.body().catch(() => undefined)) ?? Buffer.alloc(0);
      const url = request.url();
      if (url.endsWith('.js')) scripts.set(url, body.toString('utf8'));
      // A worker's script can come back with no body size; its body is there all the same.
      const bytes = Math.max(sizes.responseBodySize, body.length) + sizes.responseHeadersSize;
      transfers.push({
        url,
        bytes,
        gzipBytes: ALREADY_COMPRESSED.test(url)
          ? bytes
          : gzipSync(body, { level: 6 }).length + sizes.responseHeadersSize,
      });
    });
    // The search script is part of the search page; count it with the search, with the chunks it imports.
    recording = true;
    await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
    const search = [...scripts.keys()].filter((url) => /\/_astro\/.*SearchPanel.*\.js$/.test(url));
    for (let i = 0; i < search.length; i++) {
      for (const [, file] of scripts
        .get(search[i]!)!
        .matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) {
        const url = new URL(file!, search[i]).href;
        if (!search.includes(url)) search.push(url);
      }
    }
    for (const t of transfers.splice(0)) if (search.includes(t.url)) transfers.push(t);
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

/** A first search's requests and gzip bytes in all, and by kind of file (fragments, index chunks, metadata …). */
export function summarizeTransfers(transfers: readonly Transfer[]): {
  requests: number;
  bytes: number;
  gzipBytes: number;
  byKind: Map<string, { requests: number; bytes: number; gzipBytes: number }>;
} {
  const byKind = new Map<string, { requests: number; bytes: number; gzipBytes: number }>();
  for (const t of transfers) {
    const g = byKind.get(kindOf(t.url)) ?? { requests: 0, bytes: 0, gzipBytes: 0 };
    byKind.set(kindOf(t.url), {
      requests: g.requests + 1,
      bytes: g.bytes + t.bytes,
      gzipBytes: g.gzipBytes + t.gzipBytes,
    });
  }
  const bytes = transfers.reduce((sum, t) => sum + t.bytes, 0);
  const gzipBytes = transfers.reduce((sum, t) => sum + t.gzipBytes, 0);
  return { requests: transfers.length, bytes, gzipBytes, byKind };
}

export function reportTransfers(query: string, transfers: readonly Transfer[]): string {
  const summary = summarizeTransfers(transfers);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
  return [
    `首次搜索“${query}”:${summary.requests} 个请求,传输 ${kb(summary.bytes)}(未压缩服务器),gzip 后约 ${kb(summary.gzipBytes)}`,
    ...[...summary.byKind].map(
      ([kind, g]) =>
        `  ${kind.padEnd(22)} ${String(g.requests).padStart(3)} 个  ${kb(g.bytes)}  gzip ${kb(g.gzipBytes)}`,
    ),
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: process.env.OUT_DIR ?? 'dist' },
      query: { type: 'string', multiple: true },
      bundle: { type: 'string' },
    },
  });
  const queries = values.query ?? ['登革热', '垃圾分类', '健康'];
  // --bundle serves another Pagefind bundle as /pagefind/, to compare index settings on one build.
  const { server, origin } = await serveFolder(
    values.dist,
    values.bundle ? { '/pagefind/': values.bundle } : {},
  );
  try {
    for (const query of queries)
      console.log(reportTransfers(query, await measureFirstSearch(origin, query)));
  } finally {
    server.close();
  }
}

if (import.meta.main) await main();
