import { articleCollections } from '../../../src/schemas/sections.ts';
import { withBase } from '../../../src/lib/urls.ts';

/**
 * The pages of a built site grouped by the template that made them, so
 * browser checks cover every kind of page without loading thousands. Shared
 * by the tests of dist/ and `npm run audit`.
 */

/** A page template and the first page of it, as a site path (`/health/x/`, no base). */
export interface TemplatePage {
  template: string;
  path: string;
}

/**
 * One page per page template, from the built HTML files (`health/x/index.html`),
 * so that templates other engineers add are covered as soon as they exist.
 * Pages in the same folder below the top level share a template (/health/x/
 * and /health/y/; /tags/a/ and /tags/b/); top-level pages are each their own.
 * Later pages of a list (page/2/) and the CMS (/admin/, Decap's own app) are left out.
 */
export function templatePagesOf(htmlFiles: readonly string[]): TemplatePage[] {
  const byTemplate = new Map<string, string>();
  const pages = htmlFiles
    .map((file) => (file === '404.html' ? '/404.html' : `/${file.replace(/index\.html$/, '')}`))
    .filter(
      (path) =>
        path === '/404.html' ||
        (path.endsWith('/') && !/\/page\/\d+\/$/.test(path) && !path.startsWith('/admin/')),
    )
    .sort();
  for (const path of pages) {
    const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
    const template = segments.length >= 2 ? `/${segments.slice(0, -1).join('/')}/*/` : path;
    if (!byTemplate.has(template)) byTemplate.set(template, path);
  }
  return [...byTemplate].map(([template, path]) => ({ template, path }));
}

const articlePage = new RegExp(`^/(?:${articleCollections.join('|')})/[^/]+/$`);

/** Every letter, health article and news item page, as site paths. */
export function articlePagesOf(htmlFiles: readonly string[]): string[] {
  return htmlFiles
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .filter(
      (path) =>
        articlePage.test(path) && !/^\/(health|news)\/(topics|audiences|columns|page)\//.test(path),
    );
}

/** The address of a built page under `base`: `health/x/index.html` → `/ztzl/cjwscs/health/x/`. */
export function pageAddress(file: string, base = '/'): string {
  return withBase(`/${file.replace(/(^|\/)index\.html$/, '$1')}`, base);
}
