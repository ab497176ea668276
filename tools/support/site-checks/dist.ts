import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parse } from 'yaml';
import { resolveSiteBase } from '../../../src/lib/site-base.ts';
import { resolveStaticFile } from '../static-server.ts';

/**
 * A finished build on disk, as the site checks read it (`npm run audit` and
 * the tests of dist/ share these): its files, and how a static host answers
 * a path of it.
 */

/** Every file under `dir` ending in `ext`, as posix paths relative to `dir`, sorted. */
export function listBuiltFiles(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => f.split(sep).join('/'))
    .sort();
}

export function readBuiltFile(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

/** Whether a static host serving `dir` answers this site path (no base) with a file, as tools/support/static-server.ts does. */
export function hostResolves(dir: string, sitePath: string): boolean {
  return resolveStaticFile(dir, sitePath) !== undefined;
}

/** The base path a build of `contentDir` gets: its settings' basePath, or SITE_BASE (see astro.config.mjs). */
export function baseOfBuild(
  contentDir: string,
  env: Record<string, string | undefined> = process.env,
): string {
  const settings = parse(readFileSync(join(contentDir, 'settings', 'site.yaml'), 'utf8')) as {
    basePath?: unknown;
  } | null;
  return resolveSiteBase(settings?.basePath, env['SITE_BASE']);
}
