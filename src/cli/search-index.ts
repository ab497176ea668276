/**
 * The last step of `npm run build`: indexes the finished site for /search/
 * with Pagefind, writing <outDir>/pagefind/.
 *
 *   node src/cli/search-index.ts [--dist dist]   (or the OUT_DIR the build used)
 *
 * A step of its own rather than an Astro hook: run after `astro build` has
 * exited, Pagefind's memory does not come on top of Astro's, so the build's
 * peak is the larger of the two, not their sum (issue 8).
 * Exits 1 when indexing fails: a site without its search is not published.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from '../lib/search/build-index.ts';

const { values } = parseArgs({ options: { dist: { type: 'string' } } });
const dist = resolve(values.dist ?? process.env['OUT_DIR'] ?? 'dist');
if (!existsSync(dist)) {
  console.error(`搜索索引:找不到构建结果 ${dist},请先运行 astro build`);
  process.exit(1);
}
try {
  await buildSearchIndex(dist, { info: (message) => console.log(message) });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
