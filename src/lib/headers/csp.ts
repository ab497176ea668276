import { createHash } from 'node:crypto';

/**
 * Content Security Policy for the static site, built from what is really in
 * `dist/`: the sha256 of every inline script. Pure: no file system, no globals.
 *
 * Astro's own `security.csp` is not used: on a static build without an adapter it
 * can only emit a `<meta http-equiv>` tag, which cannot carry `frame-ancestors`,
 * does not hash `is:inline` scripts, and would land on /admin/ too.
 */

/** A policy: directive name → sources, in the order they are written. */
export type CspPolicy = Readonly<Record<string, readonly string[]>>;

/** An inline `<script>` of a built page: its attributes and its exact text. */
export interface InlineScript {
  attributes: Record<string, string>;
  text: string;
}

// Script `type`s a browser runs; anything else (JSON-LD, importmap aside) is data.
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);

/**
 * Whether the browser executes a script of these attributes (and so CSP must allow it).
 * JSON-LD (`application/ld+json`) and other data blocks are never run and need no hash.
 */
export function isExecutableScript(attributes: Readonly<Record<string, string>>): boolean {
  return EXECUTABLE_TYPES.has((attributes.type ?? '').trim().toLowerCase());
}

// An opening tag whose quoted attribute values may hold `>`, then raw text up to `</script`.
const SCRIPT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** Calls `found` with the attributes and the [start, end) offsets of the text of each inline script. */
function scanInlineScripts(html: string, found: (attributes: Record<string, string>, start: number, end: number) => void): void {
  for (const match of html.matchAll(SCRIPT)) {
    const [, rawAttributes = '', text = ''] = match;
    const attributes: Record<string, string> = {};
    for (const [, name = '', double, single, bare] of rawAttributes.matchAll(ATTRIBUTE)) {
      attributes[name.toLowerCase()] = double ?? single ?? bare ?? '';
    }
    if ('src' in attributes) continue;
    const start = match.index + '<script'.length + rawAttributes.length + 1;
    found(attributes, start, start + text.length);
  }
}

/**
 * The inline scripts of an HTML document, with the text exactly as the browser
 * hashes it (script content is raw text in HTML: it ends at the first `</script`).
 * Scripts with `src` are external and left out.
 */
export function findInlineScripts(html: string): InlineScript[] {
  const scripts: InlineScript[] = [];
  scanInlineScripts(html, (attributes, start, end) => scripts.push({ attributes, text: html.slice(start, end) }));
  return scripts;
}

/** The CSP source expression of a script's text: `'sha256-…'` over its UTF-8 bytes. */
export function hashScript(text: string | Uint8Array): string {
  const hash = createHash('sha256');
  if (typeof text === 'string') hash.update(text, 'utf8');
  else hash.update(text);
  return `'sha256-${hash.digest('base64')}'`;
}

/**
 * The distinct hash sources of every executable inline script in these
 * documents, sorted. Documents may be given as the raw bytes of UTF-8 files:
 * they are then scanned as Latin-1 (one character a byte, no decoding, several
 * times faster on Chinese pages) and the script bytes hashed as they are.
 */
export function collectScriptHashes(documents: Iterable<string | Uint8Array>): string[] {
  const hashes = new Set<string>();
  for (const doc of documents) {
    if (typeof doc === 'string') {
      for (const script of findInlineScripts(doc)) if (isExecutableScript(script.attributes)) hashes.add(hashScript(script.text));
      continue;
    }
    const bytes = Buffer.from(doc.buffer, doc.byteOffset, doc.byteLength);
    scanInlineScripts(bytes.toString('latin1'), (attributes, start, end) => {
      if (isExecutableScript(attributes)) hashes.add(hashScript(bytes.subarray(start, end)));
    });
  }
  return [...hashes].sort();
}

/** `default-src 'self'; script-src …` — directives in insertion order, empty ones dropped. */
export function serializeCsp(policy: CspPolicy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => (sources.length > 0 ? `${directive} ${sources.join(' ')}` : directive))
    .join('; ');
}

/** Parses a serialized policy back into directives (for tests and the header check). */
export function parseCsp(header: string): Record<string, string[]> {
  const policy: Record<string, string[]> = {};
  for (const part of header.split(';')) {
    const [directive, ...sources] = part.trim().split(/\s+/);
    if (directive) policy[directive.toLowerCase()] = sources;
  }
  return policy;
}

// Directives both policies share: nothing may frame the site, no plugins, no <base> tricks.
const LOCKED = {
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'frame-ancestors': ["'none'"],
} as const;

/**
 * The policy of every public page. Scripts: the site's own files and the hashed
 * inline scripts, no `'unsafe-inline'`, no eval; `'wasm-unsafe-eval'` lets
 * Pagefind compile its WebAssembly (it allows no JavaScript eval).
 * Styles: `'unsafe-inline'`, on purpose — Astro inlines small stylesheets and
 * components use `style` attributes, which hashes cannot cover without
 * `'unsafe-hashes'`; CSS cannot run script, and public pages hold no secrets
 * for injected CSS to read. Everything else loads from the site only.
 */
export function buildPublicCsp({ scriptHashes }: { scriptHashes: readonly string[] }): CspPolicy {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...scriptHashes, "'wasm-unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'media-src': ["'self'"],
    'frame-src': ["'none'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'form-action': ["'self'"],
    ...LOCKED,
  };
}

/** Where the CMS at /admin/ may send requests besides the site itself. */
export interface AdminCspOptions {
  /**
   * Origins of the Git host's API the CMS backend talks to in production,
   * e.g. `https://api.github.com` (GitHub), `https://gitlab.com` (GitLab) or
   * the address of a self-hosted Gitea.
   */
  backendOrigins: readonly string[];
  /** Extra image hosts: the Git host's avatars and raw media, e.g. `https://avatars.githubusercontent.com`. */
  imageOrigins?: readonly string[];
  /** Hashes of inline scripts on the admin page, if any. */
  scriptHashes?: readonly string[];
}

/**
 * What the CMS's back end needs, named structurally so this module stays apart
 * from the CMS code (src/lib/cms/backends.ts `BackendOptions` fits it).
 */
export interface CmsBackendLike {
  name: string;
  proxyUrl?: string | undefined;
  apiRoot?: string | undefined;
  baseUrl?: string | undefined;
}

// Where each hosted Git service answers when no apiRoot/baseUrl is set.
const DEFAULT_API_ORIGINS: Readonly<Record<string, readonly string[]>> = {
  github: ['https://api.github.com'],
  gitlab: ['https://gitlab.com'],
};
// Avatars and media the CMS shows from the Git host.
const DEFAULT_IMAGE_ORIGINS: Readonly<Record<string, readonly string[]>> = {
  github: ['https://avatars.githubusercontent.com', 'https://raw.githubusercontent.com'],
  gitlab: ['https://gitlab.com', 'https://secure.gravatar.com'],
};

const originOf = (url: string) => new URL(url).origin;

/**
 * The origins the CMS connects to and shows images from, for its back end:
 * the Git host's API (and its OAuth token endpoint, at `baseUrl`, for PKCE
 * logins), or the local decap-server for `proxy`. Login pop-ups are
 * navigations, which CSP does not restrict.
 */
export function adminOriginsForBackend(backend: CmsBackendLike): Required<Pick<AdminCspOptions, 'backendOrigins' | 'imageOrigins'>> {
  const explicit = [backend.proxyUrl, backend.apiRoot, backend.baseUrl].filter((u): u is string => Boolean(u)).map(originOf);
  const backendOrigins = [...new Set([...(DEFAULT_API_ORIGINS[backend.name] ?? []), ...explicit])];
  const imageOrigins = [...new Set([...(DEFAULT_IMAGE_ORIGINS[backend.name] ?? []), ...(backend.name === 'proxy' ? [] : explicit)])];
  return { backendOrigins, imageOrigins };
}

/**
 * The policy of /admin/ (Decap CMS). Decap validates its config with ajv, which
 * compiles schemas with `new Function` (decap-cms issue 2343): `'unsafe-eval'`
 * is needed; its styles are CSS-in-JS `<style>` tags: `'unsafe-inline'` for
 * styles. Previews of uploaded images are `blob:`/`data:` URLs. Which Git
 * host it may reach comes from the CMS back end (`adminOriginsForBackend`).
 */
export function buildAdminCsp({ backendOrigins, imageOrigins = [], scriptHashes = [] }: AdminCspOptions): CspPolicy {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...scriptHashes, "'unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...imageOrigins],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...backendOrigins],
    'media-src': ["'self'", 'blob:'],
    'frame-src': ["'self'", 'blob:'],
    'worker-src': ["'self'", 'blob:'],
    'form-action': ["'self'"],
    ...LOCKED,
  };
}
