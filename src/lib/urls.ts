import { audiences, type AudienceId } from '../schemas/audiences.ts';
import { articleCollections, type ArticleCollection } from '../schemas/sections.ts';

/**
 * One builder per route: pages, feeds, the sitemap, the content gate and tests
 * all ask here, so a URL is spelt in one place. Every path ends in a slash
 * (trailingSlash: 'always').
 *
 * `sitePaths` spells each route as a site path (`/health/x/`), as content
 * names pages and as the content gate knows them. The builders below it return
 * the href a page links to: that site path under the build's base (`/health/x/`,
 * or `/ztzl/cjwscs/health/x/` when the site is a portal's 专栏, see
 * site-base.ts), which astro.config.mjs fixes in the code it builds. Outside a
 * build (plain Node, Vitest) the base is `/`, so the builders return bare site
 * paths there, which is what tools that read dist/ by file need.
 */

/** Set by astro.config.mjs (Vite's `define`) to the build's base path; undeclared outside a build. */
declare const __SITE_BASE__: string | undefined;

/** The base path of this build: '/' or '/ztzl/cjwscs/'. */
export const BASE: string = typeof __SITE_BASE__ === 'string' ? __SITE_BASE__ : '/';

/** A site path (`/health/x/`, `/downloads/a.pdf`, as content names it) under a base path. */
export function withBase(sitePath: string, base = BASE): string {
  if (!sitePath.startsWith('/') || sitePath.startsWith('//'))
    throw new Error(`not a site path: ${sitePath}`);
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

export type { ArticleCollection };

/** Collections with a printable poster of each entry; the article stays the canonical page. */
export type PosterCollection = Extract<ArticleCollection, 'letters' | 'health'>;
export const posterCollections: readonly PosterCollection[] = ['letters', 'health'];

/** Every route of the site as a site path, without the base. */
export const sitePaths = {
  home: () => '/',
  section: (collection: ArticleCollection | 'downloads') => `/${collection}/`,
  entry: (collection: ArticleCollection, id: string) => `/${collection}/${id}/`,
  topic: (topicId: string) => `/health/topics/${topicId}/`,
  audience: (audience: AudienceId) => `/health/audiences/${audience}/`,
  column: (columnId: string) => `/news/columns/${columnId}/`,
  /** The podcast (RSS with audio enclosures) of a news column. */
  podcast: (columnId: string) => `/news/columns/${columnId}/podcast.xml`,
  tag: (tag: string) => `/tags/${encodeURIComponent(tag)}/`,
  tagsIndex: () => '/tags/',
  feed: (collection?: ArticleCollection) => (collection ? `/${collection}/rss.xml` : '/rss.xml'),
  search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  hotline: () => '/hotline/',
  organisation: () => '/organisation/',
  progress: () => '/progress/',
  /** The printable poster of a letter or health article, for those whose editors ask for one. */
  poster: (collection: PosterCollection, id: string) => `/posters/${collection}/${id}/`,
  /** A handbook as one page, which `npm run handbooks` prints to its PDF. */
  handbook: (id: string) => `/handbooks/${id}/`,
  /** A handbook's PDF, under public/ (the download centre links to it). */
  handbookPdf: (id: string) => `/downloads/handbooks/${id}.pdf`,
  /** 网站地图: the HTML page listing every section and column (inspections ask for one). */
  siteMap: () => '/sitemap/',
  /** The XML sitemap index @astrojs/sitemap writes, for search engines. */
  xmlSitemap: () => '/sitemap-index.xml',
  /** The CMS. */
  admin: () => '/admin/',
} as const;

export const homePath = () => withBase(sitePaths.home());
export const sectionPath = (collection: ArticleCollection | 'downloads') =>
  withBase(sitePaths.section(collection));
export const entryPath = (collection: ArticleCollection, id: string) =>
  withBase(sitePaths.entry(collection, id));
export const topicPath = (topicId: string) => withBase(sitePaths.topic(topicId));
export const audiencePath = (audience: AudienceId) => withBase(sitePaths.audience(audience));
export const columnPath = (columnId: string) => withBase(sitePaths.column(columnId));
export const tagPath = (tag: string) => withBase(sitePaths.tag(tag));
export const tagsIndexPath = () => withBase(sitePaths.tagsIndex());
export const feedPath = (collection?: ArticleCollection) => withBase(sitePaths.feed(collection));
export const searchPath = (query?: string) => withBase(sitePaths.search(query));

/** Page n of a paginated list at `base`: page 1 is the base itself. */
export function pagedPath(base: string, page: number): string {
  return page <= 1 ? base : `${base}page/${page}/`;
}

// Campaign pages.
export const hotlinePath = () => withBase(sitePaths.hotline());
export const organisationPath = () => withBase(sitePaths.organisation());
export const progressPath = () => withBase(sitePaths.progress());
/** Anchor of one standard area on the progress page. */
export const progressAreaPath = (areaId: string) => `${progressPath()}#area-${areaId}`;
export const podcastPath = (columnId: string) => withBase(sitePaths.podcast(columnId));
export const posterPath = (collection: PosterCollection, id: string) =>
  withBase(sitePaths.poster(collection, id));
export const handbookPath = (id: string) => withBase(sitePaths.handbook(id));
/** The site path of a handbook's PDF, as content names files (no base: `publicFilePath` adds it). */
export const handbookPdfPath = (id: string) => sitePaths.handbookPdf(id);

export const siteMapPath = () => withBase(sitePaths.siteMap());
export const xmlSitemapPath = () => withBase(sitePaths.xmlSitemap());
export const adminPath = () => withBase(sitePaths.admin());
export const faviconPath = () => withBase('/favicon.svg');
/** A file of the search bundle the build writes (src/lib/search/build-index.ts). */
export const searchBundlePath = (file: string) => withBase(`/pagefind/${file}`);
/** A file under public/, named as content names it: `/downloads/x.pdf`, `/media/x.mp3`. */
export const publicFilePath = (sitePath: string) => withBase(sitePath);

/** What of the content makes pages: published articles (with their tags), topics, columns and handbooks. */
export interface SiteContent {
  /** `poster`: the editor asked for a poster (letters and health articles). */
  articles: readonly {
    collection: ArticleCollection;
    id: string;
    tags: readonly string[];
    poster?: boolean;
  }[];
  handbooks?: readonly string[];
  topics: readonly string[];
  columns: readonly string[];
  /** Columns with a published news item that carries audio: each has a podcast. */
  podcastColumns: readonly string[];
}

/**
 * The site path of every page the build writes for `content`, but the
 * further pages of a paginated list (`/news/page/2/`, see `pagedPath`), the
 * 404 page, the CMS and the XML sitemaps: the pages an article may link to.
 * The content gate checks links against this list; a test holds it to the
 * pages of a real build.
 */
export function listSitePages(content: SiteContent): string[] {
  const pages = [
    sitePaths.home(),
    ...articleCollections.flatMap((c) => [sitePaths.section(c), sitePaths.feed(c)]),
    sitePaths.section('downloads'),
    sitePaths.feed(),
    sitePaths.search(),
    sitePaths.tagsIndex(),
    sitePaths.hotline(),
    sitePaths.organisation(),
    sitePaths.progress(),
    sitePaths.siteMap(),
    ...audiences.map((a) => sitePaths.audience(a.id)),
    ...content.topics.map(sitePaths.topic),
    ...content.columns.map(sitePaths.column),
    ...content.columns.filter((c) => content.podcastColumns.includes(c)).map(sitePaths.podcast),
    ...(content.handbooks ?? []).map(sitePaths.handbook),
  ];
  for (const a of content.articles) {
    pages.push(sitePaths.entry(a.collection, a.id));
    if (a.poster && (posterCollections as readonly string[]).includes(a.collection))
      pages.push(sitePaths.poster(a.collection as PosterCollection, a.id));
    for (const t of a.tags) pages.push(sitePaths.tag(t));
  }
  return [...new Set(pages)];
}

/**
 * A link as an editor wrote it in an article body: site paths (`/health/x/`,
 * `/downloads/a.pdf`) are content and carry no base, so they get the build's
 * base here; addresses of other sites, `#anchors`, `mailto:` and `tel:` stay as written.
 */
export function contentHref(href: string, base = BASE): string {
  return href.startsWith('/') && !href.startsWith('//') ? withBase(href, base) : href;
}
