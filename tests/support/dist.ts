import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { baseOfBuild } from '../../tools/support/site-checks/dist.ts';
import { stripBase, withBase } from '../../src/lib/urls.ts';
import { CONTENT_DIR } from './content.ts';

/** The built site under test: dist/, or OUT_DIR when a build went elsewhere. */
export const DIST = process.env.OUT_DIR ?? 'dist';

/**
 * The base path the build under test was made with (SITE_BASE, else the
 * settings): `/`, or `/ztzl/cjwscs/` for the portal-专栏 build. Tests name
 * pages by site path (`/health/x/`, what src/lib/urls.ts gives outside Astro)
 * and put them under the base with `hrefOf` where a browser or header rule needs it.
 */
export const SITE_BASE = baseOfBuild(CONTENT_DIR);
export const hrefOf = (sitePath: string) => withBase(sitePath, SITE_BASE);
/** The site path of an href or address path of the build, or undefined when it leaves the base. */
export const sitePathOf = (path: string) => stripBase(path, SITE_BASE);

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
