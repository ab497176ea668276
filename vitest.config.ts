/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Two projects, run apart by `npm test`:
 * - unit: pure logic in src/lib, the schemas, the content gate and Astro
 *   Container API renders of components; runs before the build.
 * - site: checks of the built `dist/` and end-to-end journeys in headless
 *   Chromium against it; runs after `npm run build`.
 */
export default getViteConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/support/serve-dist.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time on a 2-core machine.
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
