import { expect, inject, test } from 'vitest';
import { launchBrowser } from '../../tools/support/browser.ts';

/**
 * /admin/ in `npm run dev` loaded Decap's pre-bundled chunk with its source
 * map inlined: 49 MB on every visit, 6 to 15 s. The chunks Vite pre-bundles
 * come without a map (src/cms/vite-plugin.ts), so the page loads about
 * 18 MB, all of it cacheable.
 */
const { origin } = inject('cms');

test('the dev server sends /admin/ its pre-bundled dependencies without inline source maps', async () => {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const deps: { url: string; bytes: number; mapBytes: number; cache: string }[] = [];
    page.on('response', async (response) => {
      if (
        !response.url().includes('/node_modules/.vite/deps/') ||
        !response.url().split('?')[0]!.endsWith('.js')
      )
        return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      deps.push({
        url: response.url(),
        bytes: body.length,
        mapBytes: /sourceMappingURL=data:[^\n]*/.exec(body.toString('utf8'))?.[0].length ?? 0,
        cache: (await response.allHeaders())['cache-control'] ?? '',
      });
    });
    await page.goto(`${origin}/admin/`, { timeout: 120_000 });
    await page.locator('button', { hasText: '登录' }).first().waitFor({ timeout: 120_000 });
    expect(deps.length).toBeGreaterThan(0);
    // Vite still inlines a map of each module's own few lines; Decap's 33 MB one is gone.
    expect(deps.reduce((sum, d) => sum + d.mapBytes, 0)).toBeLessThan(1024 * 1024);
    expect(deps.reduce((sum, d) => sum + d.bytes, 0)).toBeLessThan(25 * 1024 * 1024);
    expect(deps.every((d) => d.cache.includes('immutable'))).toBe(true);
  } finally {
    await browser.close();
  }
});
