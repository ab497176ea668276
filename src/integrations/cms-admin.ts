import type { AstroIntegration } from 'astro';
import { sitePaths } from '../lib/urls.ts';

/**
 * /admin/, the editors' CMS (src/cms/AdminPage.astro), as a route of its own
 * that a build can leave out: with `enabled` false no page imports Decap, so
 * nothing bundles it. Bundling Decap was 5 of a small site's 9 s of `astro
 * build` on a 2-core machine: a build that no editor opens (one whose
 * content is edited elsewhere, the tests of what the build refuses) is the
 * faster for it.
 */
export function cmsAdmin({ enabled }: { enabled: boolean }): AstroIntegration {
  return {
    name: 'cms-admin',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        if (!enabled) return;
        injectRoute({
          pattern: sitePaths.admin().replace(/\/$/, ''),
          entrypoint: new URL('../cms/AdminPage.astro', import.meta.url),
        });
      },
    },
  };
}
