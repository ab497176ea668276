/**
 * npm run build — the site's build, its steps one after the other: the
 * content gate, the handbook PDFs when HANDBOOKS=1 asks for them, `astro
 * build`, the search index. Any step failing stops the build (exit 1) before
 * the next one starts.
 *
 *   node src/build/build.ts [--out dist] [--cache .cache/build] [--force]
 *
 * Builds are incremental when the cache folder is there (BUILD_CACHE_DIR, or
 * --cache; .cache/build by default): the gate re-checks only the files that
 * changed (<cache>/content-gate.json) and Astro renders only the pages whose
 * data or code changed (<cache>/astro, Astro's cacheDir with its
 * incremental-build manifest). One folder for a CI job to keep between runs;
 * --force ignores it (and writes it afresh).
 * The output goes to --out, else OUT_DIR, else dist/.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCacheDir } from './cache-dir.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    cache: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
});
const out = resolve(values.out ?? process.env['OUT_DIR'] ?? 'dist');
const cache = buildCacheDir(values.cache);
const force = values.force ? ['--force'] : [];
// ASTRO_CACHE_DIR set by the caller wins (the tests and the benchmark keep theirs apart).
const env = {
  ...process.env,
  OUT_DIR: out,
  ASTRO_CACHE_DIR: process.env['ASTRO_CACHE_DIR'] ?? resolve(cache, 'astro'),
};

const steps: [string, string[], Record<string, string | undefined>?][] = [
  [
    '内容检查 (content gate)',
    ['src/build/check-content.ts', '--cache', resolve(cache, 'content-gate.json'), ...force],
  ],
  // The handbook PDFs, printed first when HANDBOOKS=1 asks for them (the download centre lists them).
  // It builds the site for printing in a folder of its own: not with this build's output or Astro cache.
  ['手册 PDF (handbooks, HANDBOOKS=1)', ['tools/print/handbooks.ts', '--if-asked'], process.env],
  ['Astro 构建 (astro build)', ['node_modules/astro/bin/astro.mjs', 'build', ...force]],
  ['搜索索引 (search index)', ['src/build/search-index.ts', '--dist', out]],
];
for (const [name, args, stepEnv = env] of steps) {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, env: stepEnv, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n构建停止:${name} 没有通过,网站没有生成 (build stopped at: ${name})`);
    process.exit(1);
  }
  console.log(`build: ${name} ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
