import { listDistFiles } from '../support/dist.ts';

/**
 * One page per page template of the built site, found from dist/ so that
 * templates other engineers add (campaign pages, search) are covered as soon
 * as they exist. Pages in the same folder below the top level share a
 * template (/health/x/ and /health/y/; /tags/a/ and /tags/b/); top-level
 * pages are each their own. Later pages of a list (page/2/) and the CMS
 * (/admin/, Decap's own app) are left out.
 */
export function discoverTemplatePages(): { template: string; path: string }[] {
  const byTemplate = new Map<string, string>();
  const pages = listDistFiles('.html')
    .map((file) => (file === '404.html' ? '/404.html' : `/${file.replace(/index\.html$/, '')}`))
    .filter((path) => path === '/404.html' || (path.endsWith('/') && !/\/page\/\d+\/$/.test(path) && !path.startsWith('/admin/')))
    .sort();
  for (const path of pages) {
    const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
    const template = segments.length >= 2 ? `/${segments.slice(0, -1).join('/')}/*/` : path;
    if (!byTemplate.has(template)) byTemplate.set(template, path);
  }
  return [...byTemplate].map(([template, path]) => ({ template, path }));
}

/** Every letter, health article and news item page. */
export function discoverArticlePages(): string[] {
  return listDistFiles('.html')
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .filter((path) => /^\/(letters|health|news)\/[^/]+\/$/.test(path) && !/^\/(health|news)\/(topics|audiences|columns|page)\//.test(path));
}

/** Reading modes as stored by the toolbar (see src/lib/reading-settings.ts). */
export const READING_MODES = {
  default: '{}',
  elderly: '{"text-size":"2","spacing":"wide","elderly":"on"}',
  'high-contrast': '{"contrast":"high"}',
} as const;
export type ReadingMode = keyof typeof READING_MODES;
