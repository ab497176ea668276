import type { AudienceId } from '../schemas/audiences.ts';

/**
 * One builder per route: pages, feeds, the sitemap and tests all ask here,
 * so a URL is spelt in one place. Every path ends in a slash (trailingSlash: 'always').
 */
export type ArticleCollection = 'letters' | 'health' | 'news';

export const sectionPath = (collection: ArticleCollection | 'downloads') => `/${collection}/`;
export const entryPath = (collection: ArticleCollection, id: string) => `/${collection}/${id}/`;
export const topicPath = (topicId: string) => `/health/topics/${topicId}/`;
export const audiencePath = (audience: AudienceId) => `/health/audiences/${audience}/`;
export const columnPath = (columnId: string) => `/news/columns/${columnId}/`;
export const tagPath = (tag: string) => `/tags/${encodeURIComponent(tag)}/`;
export const tagsIndexPath = () => '/tags/';
export const feedPath = (collection?: ArticleCollection) => (collection ? `/${collection}/rss.xml` : '/rss.xml');
export const searchPath = (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/');

/** Page n of a paginated list at `base`: page 1 is the base itself. */
export function pagedPath(base: string, page: number): string {
  return page <= 1 ? base : `${base}page/${page}/`;
}

// Campaign pages (issue 7).
export const hotlinePath = () => '/hotline/';
export const organisationPath = () => '/organisation/';
export const progressPath = () => '/progress/';
/** Anchor of one standard area on the progress page. */
export const progressAreaPath = (areaId: string) => `/progress/#area-${areaId}`;
/** The podcast (RSS with audio enclosures) of a news column. */
export const podcastPath = (columnId: string) => `/news/columns/${columnId}/podcast.xml`;
