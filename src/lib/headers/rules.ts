/**
 * The HTTP headers the static host sends, as rules (a URL pattern and its
 * headers), written out as a Netlify / Cloudflare Pages `_headers` file and as
 * an nginx `map` of the Content-Security-Policy. Pure: callers pass in the
 * policies and the site's top-level paths.
 */

import { withBase } from '../urls.ts';

export type Headers = Readonly<Record<string, string>>;

/** A `_headers` rule: a URL pattern (`/x/*` or an exact path) and its headers. */
export interface HeaderRule {
  pattern: string;
  headers: Headers;
}

/**
 * Browser features the site uses, allowed for itself only: full screen and
 * picture-in-picture for the self-hosted campaign videos, clipboard writing for
 * passing a link on. Speech synthesis (read aloud) needs no permission. Every
 * other powerful feature is switched off, so nothing injected could reach a
 * resident's camera, microphone or location. Only features Chromium knows are
 * listed: an unknown one is logged as a console error on every page (desktop
 * Chromium knows neither `web-share` nor `bluetooth`; both default to 'self').
 */
export const PERMISSIONS_POLICY: Readonly<Record<string, '()' | '(self)'>> = {
  accelerometer: '()',
  autoplay: '()',
  'browsing-topics': '()',
  camera: '()',
  'clipboard-read': '()',
  'clipboard-write': '(self)',
  'display-capture': '()',
  'encrypted-media': '()',
  fullscreen: '(self)',
  geolocation: '()',
  gyroscope: '()',
  hid: '()',
  'idle-detection': '()',
  magnetometer: '()',
  microphone: '()',
  midi: '()',
  payment: '()',
  'picture-in-picture': '(self)',
  'publickey-credentials-get': '()',
  'screen-wake-lock': '()',
  serial: '()',
  usb: '()',
  'xr-spatial-tracking': '()',
};

export function serializePermissionsPolicy(policy = PERMISSIONS_POLICY): string {
  return Object.entries(policy)
    .map(([feature, allow]) => `${feature}=${allow}`)
    .join(', ');
}

/** Headers every response carries, pages and files alike (CSP aside). */
export const COMMON_HEADERS: Headers = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': serializePermissionsPolicy(),
  // frame-ancestors 'none' in the CSP does the same; this covers browsers older than CSP 2.
  'X-Frame-Options': 'DENY',
  // Ignored over plain HTTP; one year, without includeSubDomains (other government hosts may share the domain).
  'Strict-Transport-Security': 'max-age=31536000',
};

/**
 * Headers that differ between public pages and the CMS: the CSP, and the
 * opener policy (the CMS's Git-host login runs in a pop-up that must report back
 * to its opener, so /admin/ allows pop-ups; public pages isolate themselves).
 */
export interface AreaHeaders {
  public: Headers;
  admin: Headers;
}

export function buildAreaHeaders({
  publicCsp,
  adminCsp,
}: {
  publicCsp: string;
  adminCsp: string;
}): AreaHeaders {
  return {
    public: { 'Content-Security-Policy': publicCsp, 'Cross-Origin-Opener-Policy': 'same-origin' },
    admin: {
      'Content-Security-Policy': adminCsp,
      'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
    },
  };
}

/** Files under /_astro/ carry a content hash in their name: cache them for a year. */
export const IMMUTABLE_ASSET_HEADERS: Headers = {
  'Cache-Control': 'public, max-age=31536000, immutable',
};

/** Folders the build writes after Astro has finished (the search index), so not yet there when the rules are made. */
export const LATER_FOLDERS: readonly string[] = ['pagefind'];

/**
 * The `_headers` rules of a build. Hosts merge every rule that matches a path
 * and disagree on how a header set twice is combined (Cloudflare joins values
 * with commas, which would apply both policies at once; Netlify keeps the
 * last), so the two policies never overlap: /admin/* gets the CMS headers,
 * and every other top-level path of the build — pages, feeds, `/_astro/*`,
 * `/pagefind/*`, single files such as `/favicon.svg` — the public ones.
 *
 * Under a base path (a portal's 专栏, /ztzl/cjwscs/) every pattern is under
 * it, so the rules never reach the portal's other pages.
 *
 * @param topLevel names directly under dist/ (folders and files), e.g. `health`, `index.html`
 * @param isFolder whether a name is a folder
 * @param base the build's base path (src/lib/site-base.ts), `/` by default
 */
export function buildHeaderRules({
  topLevel,
  isFolder,
  areas,
  base = '/',
}: {
  topLevel: readonly string[];
  isFolder: (name: string) => boolean;
  areas: AreaHeaders;
  base?: string;
}): HeaderRule[] {
  const under = (pattern: string) => withBase(pattern, base);
  const publicPatterns = ['/'];
  const folders = new Set(LATER_FOLDERS);
  const files = new Set<string>();
  for (const name of topLevel) (isFolder(name) ? folders : files).add(name);
  folders.delete('admin');
  for (const name of [...new Set([...folders, ...files])].sort())
    publicPatterns.push(folders.has(name) ? `/${name}/*` : `/${name}`);
  return [
    { pattern: under('/*'), headers: COMMON_HEADERS },
    { pattern: under('/_astro/*'), headers: IMMUTABLE_ASSET_HEADERS },
    ...(topLevel.includes('admin') ? [{ pattern: under('/admin/*'), headers: areas.admin }] : []),
    ...publicPatterns.map((pattern) => ({ pattern: under(pattern), headers: areas.public })),
  ];
}

// Cloudflare Pages refuses longer lines in _headers.
export const MAX_HEADERS_LINE = 2000;

/** The `_headers` text; throws if a line is longer than Cloudflare accepts. */
export function formatHeadersFile(rules: readonly HeaderRule[], comment: string): string {
  const lines = comment.split('\n').map((l) => `# ${l}`.trimEnd());
  for (const rule of rules) {
    lines.push(
      '',
      rule.pattern,
      ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`),
    );
  }
  const tooLong = lines.find((l) => l.length > MAX_HEADERS_LINE);
  if (tooLong)
    throw new Error(
      `_headers line longer than ${MAX_HEADERS_LINE} characters: ${tooLong.slice(0, 80)}…`,
    );
  return `${lines.join('\n')}\n`;
}

/** Parses a `_headers` file (comments, patterns, indented `Name: value` lines). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0)
      throw new Error(`_headers: header outside a rule or without a colon: ${line}`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

function matchesPattern(pattern: string, path: string): boolean {
  if (!pattern.includes('*')) return pattern === path;
  const [prefix = '', suffix = ''] = pattern.split('*');
  return (
    path.startsWith(prefix) && path.endsWith(suffix) && path.length >= prefix.length + suffix.length
  );
}

/**
 * The headers a host sends for a URL path under these rules: every matching
 * rule applies, and a header set by two rules is joined with a comma (as
 * Cloudflare Pages does), so an accidental overlap shows up as a broken policy.
 */
export function headersForPath(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, path)) continue;
    for (const [name, value] of Object.entries(rule.headers))
      headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

/** Quotes a value for nginx (`"` and `\` escaped); nginx cannot escape `$`, so a value with one is refused. */
function nginxString(value: string): string {
  if (value.includes('$')) throw new Error(`nginx cannot hold a "$" in a header value: ${value}`);
  return `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

/** The nginx variable holding a header's value: `Content-Security-Policy` → `site_content_security_policy`. */
export function nginxVariableFor(header: string): string {
  return `site_${header.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;
}

/** A path as the start of an nginx regular expression: `~^/ztzl/cjwscs/admin/` (base paths hold no other special character than `.`). */
const nginxPathRegex = (path: string) => `~^${path.replace(/\./g, '\\.')}`;

/**
 * nginx `map`s (http level) choosing each path-dependent header by path, for
 * the samples in src/deploy/: the area headers (`add_header
 * Content-Security-Policy $site_content_security_policy always;`) and the
 * year-long caching of hashed assets, all under the build's base path.
 */
export function formatNginxMaps(areas: AreaHeaders, base = '/'): string {
  const lines = [
    '# Generated by the build (src/integrations/security-headers.ts): do not edit.',
    '# Include at http level; see src/deploy/nginx.conf.',
  ];
  for (const [name, value] of Object.entries(areas.public)) {
    const admin = areas.admin[name];
    lines.push(`map $uri $${nginxVariableFor(name)} {`, `  default ${nginxString(value)};`);
    if (admin !== undefined)
      lines.push(`  ${nginxPathRegex(withBase('/admin/', base))} ${nginxString(admin)};`);
    lines.push('}');
  }
  for (const [name, value] of Object.entries(IMMUTABLE_ASSET_HEADERS)) {
    lines.push(
      `map $uri $${nginxVariableFor(name)} {`,
      `  default "";`,
      `  ${nginxPathRegex(withBase('/_astro/', base))} ${nginxString(value)};`,
      '}',
    );
  }
  return `${lines.join('\n')}\n`;
}
