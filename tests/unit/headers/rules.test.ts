import { describe, expect, it } from 'vitest';
import {
  buildAreaHeaders,
  buildHeaderRules,
  COMMON_HEADERS,
  formatHeadersFile,
  formatNginxMaps,
  headersForPath,
  MAX_HEADERS_LINE,
  parseHeadersFile,
} from '../../../src/lib/headers/rules.ts';

const areas = buildAreaHeaders({
  publicCsp: "default-src 'self'",
  adminCsp: "default-src 'self'; script-src 'self' 'unsafe-eval'",
});
const topLevel = [
  '_astro',
  'admin',
  'health',
  'index.html',
  '404.html',
  'pagefind',
  'rss.xml',
  'favicon.svg',
];
const folders = new Set(['_astro', 'admin', 'health', 'pagefind']);
const rules = buildHeaderRules({ topLevel, isFolder: (n) => folders.has(n), areas });

describe('header rules', () => {
  it('gives every path the common headers', () => {
    for (const path of ['/', '/health/x/', '/admin/', '/_astro/a.js', '/rss.xml']) {
      expect(headersForPath(rules, path)).toMatchObject(COMMON_HEADERS);
    }
  });

  it('gives public pages and the CMS each exactly one policy, never both', () => {
    expect(headersForPath(rules, '/')['Content-Security-Policy']).toBe("default-src 'self'");
    expect(headersForPath(rules, '/index.html')['Content-Security-Policy']).toBe(
      "default-src 'self'",
    );
    expect(headersForPath(rules, '/404.html')['Content-Security-Policy']).toBe(
      "default-src 'self'",
    );
    expect(headersForPath(rules, '/health/dengue/')['Content-Security-Policy']).toBe(
      "default-src 'self'",
    );
    expect(headersForPath(rules, '/admin/')['Content-Security-Policy']).toBe(
      areas.admin['Content-Security-Policy'],
    );
    expect(headersForPath(rules, '/admin/')['Cross-Origin-Opener-Policy']).toBe(
      'same-origin-allow-popups',
    );
    expect(headersForPath(rules, '/health/')['Cross-Origin-Opener-Policy']).toBe('same-origin');
  });

  it('gives every path of the build the public policy, assets, the search index and single files included', () => {
    for (const path of [
      '/_astro/a.B3x.js',
      '/_astro/i.svg',
      '/pagefind/pagefind.js',
      '/favicon.svg',
      '/rss.xml',
      '/health/x/',
    ]) {
      expect(headersForPath(rules, path)['Content-Security-Policy'], path).toBe(
        "default-src 'self'",
      );
    }
  });

  it('caches hashed assets for a year and nothing else', () => {
    expect(headersForPath(rules, '/_astro/a.B3x.js')['Cache-Control']).toContain('immutable');
    expect(headersForPath(rules, '/health/')['Cache-Control']).toBeUndefined();
  });

  it('writes a _headers file that parses back to the same rules', () => {
    const text = formatHeadersFile(rules, 'Generated.\nSecond line.');
    expect(text.startsWith('# Generated.\n# Second line.\n')).toBe(true);
    expect(parseHeadersFile(text)).toEqual(rules);
  });

  it('refuses a line longer than Cloudflare Pages accepts', () => {
    const long = [
      { pattern: '/*', headers: { 'Content-Security-Policy': 'x'.repeat(MAX_HEADERS_LINE) } },
    ];
    expect(() => formatHeadersFile(long, 'c')).toThrow(/longer than 2000/);
  });

  it('writes nginx maps that choose the admin values under /admin/', () => {
    const maps = formatNginxMaps(areas);
    expect(maps).toContain('map $uri $site_content_security_policy {');
    expect(maps).toContain(`  default "default-src 'self'";`);
    expect(maps).toContain(`  ~^/admin/ "default-src 'self'; script-src 'self' 'unsafe-eval'";`);
    expect(maps).toContain('map $uri $site_cross_origin_opener_policy {');
  });

  it('writes the caching of hashed assets as an nginx map too', () => {
    expect(formatNginxMaps(areas)).toContain(
      'map $uri $site_cache_control {\n  default "";\n  ~^/_astro/ "public, max-age=31536000, immutable";\n}',
    );
  });
});

describe('header rules of a portal 专栏 under a base path', () => {
  const base = '/ztzl/cjwscs/';
  const under = buildHeaderRules({ topLevel, isFolder: (n) => folders.has(n), areas, base });

  it('puts every pattern under the base, so no rule reaches the portal’s other pages', () => {
    expect(under.map((r) => r.pattern).every((p) => p.startsWith(base))).toBe(true);
    expect(headersForPath(under, '/')).toEqual({});
    expect(headersForPath(under, '/admin/')).toEqual({});
    expect(headersForPath(under, '/other-column/')).toEqual({});
  });

  it('gives the 专栏’s pages, assets and CMS the same headers the root build gives its own', () => {
    for (const path of [
      '/',
      '/health/x/',
      '/_astro/a.js',
      '/admin/',
      '/pagefind/pagefind.js',
      '/rss.xml',
    ]) {
      expect(headersForPath(under, `${base}${path.slice(1)}`), path).toEqual(
        headersForPath(rules, path),
      );
    }
  });

  it('writes nginx maps keyed on the paths under the base', () => {
    const maps = formatNginxMaps(areas, base);
    expect(maps).toContain(
      `  ~^/ztzl/cjwscs/admin/ "default-src 'self'; script-src 'self' 'unsafe-eval'";`,
    );
    expect(maps).toContain('  ~^/ztzl/cjwscs/_astro/ "public, max-age=31536000, immutable";');
    expect(maps).not.toMatch(/~\^\/(admin|_astro)\//);
    expect(formatNginxMaps(areas, '/zt.zl/')).toContain('~^/zt\\.zl/admin/');
  });
});
