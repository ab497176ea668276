/**
 * The build benchmark, so build-time and search-size goals are figures, not
 * guesses: the full site with search against a bare Astro build and a bare
 * Pagefind run of the same articles, side by side.
 *
 *   npm run bench -- --articles 5000 [--seed 1] [--query 垃圾分类,登革热] [--skip-bare] [--skip-rebuild]
 *
 * 1. Generates N Chinese articles (tools/demo/generate-articles.ts) into
 *    .cache/bench/content-N — never the real content/.
 * 2. Builds the full site from them, as `npm run build` does (content gate;
 *    Astro with Tailwind, images and the security headers; the search index),
 *    cold: its own output and cache folders, emptied first.
 * 3. Writes a throwaway bare Astro project in .cache/bench/bare (one [...id].astro
 *    page per file, the same MDX and the same Callout/KeyPoints components, no
 *    Tailwind, no search), builds it cold, then runs the Pagefind CLI over it.
 * 4. Opens /search/ of the full site in Chromium, types each query and counts
 *    the bytes the first search downloads until its results show, gzipped as
 *    a host sends them (tools/measure/search-payload.ts); for the bare index, the
 *    same search through Pagefind's API with its first 10 results.
 * 5. Changes one health article's title and tags and builds again with the
 *    full build's caches (the gate's results, Astro's incremental manifest,
 *    the same outDir), then publishes it as a release (tools/deploy): the
 *    editor's daily case, against the full build.
 *
 * Memory is the peak resident memory of the whole process tree (Node and the
 * Pagefind binary it starts), sampled from /proc every 100 ms; for the full
 * site, the largest of its three steps, which run one after the other.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../support/browser.ts';
import { PROJECT_ROOT as ROOT } from '../support/project-root.ts';
import { startStaticServer } from '../support/static-server.ts';
import { parseTarget, publish } from '../deploy/publish.ts';
import { measureFirstSearch, summarizeTransfers } from './search-payload.ts';

const BENCH = join(ROOT, '.cache/bench');
const NODE = process.execPath;
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND = join(ROOT, 'node_modules/.bin/pagefind');

export interface RunResult {
  seconds: number;
  /** User + system CPU seconds of every process of the tree, as last seen in /proc. */
  cpuSeconds: number;
  peakBytes: number;
  output: string;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** Resident bytes of `root` and all its descendants, and the CPU ticks each has used, read from /proc. */
export function sampleProcessTree(
  root: number,
  proc = '/proc',
): { rss: number; ticks: Map<number, number> } {
  const children = new Map<number, number[]>();
  const stats = new Map<number, { rss: number; ticks: number }>();
  for (const name of readdirSync(proc)) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(join(proc, name, 'stat'), 'utf8');
      // Fields after the command name (which may hold spaces): field n is at index n - 3.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const ppid = Number(fields[1]);
      stats.set(pid, {
        rss: Number(fields[21]) * 4096,
        ticks: Number(fields[11]) + Number(fields[12]),
      });
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // The process ended while we looked.
    }
  }
  let rss = 0;
  const ticks = new Map<number, number>();
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    const stat = stats.get(pid);
    if (stat) {
      rss += stat.rss;
      ticks.set(pid, stat.ticks);
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { rss, ticks };
}

/**
 * Runs a command, timing it and sampling its process tree every 100 ms: peak
 * resident memory of the tree, and CPU time (each process's last-seen total, so
 * a process living under 100 ms may be missed). Fails on a non-zero exit.
 * On a machine shared with other work, CPU seconds move far less than wall-clock seconds.
 */
export function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let peakBytes = 0;
    const ticks = new Map<number, number>();
    const sample = () => {
      if (!child.pid) return;
      const tree = sampleProcessTree(child.pid);
      peakBytes = Math.max(peakBytes, tree.rss);
      for (const [pid, t] of tree.ticks) ticks.set(pid, Math.max(ticks.get(pid) ?? 0, t));
    };
    const timer = setInterval(sample, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      const cpuSeconds = [...ticks.values()].reduce((a, b) => a + b, 0) / TICKS_PER_SECOND;
      if (code !== 0)
        reject(
          new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`),
        );
      else resolvePromise({ seconds, cpuSeconds, peakBytes, output });
    });
  });
}

/** Bytes of every file under a folder. */
function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, f) => {
    const s = statSync(join(dir, f));
    return s.isFile() ? sum + s.size : sum;
  }, 0);
}

const countFiles = (dir: string, ext: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(ext)).length;

// Files of the throwaway bare project. Its components are the site's own MDX components
// (Callout, KeyPoints; Figure stubbed: it needs the site's image pipeline).
const BARE_CONFIG = `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
export default defineConfig({ site: 'https://bench.example', integrations: [mdx()], outDir: './dist', cacheDir: './.astro' });
`;
const BARE_CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '{health,news,letters}/*.mdx', base: process.env.BENCH_CONTENT_DIR }) }),
};
`;
const BARE_PAGE = `---
import { getCollection, render } from 'astro:content';
import Callout from '../components/Callout.astro';
import Figure from '../components/Figure.astro';
import KeyPoints from '../components/KeyPoints.astro';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="zh-CN">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main><h1>{entry.data.title}</h1><Content components={{ Callout, KeyPoints, Figure }} /></main></body>
</html>
`;
const BARE_FIGURE = `---
const { src, alt, caption } = Astro.props;
---
<figure><img src={src} alt={alt} /><figcaption>{caption}</figcaption></figure>
`;

function writeBareProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  mkdirSync(join(dir, 'src/components'), { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    '{ "name": "bench-bare", "private": true, "type": "module" }\n',
  );
  writeFileSync(join(dir, 'astro.config.mjs'), BARE_CONFIG);
  writeFileSync(join(dir, 'src/content.config.ts'), BARE_CONTENT_CONFIG);
  writeFileSync(join(dir, 'src/pages/[...id].astro'), BARE_PAGE);
  writeFileSync(join(dir, 'src/components/Figure.astro'), BARE_FIGURE);
  for (const name of ['Callout.astro', 'KeyPoints.astro'])
    cpSync(join(ROOT, 'src/components/mdx', name), join(dir, 'src/components', name));
}

/** The summed CPU seconds of runs. */
const cpu = (...runs: RunResult[]) =>
  `${runs.reduce((sum, r) => sum + r.cpuSeconds, 0).toFixed(1)} s`;
/**
 * The same for the bare Pagefind index, which has no search page: from any
 * page, Pagefind's own API searches and loads the first 10 results, as
 * its API users do. Counted as measureFirstSearch counts the site: response
 * headers included, text gzipped as a host sends it.
 */
export async function measureBareFirstSearch(
  dist: string,
  query: string,
): Promise<{ bytes: number; requests: number }> {
  const { server, origin } = await startStaticServer(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const first = readdirSync(dist, { recursive: true, encoding: 'utf8' }).find(
      (f) => f.endsWith('.html') && !f.startsWith('pagefind'),
    )!;
    await page.goto(`${origin}/${first.split('/').map(encodeURIComponent).join('/')}`, {
      waitUntil: 'networkidle',
    });
    let bytes = 0;
    let requests = 0;
    const pending: Promise<void>[] = [];
    page.context().on('requestfinished', (request) => {
      if (/\/favicon\.\w+$/.test(request.url())) return; // the browser's, as in measureFirstSearch
      pending.push(
        (async () => {
          const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
          const body = (await response?.body().catch(() => undefined)) ?? Buffer.alloc(0);
          const type = response?.headers()['content-type'] ?? '';
          requests++;
          bytes +=
            (/javascript|json|css|html|text/.test(type) ? gzipSync(body).length : body.length) +
            sizes.responseHeadersSize;
        })().catch(() => undefined),
      );
    });
    await page.evaluate(
      async ({ q, url }) => {
        const pagefind = await import(url);
        const search = await pagefind.search(q);
        await Promise.all(
          search.results.slice(0, 10).map((r: { data: () => Promise<unknown> }) => r.data()),
        );
      },
      { q: query, url: '/pagefind/pagefind.js' },
    );
    await page.waitForLoadState('networkidle');
    await new Promise((r) => setTimeout(r, 500));
    await Promise.all(pending);
    return { bytes, requests };
  } finally {
    await browser.close();
    server.close();
  }
}

const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      // A word on most generated pages, a rarer one, a spoken question read with the vocabulary
      // (孩子 → 儿童, 发烧 → 发热) and pinyin: a first search costs more the more pages hold the word.
      query: { type: 'string', default: '垃圾分类,登革热,孩子发烧了怎么办,denggere' },
      'skip-bare': { type: 'boolean', default: false },
      'skip-rebuild': { type: 'boolean', default: false },
    },
  });
  const n = Number(values.articles);
  const startLoad = loadavg()[0]!.toFixed(1);
  if (!Number.isInteger(n) || n < 1) throw new Error('--articles must be a positive whole number');
  const content = join(BENCH, `content-${n}`);
  const site = join(BENCH, 'site');
  const bare = join(BENCH, 'bare');
  mkdirSync(BENCH, { recursive: true });

  console.log(`bench: generating ${n} articles into ${content}`);
  await run(NODE, [
    'tools/demo/generate-articles.ts',
    '--articles',
    String(n),
    '--out',
    content,
    '--seed',
    values.seed,
  ]);

  console.log('bench: full site (content gate, Astro with images and headers, search index), cold');
  rmSync(site, { recursive: true, force: true });
  const siteEnv = {
    CONTENT_DIR: content,
    OUT_DIR: join(site, 'dist'),
    ASTRO_CACHE_DIR: join(site, 'astro'),
    CMS_BACKEND: 'proxy',
  };
  // The three steps of `npm run build`.
  const gateCache = join(site, 'content-gate.json');
  const gate = await run(NODE, ['src/build/check-content.ts', '--cache', gateCache], {
    env: siteEnv,
  });
  const astro = await run(NODE, [ASTRO, 'build'], { env: siteEnv });
  const searchIndex = await run(NODE, ['src/build/search-index.ts'], { env: siteEnv });
  writeFileSync(join(BENCH, `site-${n}.log`), astro.output + searchIndex.output);
  const sitePages = countFiles(join(site, 'dist'), '.html');
  // Posters only for the articles whose editors asked for one; before, every letter and health article had one.
  const posterPages = existsSync(join(site, 'dist', 'posters'))
    ? countFiles(join(site, 'dist', 'posters'), '.html')
    : 0;
  const posterCandidates = ['letters', 'health'].reduce(
    (sum, folder) =>
      sum + (existsSync(join(content, folder)) ? countFiles(join(content, folder), '.mdx') : 0),
    0,
  );
  const indexBytes = folderBytes(join(site, 'dist/pagefind'));
  const queries = values.query.split(',').filter((q) => q !== '');
  const searches: ReturnType<typeof summarizeTransfers>[] = [];
  const served = await startStaticServer(join(site, 'dist'));
  try {
    for (const query of queries) {
      console.log(`bench: first search for "${query}"`);
      searches.push(summarizeTransfers(await measureFirstSearch(served.origin, query)));
    }
  } finally {
    served.server.close();
  }

  // One article changed (its title and tags) and the site rebuilt with the caches of the full build
  // (gate results, Astro's incremental manifest, the same outDir), then published as a release.
  let rebuild:
    { steps: RunResult[]; publishSeconds: number; reused: number; rendered: number } | undefined;
  if (!values['skip-rebuild']) {
    const file = join(
      content,
      'health',
      readdirSync(join(content, 'health'))
        .filter((f) => f.endsWith('.mdx'))
        .sort()[0]!,
    );
    console.log(`bench: one article changed (${file}), rebuilt incrementally and published`);
    const releases = join(BENCH, 'releases');
    rmSync(releases, { recursive: true, force: true });
    publish(join(site, 'dist'), parseTarget(releases), { keep: 2 });
    const text = readFileSync(file, 'utf8');
    // The generator writes strings as JSON: title: "…", tags as a block list of "…".
    const edited = text
      .replace(/^title: "(.*)"$/m, 'title: "$1（修订）"')
      .replace(/^tags:\n {2}- ".*"$/m, 'tags:\n  - "修订测试"');
    if (edited === text || !edited.includes('修订测试'))
      throw new Error(`bench: could not change the title and tags of ${file}`);
    writeFileSync(file, edited);
    const steps = [
      await run(NODE, ['src/build/check-content.ts', '--cache', gateCache], { env: siteEnv }),
      await run(NODE, [ASTRO, 'build'], { env: siteEnv }),
      await run(NODE, ['src/build/search-index.ts'], { env: siteEnv }),
    ];
    const started = performance.now();
    publish(join(site, 'dist'), parseTarget(releases), { keep: 2 });
    const publishSeconds = (performance.now() - started) / 1000;
    const astroLog = steps[1]!.output;
    const reused = astroLog.match(/\((?:restored|cached)\)/g)?.length ?? 0;
    rebuild = {
      steps,
      publishSeconds,
      reused,
      rendered: (astroLog.match(/├─/g)?.length ?? 0) - reused,
    };
    writeFileSync(join(BENCH, `rebuild-${n}.log`), astroLog);
  }

  let bareAstro: RunResult | undefined;
  let barePagefind: RunResult | undefined;
  let bareIndexBytes = 0;
  const bareSearches: { bytes: number; requests: number }[] = [];
  if (!values['skip-bare']) {
    console.log('bench: bare Astro build of the same files, cold');
    writeBareProject(bare);
    bareAstro = await run(NODE, [ASTRO, 'build'], {
      cwd: bare,
      env: { BENCH_CONTENT_DIR: content },
    });
    writeFileSync(join(BENCH, `bare-${n}.log`), bareAstro.output);
    console.log('bench: bare Pagefind run over the bare output');
    barePagefind = await run(PAGEFIND, ['--site', join(bare, 'dist')], { cwd: bare });
    bareIndexBytes = folderBytes(join(bare, 'dist/pagefind'));
    for (const query of queries)
      bareSearches.push(await measureBareFirstSearch(join(bare, 'dist'), query));
  }

  const steps = [gate, astro, searchIndex];
  const fullSeconds = steps.reduce((sum, step) => sum + step.seconds, 0);
  const peak = Math.max(...steps.map((step) => step.peakBytes));
  // Where a first search's bytes go: Pagefind's fixed script and WebAssembly, the metadata (grows with pages), index chunks, result fragments.
  const breakdowns = searches.map((search) =>
    [...search.byKind].map(([kind, g]) => `${kind} ${kb(g.gzipBytes)}`).join(', '),
  );
  const baseline = bareAstro && barePagefind ? bareAstro.seconds + barePagefind.seconds : undefined;
  const rows: [string, string, string, string][] = [
    ['', 'full site', 'bare Astro', 'bare Pagefind'],
    [
      'build seconds (gate + Astro + search)',
      `${s(fullSeconds)} (${steps.map((step) => s(step.seconds)).join(' + ')})`,
      bareAstro ? s(bareAstro.seconds) : '–',
      barePagefind ? s(barePagefind.seconds) : '–',
    ],
    [
      'CPU seconds (user + system)',
      cpu(...steps),
      bareAstro ? cpu(bareAstro) : '–',
      barePagefind ? cpu(barePagefind) : '–',
    ],
    [
      'ms per article',
      ((fullSeconds * 1000) / n).toFixed(1),
      bareAstro ? ((bareAstro.seconds * 1000) / n).toFixed(1) : '–',
      barePagefind ? ((barePagefind.seconds * 1000) / n).toFixed(1) : '–',
    ],
    [
      'peak memory (process tree; largest step)',
      `${gb(peak)} (${steps.map((step) => gb(step.peakBytes)).join(', ')})`,
      bareAstro ? gb(bareAstro.peakBytes) : '–',
      barePagefind ? gb(barePagefind.peakBytes) : '–',
    ],
    ['Pagefind seconds', s(searchIndex.seconds), '–', barePagefind ? s(barePagefind.seconds) : '–'],
    ['index size', mb(indexBytes), '–', bareAstro ? mb(bareIndexBytes) : '–'],
    ...queries.map((query, i): [string, string, string, string] => [
      `first search "${query}"`,
      `${kb(searches[i]!.gzipBytes)} in ${searches[i]!.requests} requests`,
      '–',
      bareSearches[i]
        ? `${kb(bareSearches[i].bytes)} in ${bareSearches[i].requests} requests`
        : '–',
    ]),
    ...(rebuild
      ? ([
          [
            'one article changed: rebuilt (gate + Astro + search) + published',
            `${s(rebuild.steps.reduce((sum, step) => sum + step.seconds, 0) + rebuild.publishSeconds)} (${rebuild.steps.map((step) => s(step.seconds)).join(' + ')} + ${s(rebuild.publishSeconds)}), ${((100 * (rebuild.steps.reduce((sum, step) => sum + step.seconds, 0) + rebuild.publishSeconds)) / fullSeconds).toFixed(0)}% of the full build`,
            '–',
            '–',
          ],
          [
            'one article changed: pages copied from the last build / rendered',
            `${rebuild.reused} / ${rebuild.rendered}`,
            '–',
            '–',
          ],
        ] as [string, string, string, string][])
      : []),
    [
      'HTML pages',
      String(sitePages),
      bareAstro ? String(countFiles(join(bare, 'dist'), '.html')) : '–',
      '–',
    ],
    [
      'poster pages (asked for / one per letter and health article)',
      `${posterPages} / ${posterCandidates} (${posterCandidates - posterPages} fewer pages)`,
      '–',
      '–',
    ],
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  // Other work on the machine slows every column: say how busy it was.
  console.log(
    `\nbench: ${n} articles (seed ${values.seed}), ${new Date().toISOString()}, node ${process.version}, load average at start ${startLoad} and end ${loadavg()[0]!.toFixed(1)}\n`,
  );
  for (const [i, row] of rows.entries()) {
    console.log(`| ${row.map((cell, j) => cell.padEnd(widths[j]!)).join(' | ')} |`);
    if (i === 0) console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  }
  for (const [i, query] of queries.entries())
    console.log(`\nfirst search "${query}": ${breakdowns[i]}`);
  console.log('\ngoals at 5,000 articles:');
  if (baseline !== undefined)
    console.log(
      `  full ≤ 1.25 × (bare Astro + bare Pagefind) = ${s(1.25 * baseline)}: ${s(fullSeconds)} ${fullSeconds <= 1.25 * baseline ? 'met' : 'MISSED'} (ratio ${(fullSeconds / baseline).toFixed(2)})`,
    );
  const fullCpu = steps.reduce((sum, step) => sum + step.cpuSeconds, 0);
  const baselineCpu = (bareAstro?.cpuSeconds ?? NaN) + (barePagefind?.cpuSeconds ?? NaN);
  if (Number.isFinite(fullCpu / baselineCpu))
    console.log(
      `  the same in CPU seconds (steadier on a busy machine): ${fullCpu.toFixed(1)} against ${baselineCpu.toFixed(1)}, ratio ${(fullCpu / baselineCpu).toFixed(2)}`,
    );
  if (rebuild) {
    const seconds =
      rebuild.steps.reduce((sum, step) => sum + step.seconds, 0) + rebuild.publishSeconds;
    console.log(
      `  one changed article rebuilt and published ≤ 15% of the full build = ${s(0.15 * fullSeconds)}: ${s(seconds)} ${seconds <= 0.15 * fullSeconds ? 'met' : 'MISSED'}`,
    );
  }
  console.log(`  peak memory < 3.5 GB: ${gb(peak)} ${peak < 3.5 * 1024 ** 3 ? 'met' : 'MISSED'}`);
  for (const [i, query] of queries.entries()) {
    const bytes = searches[i]!.gzipBytes;
    console.log(
      `  first search < 150 KB ("${query}"): ${kb(bytes)} ${bytes < 150 * 1024 ? 'met' : 'MISSED'}`,
    );
  }
  writeFileSync(
    join(BENCH, `result-${n}.json`),
    JSON.stringify(
      {
        n,
        seed: values.seed,
        posters: { pages: posterPages, candidates: posterCandidates },
        rebuild: rebuild && {
          ...rebuild,
          steps: rebuild.steps.map((step) => ({ ...step, output: undefined })),
        },
        gate: { ...gate, output: undefined },
        astro: { ...astro, output: undefined },
        searchIndex: { ...searchIndex, output: undefined },
        indexBytes,
        queries,
        searches: searches.map((search) => ({
          ...search,
          byKind: Object.fromEntries(search.byKind),
        })),
        bareSearches,
        bareAstro: bareAstro && { ...bareAstro, output: undefined },
        barePagefind: barePagefind && { ...barePagefind, output: undefined },
        bareIndexBytes,
      },
      null,
      2,
    ),
  );
}

if (import.meta.main) await main();
