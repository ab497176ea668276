import { resolve } from 'node:path';

/**
 * The build's cache folder: the content gate's results and Astro's cacheDir
 * (its content store and incremental-build manifest) — the one folder a CI
 * job keeps between runs. --cache, else BUILD_CACHE_DIR, else .cache/build.
 */
export function buildCacheDir(
  given: string | undefined,
  env: Record<string, string | undefined> = process.env,
): string {
  return resolve(given ?? env['BUILD_CACHE_DIR'] ?? '.cache/build');
}
