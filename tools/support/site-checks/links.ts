import { parseDocument } from 'htmlparser2';
import { stripBase } from '../../../src/lib/urls.ts';

/**
 * The links and asset references of a built site, checked the way a static
 * host would answer them: every internal one must resolve to a built file,
 * under the build's base path (a root-absolute link that leaves a portal
 * 专栏's folder would land on the portal's other pages). Links to other sites
 * are collected for a person to check: nothing here goes on the network.
 * Shared by the built-site tests and `npm run audit`.
 */

/** One reference of one page: `file` is the page's path relative to dist/. */
export interface PageRef {
  file: string;
  ref: string;
}

export interface LinkCheck {
  /** Internal references no built file answers. */
  broken: PageRef[];
  /** Root-absolute references outside the base path. */
  escaping: PageRef[];
  /** Links to other sites: address → the pages carrying it. */
  external: Map<string, string[]>;
  /** How many internal references were checked. */
  checked: number;
}

export interface LinkCheckInput {
  /** The built pages, as paths relative to dist/ (`health/x/index.html`). */
  pages: readonly string[];
  read: (file: string) => string;
  /** Whether a host serving dist/ answers this site path (`/health/x/`, percent-encoded, without the base) with a file. */
  resolves: (sitePath: string) => boolean;
  /** The build's base path, `/` or `/ztzl/cjwscs/`. */
  base: string;
  /** The site's own origin (`https://chuangwei.example.gov.cn`): full addresses on it are internal. */
  siteOrigin: string;
}

const ATTRIBUTES = ['href', 'src', 'poster', 'action'] as const;
const NOT_LINKS = /^(mailto:|tel:|data:|#|javascript:)/i;

/** Every href, src, poster, action and srcset candidate of an HTML page, in document order. */
export function collectRefs(html: string): string[] {
  const refs: string[] = [];
  const walk = (node: { children?: unknown[]; attribs?: Record<string, string> }) => {
    const a = node.attribs;
    if (a) {
      for (const attr of ATTRIBUTES) if (a[attr]) refs.push(a[attr]);
      if (a['srcset'])
        refs.push(...a['srcset'].split(',').map((s) => s.trim().split(/\s+/)[0] ?? ''));
    }
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(parseDocument(html) as never);
  return refs.filter(Boolean);
}

/** Checks every reference of every page. */
export function checkLinks({ pages, read, resolves, base, siteOrigin }: LinkCheckInput): LinkCheck {
  const result: LinkCheck = { broken: [], escaping: [], external: new Map(), checked: 0 };
  const origin = new URL(siteOrigin).origin;
  for (const file of pages) {
    const pageUrl = new URL(`${base}${file}`, origin);
    for (const ref of collectRefs(read(file))) {
      if (NOT_LINKS.test(ref)) continue;
      const url = new URL(ref, pageUrl);
      if (url.origin !== origin) {
        if (/^https?:$/.test(url.protocol))
          result.external.set(url.href, [...(result.external.get(url.href) ?? []), file]);
        continue;
      }
      result.checked++;
      const sitePath = stripBase(url.pathname, base);
      if (sitePath === undefined) {
        result.escaping.push({ file, ref });
        continue;
      }
      if (!resolves(sitePath)) result.broken.push({ file, ref });
    }
  }
  return result;
}
