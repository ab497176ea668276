/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Projects, run apart by `npm test`:
 * - unit: pure logic in src/lib (tests/unit mirrors its folders), the schemas,
 *   the content gate, Astro Container API renders of components, and the tools'
 *   own logic (tests/tools mirrors tools/); fast, no builds.
 * - build: the build steps run as commands, and whole `astro build`s of small
 *   sites that prove what the build refuses (tests/build); runs before the build.
 * - site: checks of the built `dist/` and end-to-end journeys in headless
 *   Chromium against it; runs after `npm run build`.
 * - site-base: some of those again on the site built under a base path.
 */
export default getViteConfig({
  test: {
    // Every core for the unit tests (Vitest's default left one idle here); the build and browser
    // projects below run one file at a time.
    maxWorkers: '100%',
    projects: [
      // Unit tests are pure and mock nothing: files share a worker's modules (isolate: false), which
      // halves the project's time on this machine (19 s → 8 s), most of it spent importing the same modules.
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/tools/**/*.test.ts'],
          testTimeout: 60_000,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 180_000,
          // One build at a time: builds of the same project share its .astro/ folder (Astro writes the
          // list of content modules there, wherever cacheDir points), so two at once can compile each
          // other's content (the content gate then refuses it).
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          // Only a build under a base path can fail it (project site-base).
          exclude: ['tests/site/base-path.test.ts'],
          globalSetup: ['tests/support/serve-dist.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time: npm test runs the CMS tests beside these (tools/test/stages.ts).
          fileParallelism: false,
        },
      },
      {
        // The demo site built as a government portal's 专栏 (tests/support/portal-build.ts builds it
        // once, into OUT_DIR), checked by the tests that prove a base path: links and files, the
        // resident journeys, axe, the headers, valid HTML, and what only a base path can break.
        extends: true,
        test: {
          name: 'site-base',
          include: [
            'tests/site/built-site.test.ts',
            'tests/site/reader-journeys.test.ts',
            'tests/site/a11y-axe.test.ts',
            'tests/site/headers.test.ts',
            'tests/site/valid-html.test.ts',
            'tests/site/base-path.test.ts',
          ],
          env: { SITE_BASE: '/ztzl/cjwscs/', OUT_DIR: '.cache/site-base/dist' },
          globalSetup: ['tests/support/portal-build.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        // The CMS at /admin/ in Chromium, against `astro dev` and decap-server on a
        // throwaway copy of the project (tests/cms/setup.ts); needs no build.
        extends: true,
        test: {
          name: 'cms',
          include: ['tests/cms/**/*.test.ts'],
          globalSetup: ['tests/cms/setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
