/**
 * Lighthouse's mobile run (simulated slow 4G and a 4× slower CPU) on the
 * built site, served as the host serves it: gzip and the headers of
 * dist/_headers (CSP included). A benchmark run on demand, not in `npm test`.
 *
 *   npm run build && npm run lighthouse [-- --dist dist] [-- --page /news/]
 *
 * Each page is run `--runs` times (default 3) and the run with the median
 * performance score is kept, as Lighthouse's own docs advise: on a shared
 * 2-core machine one run's Total Blocking Time swings with other work.
 * Prints the four category scores per page and every audit that is not
 * passed; the full reports go to .cache/lighthouse/<page>.json.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { HEADERS_FILE } from '../../src/integrations/security-headers.ts';
import { headersForPath, parseHeadersFile } from '../../src/lib/headers/rules.ts';
import { CHROMIUM_ARGS } from '../support/browser.ts';
import { startStaticServer } from '../support/static-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createNetServer().listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** Starts Debian's Chromium with a DevTools port for Lighthouse to drive. */
async function startChromium(): Promise<{ port: number; chromium: ChildProcess; profile: string }> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'lighthouse-chromium-'));
  const chromium = spawn(
    process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    [
      ...CHROMIUM_ARGS,
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok)
        return { port, chromium, profile };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  chromium.kill();
  throw new Error('Chromium did not open its DevTools port');
}

/** One page of each kind residents land on: home, a health article, the news list, search, and the hotline when it exists. */
function defaultPages(dist: string): string[] {
  const health = readdirSync(join(dist, 'health'), { withFileTypes: true })
    .filter(
      (d) =>
        d.isDirectory() &&
        !['topics', 'audiences', 'page'].includes(d.name) &&
        existsSync(join(dist, 'health', d.name, 'index.html')),
    )
    .map((d) => d.name)
    .sort();
  return [
    '/',
    ...(health[0] ? [`/health/${health[0]}/`] : []),
    '/news/',
    '/search/',
    ...(existsSync(join(dist, 'hotline/index.html')) ? ['/hotline/'] : []),
  ];
}

interface PageScores {
  page: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  failing: string[];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: process.env.OUT_DIR ?? 'dist' },
      page: { type: 'string', multiple: true },
      runs: { type: 'string', default: '3' },
    },
  });
  const runs = Math.max(1, Number(values.runs) || 1);
  const dist = values.dist;
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`${dist}/index.html is missing: run \`npm run build\` first (or pass --dist)`);
  const pages = values.page ?? defaultPages(dist);
  const reports = '.cache/lighthouse';
  mkdirSync(reports, { recursive: true });
  // Served like the production host: the headers of dist/_headers (CSP included) and gzip.
  const headersFile = join(dist, HEADERS_FILE);
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const { server, origin } = await startStaticServer(dist, {
    headersFor: (path) => headersForPath(rules, path),
    gzip: true,
  });
  const { port, chromium, profile } = await startChromium();
  const results: PageScores[] = [];
  try {
    for (const page of pages) {
      const lhrs: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'][] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(`${origin}${page}`, {
          port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
        lhrs.push(result.lhr);
      }
      const performanceOf = (l: (typeof lhrs)[number]) => l.categories.performance?.score ?? 0;
      // A run Lighthouse could not finish (its runtimeError, e.g. a page that never painted on a busy machine)
      // scores 0 everywhere: say so, and take the median of the runs that finished.
      for (const failed of lhrs.filter((l) => l.runtimeError))
        console.warn(
          `lighthouse: ${page}: a run failed: ${failed.runtimeError!.code} ${failed.runtimeError!.message}`,
        );
      const finished = lhrs.filter((l) => !l.runtimeError);
      const ranked = (finished.length > 0 ? finished : lhrs).sort(
        (a, b) => performanceOf(a) - performanceOf(b),
      );
      const lhr = ranked[Math.floor(ranked.length / 2)]!;
      writeFileSync(
        join(reports, `${page.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'home'}.json`),
        JSON.stringify(lhr),
      );
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
      ) as PageScores['scores'];
      const failing = CATEGORIES.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
          .filter(
            ({ ref, audit }) => audit && ref.weight > 0 && audit.score !== null && audit.score < 1,
          )
          .map(
            ({ audit }) =>
              `${c}: ${audit!.id} (${audit!.score}) ${audit!.title}${audit!.displayValue ? ` — ${audit!.displayValue}` : ''}`,
          ),
      );
      results.push({ page, scores, failing });
      console.log(
        `lighthouse: ${page} performance in ${runs} run(s): ${lhrs.map((l) => Math.round(performanceOf(l) * 100)).join(', ')}`,
      );
    }
  } finally {
    chromium.kill();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  const header = ['page', ...CATEGORIES];
  const rows = results.map((r) => [
    decodeURIComponent(r.page),
    ...CATEGORIES.map((c) => String(r.scores[c])),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(`\nLighthouse ${lighthouseVersion()} mobile, ${new Date().toISOString()}\n`);
  console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
  for (const r of results)
    if (r.failing.length > 0) console.log(`\n${r.page}\n  ${r.failing.join('\n  ')}`);
  if (results.some((r) => CATEGORIES.some((c) => r.scores[c] < 100))) process.exitCode = 1;
}

function lighthouseVersion(): string {
  return (
    JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as { version: string }
  ).version;
}

if (import.meta.main) await main();
