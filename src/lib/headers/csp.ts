import { createHash } from 'node:crypto';
import { OneShotSaxParser } from '../sax.ts';

/**
 * Content Security Policy for the static site. Its script hashes are computed
 * from the site's own code — the inline scripts its source emits — never read
 * back from the built pages: a page that carries any other inline script, an
 * event-handler attribute or a `javascript:` URL is a failed build
 * (`findForeignScripts`), not a new hash. Pure: no file system, no globals.
 *
 * Astro's own `security.csp` is not used: on a static build without an adapter it
 * can only emit a `<meta http-equiv>` tag, which cannot carry `frame-ancestors`,
 * does not hash `is:inline` scripts, and would land on /admin/ too.
 */

/** A policy: directive name → sources, in the order they are written. */
export type CspPolicy = Readonly<Record<string, readonly string[]>>;

/** An inline `<script>` of a built page: its attributes, its exact text and the line it starts on. */
export interface InlineScript {
  attributes: Record<string, string>;
  text: string;
  line: number;
}

// Script `type`s that are data, never run. Every other type counts as code (browsers keep adding
// kinds of script — importmap, speculationrules — so unknown means "treat as code").
const DATA_TYPES = new Set(['application/ld+json', 'application/json']);

/**
 * Whether the browser may execute a script of these attributes (and so CSP must allow it).
 * JSON-LD and JSON data blocks are never run and need no hash; anything else is treated as code.
 */
export function isExecutableScript(attributes: Readonly<Record<string, string>>): boolean {
  return !DATA_TYPES.has((attributes.type ?? '').trim().toLowerCase());
}

interface ScanResult {
  scripts: InlineScript[];
  /** `<script src>` values. */
  sources: { src: string; line: number }[];
  /** Event-handler attributes, `javascript:` URLs and `srcdoc` documents: script outside script elements. */
  attributes: { element: string; name: string; value: string; line: number }[];
}

// Attributes whose value a browser loads or navigates to.
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'data',
  'poster',
  'xlink:href',
  'background',
  'cite',
  'ping',
]);
const scriptUrl = (value: string) =>
  /^(?:javascript|vbscript):/.test(value.replace(/[\s\p{Cc}]/gu, '').toLowerCase());

/** Reads a page with the HTML standard's tokenizer (parse5): what a browser would treat as script. */
function scan(html: string): ScanResult {
  const result: ScanResult = { scripts: [], sources: [], attributes: [] };
  const parser = new OneShotSaxParser({ sourceCodeLocationInfo: true });
  let open: InlineScript | null = null;
  parser.on('startTag', (tag) => {
    const line = tag.sourceCodeLocation?.startLine ?? 1;
    const attributes: Record<string, string> = {};
    for (const a of tag.attrs) {
      const name = (a.prefix ? `${a.prefix}:${a.name}` : a.name).toLowerCase();
      attributes[name] = a.value;
      if (
        name.startsWith('on') ||
        name === 'srcdoc' ||
        (URL_ATTRIBUTES.has(name) && scriptUrl(a.value))
      ) {
        result.attributes.push({ element: tag.tagName, name, value: a.value, line });
      }
    }
    if (tag.tagName !== 'script') return;
    if ('src' in attributes) result.sources.push({ src: attributes.src ?? '', line });
    else if (!tag.selfClosing) open = { attributes, text: '', line };
  });
  parser.on('text', (text) => {
    if (open) open.text += text.text;
  });
  parser.on('endTag', (tag) => {
    if (tag.tagName === 'script' && open) result.scripts.push(open);
    open = null;
  });
  parser.run(html);
  if (open) result.scripts.push(open);
  return result;
}

/** The inline scripts of an HTML document, with the text exactly as the browser hashes it. Scripts with `src` are left out. */
export function findInlineScripts(html: string): InlineScript[] {
  return scan(html).scripts;
}

/** The CSP source expression of a script's text: `'sha256-…'` over its UTF-8 bytes. */
export function hashScript(text: string | Uint8Array): string {
  const hash = createHash('sha256');
  if (typeof text === 'string') hash.update(text, 'utf8');
  else hash.update(text);
  return `'sha256-${hash.digest('base64')}'`;
}

/** Something in a built page that would run in a reader's browser without being the site's own code. */
export interface ForeignScript {
  line: number;
  message: string;
}

/**
 * What in a built page the site's code did not put there as script: inline
 * scripts whose hash is not one of `ownHashes`, `<script src>` that is not a
 * file of the build (`isBuiltScript`), event-handler attributes,
 * `javascript:` URLs and `srcdoc` documents. `usedHashes` collects the own
 * hashes the page does use.
 */
export function findForeignScripts(
  html: string,
  {
    ownHashes,
    isBuiltScript,
    usedHashes,
  }: {
    ownHashes: ReadonlySet<string>;
    isBuiltScript: (src: string) => boolean;
    usedHashes?: Set<string>;
  },
): ForeignScript[] {
  const found = scan(html);
  const foreign: ForeignScript[] = [];
  for (const script of found.scripts) {
    if (!isExecutableScript(script.attributes)) continue;
    const hash = hashScript(script.text);
    if (ownHashes.has(hash)) usedHashes?.add(hash);
    else
      foreign.push({
        line: script.line,
        message: `inline script not emitted by the site's code (${hash}): ${oneLine(script.text)}`,
      });
  }
  for (const { src, line } of found.sources) {
    if (!isBuiltScript(src))
      foreign.push({
        line,
        message: `<script src="${oneLine(src)}"> is not a script of this build`,
      });
  }
  for (const a of found.attributes) {
    foreign.push({
      line: a.line,
      message: `<${a.element} ${a.name}="${oneLine(a.value)}">: script in an attribute`,
    });
  }
  return foreign;
}

const oneLine = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
};

/** `default-src 'self'; script-src …` — directives in insertion order, empty ones dropped. */
export function serializeCsp(policy: CspPolicy): string {
  return Object.entries(policy)
    .map(([directive, sources]) =>
      sources.length > 0 ? `${directive} ${sources.join(' ')}` : directive,
    )
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
export function adminOriginsForBackend(
  backend: CmsBackendLike,
): Required<Pick<AdminCspOptions, 'backendOrigins' | 'imageOrigins'>> {
  const explicit = [backend.proxyUrl, backend.apiRoot, backend.baseUrl]
    .filter((u): u is string => Boolean(u))
    .map(originOf);
  const backendOrigins = [...new Set([...(DEFAULT_API_ORIGINS[backend.name] ?? []), ...explicit])];
  const imageOrigins = [
    ...new Set([
      ...(DEFAULT_IMAGE_ORIGINS[backend.name] ?? []),
      ...(backend.name === 'proxy' ? [] : explicit),
    ]),
  ];
  return { backendOrigins, imageOrigins };
}

/**
 * The policy of /admin/ (Decap CMS). Decap validates its config with ajv, which
 * compiles schemas with `new Function` (decap-cms issue 2343): `'unsafe-eval'`
 * is needed; its styles are CSS-in-JS `<style>` tags: `'unsafe-inline'` for
 * styles. Previews of uploaded images are `blob:`/`data:` URLs. Which Git
 * host it may reach comes from the CMS back end (`adminOriginsForBackend`).
 */
export function buildAdminCsp({
  backendOrigins,
  imageOrigins = [],
  scriptHashes = [],
}: AdminCspOptions): CspPolicy {
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
