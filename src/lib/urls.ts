import type { AudienceId } from '../schemas/audiences.ts';

/**
 * One builder per route: pages, feeds, the sitemap and tests all ask here,
 * so a URL is spelt in one place. Every path ends in a slash (trailingSlash: 'always').
 *
 * Builders return the href a page links to: the site path under the build's
 * base (`/health/x/`, or `/ztzl/cjwscs/health/x/` when the site is a portal's
 * 专栏, see site-base.ts), which astro.config.mjs fixes in the code it
 * builds. Outside a build (plain Node, Vitest) the base is `/`, so the builders
 * return bare site paths there, which is what tools that read dist/ by file need.
 */

/** Set by astro.config.mjs (Vite's `define`) to the build's base path; undeclared outside a build. */
declare const __SITE_BASE__: string | undefined;

/** The base path of this build: '/' or '/ztzl/cjwscs/'. */
export const BASE: string = typeof __SITE_BASE__ === 'string' ? __SITE_BASE__ : '/';

/** A site path (`/health/x/`, `/downloads/a.pdf`, as content names it) under a base path. */
export function withBase(sitePath: string, base = BASE): string {
  if (!sitePath.startsWith('/') || sitePath.startsWith('//')) throw new Error(`not a site path: ${sitePath}`);
  return `${base}${sitePath.slice(1)}`;
}

/** The site path of an href under `base` (`/ztzl/cjwscs/health/` → `/health/`), or undefined when it leaves the base. */
export function stripBase(href: string, base = BASE): string | undefined {
  if (href === base.slice(0, -1)) return '/';
  return href.startsWith(base) ? `/${href.slice(base.length)}` : undefined;
}

/** The full address of an href, for canonical links, Open Graph, JSON-LD, feeds and QR codes. */
export function toAbsoluteUrl(href: string, site: URL | string): string {
  return new URL(href, site).href;
}

export type ArticleCollection = 'letters' | 'health' | 'news';

export const homePath = () => withBase('/');
export const sectionPath = (collection: ArticleCollection | 'downloads') => withBase(`/${collection}/`);
export const entryPath = (collection: ArticleCollection, id: string) => withBase(`/${collection}/${id}/`);
export const topicPath = (topicId: string) => withBase(`/health/topics/${topicId}/`);
export const audiencePath = (audience: AudienceId) => withBase(`/health/audiences/${audience}/`);
export const columnPath = (columnId: string) => withBase(`/news/columns/${columnId}/`);
export const tagPath = (tag: string) => withBase(`/tags/${encodeURIComponent(tag)}/`);
export const tagsIndexPath = () => withBase('/tags/');
export const feedPath = (collection?: ArticleCollection) => withBase(collection ? `/${collection}/rss.xml` : '/rss.xml');
export const searchPath = (query?: string) => withBase(query ? `/search/?q=${encodeURIComponent(query)}` : '/search/');

/** Page n of a paginated list at `base`: page 1 is the base itself. */
export function pagedPath(base: string, page: number): string {
  return page <= 1 ? base : `${base}page/${page}/`;
}

// Campaign pages.
export const hotlinePath = () => withBase('/hotline/');
export const organisationPath = () => withBase('/organisation/');
export const progressPath = () => withBase('/progress/');
/** Anchor of one standard area on the progress page. */
export const progressAreaPath = (areaId: string) => withBase(`/progress/#area-${areaId}`);
/** The podcast (RSS with audio enclosures) of a news column. */
export const podcastPath = (columnId: string) => withBase(`/news/columns/${columnId}/podcast.xml`);
/** The printable poster of a letter or health article; the article stays the canonical page. */
export const posterPath = (collection: 'letters' | 'health', id: string) => withBase(`/posters/${collection}/${id}/`);

/** 网站地图: the HTML page listing every section and column (inspections ask for one). */
export const siteMapPath = () => withBase('/sitemap/');
/** The XML sitemap index @astrojs/sitemap writes, for search engines. */
export const xmlSitemapPath = () => withBase('/sitemap-index.xml');
/** The CMS. */
export const adminPath = () => withBase('/admin/');
export const faviconPath = () => withBase('/favicon.svg');
/** A file of the search bundle the build writes (src/lib/search/build-index.ts). */
export const searchBundlePath = (file: string) => withBase(`/pagefind/${file}`);
/** A file under public/, named as content names it: `/downloads/x.pdf`, `/media/x.mp3`. */
export const publicFilePath = (sitePath: string) => withBase(sitePath);

/**
 * A link as an editor wrote it in an article body: site paths (`/health/x/`,
 * `/downloads/a.pdf`) are content and carry no base, so they get the build's
 * base here; addresses of other sites, `#anchors`, `mailto:` and `tel:` stay as written.
 */
export function contentHref(href: string, base = BASE): string {
  return href.startsWith('/') && !href.startsWith('//') ? withBase(href, base) : href;
}
