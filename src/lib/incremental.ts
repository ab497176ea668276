import { createHash } from 'node:crypto';

/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a
 * page whose key and code are unchanged since the last build is copied
 * from it instead of rendered. Astro hashes the code a page imports, not the
 * data it shows, so the key must cover every piece of data on the page, or a
 * rebuild publishes a stale title, link or count. Rather than list fields by
 * hand, a page's key is the hash of everything `getStaticPaths` hands it (its
 * entry, neighbours, related articles, the page of a list) and of the data
 * every page reads for itself (`siteKey`: settings, topics, columns …).
 */

/** JSON with keys sorted, so the same data always gives the same text. */
export function stableJson(value: unknown, path = '$'): string {
  if (value === undefined) return 'null';
  if (
    value === null ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    typeof value === 'string'
  )
    return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value))
    return `[${value.map((v, i) => stableJson(v, `${path}[${i}]`)).join(',')}]`;
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      // A Map, a Set or a class instance would hash as {} and hide its data from the key.
      throw new Error(
        `cacheKey: ${path} is a ${proto?.constructor?.name ?? 'non-plain object'}; pass plain objects and arrays to a page's props`,
      );
    }
    const entries = Object.entries(value as Record<string, unknown>).filter(
      ([, v]) => v !== undefined && typeof v !== 'function',
    );
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v, `${path}.${k}`)}`).join(',')}}`;
  }
  throw new Error(`cacheKey: ${path} is a ${typeof value}, which has no stable text`);
}

export const digestOf = (value: unknown): string =>
  createHash('sha256').update(stableJson(value)).digest('hex');

/** `paths` as Astro's getStaticPaths returns them, each with the key of its params, props and the site's shared data. */
export function withCacheKeys<
  T extends { params: Record<string, string | undefined>; props?: Record<string, unknown> },
>(paths: readonly T[], siteKey: string): (T & { cacheKey: string })[] {
  return paths.map((path) => ({
    ...path,
    cacheKey: digestOf({ site: siteKey, params: path.params, props: path.props ?? {} }),
  }));
}
