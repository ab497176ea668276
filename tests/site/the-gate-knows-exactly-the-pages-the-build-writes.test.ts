import { expect, it } from 'vitest';
import { getChinaToday } from '../../src/lib/dates.ts';
import { buildSiteIndex, checkContent } from '../../src/lib/gate/index.ts';
import { loadGateInput } from '../../src/lib/gate/load.ts';
import { CONTENT_DIR } from '../support/content.ts';
import { listDistFiles } from '../support/dist.ts';

/**
 * The content gate refuses a link to a page the site does not have, and it
 * knows the pages from src/lib/urls.ts, not from the build. Here its list
 * over the content of this build is held to the pages the build wrote: a
 * route added, removed or renamed on one side only fails this test.
 */
it('the pages the content gate lets articles link to are exactly the pages the build wrote', () => {
  const today = getChinaToday(new Date(process.env.BUILD_TIME ?? Date.now()));
  const loaded = loadGateInput({
    root: process.cwd(),
    contentDir: CONTENT_DIR,
    publicDir: 'public',
    wordingDir: 'content/wording',
  });
  const { entries } = checkContent({ ...loaded, today });
  const known = [...buildSiteIndex(entries, new Map(), new Map(), today).pages].sort();

  const built = [...listDistFiles('.html'), ...listDistFiles('.xml')]
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
    // Not pages an article links to: the 404 page, the CMS, the XML sitemaps for search engines,
    // and the further pages of a list, which follow from their first page (the gate accepts /page/n/ of any list).
    .filter(
      (path) =>
        path !== '/404.html' &&
        !path.startsWith('/admin/') &&
        !/^\/sitemap-[\w-]+\.xml$/.test(path) &&
        !/\/page\/\d+\/$/.test(path),
    )
    .sort();

  expect(built.length).toBeGreaterThan(50);
  expect(known).toEqual(built);
});
