import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The built site under test: dist/, or OUT_DIR when a build went elsewhere. */
export const DIST = process.env.OUT_DIR ?? 'dist';

/** Every file under dist/ with the given extension, as paths relative to dist. */
export function listDistFiles(ext: string, dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return listDistFiles(ext, path);
    return d.name.endsWith(ext) ? [relative(DIST, path)] : [];
  });
}

export function readDist(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

/** The dist HTML file of a site path such as /health/x/. */
export function htmlFileFor(urlPath: string): string {
  return join(decodeURIComponent(urlPath).replace(/^\//, ''), 'index.html');
}
