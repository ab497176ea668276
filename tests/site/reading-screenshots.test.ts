import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/use-browser.ts';
import { discoverArticlePages, READING_MODES, type ReadingMode } from './a11y-templates.ts';

/**
 * Screenshots of an article in each reading mode on a phone and a desktop,
 * and of a poster, for a person to look at (SCREENSHOT_DIR, by default
 * $TMPDIR/a11y-screenshots). The test itself checks what a script can: the
 * page fits the width and the body text has the size the mode promises.
 */
const origin = inject('siteOrigin');
const article = discoverArticlePages().find((p) => p.startsWith('/health/'))!;
const OUT = process.env.SCREENSHOT_DIR ?? join(tmpdir(), 'a11y-screenshots');
const BODY_TEXT_PX: Record<ReadingMode, number> = { default: 18, elderly: 24, 'high-contrast': 18 };
const browser = useBrowser();

beforeAll(() => {
  mkdirSync(OUT, { recursive: true });
});

describe('screenshots for review', () => {
  for (const width of [390, 1280]) {
    for (const mode of Object.keys(READING_MODES) as ReadingMode[]) {
      it(`an article at ${width} px in the ${mode} mode`, async () => {
        const context = await browser().newContext({ viewport: { width, height: 900 } });
        await context.addInitScript(
          (stored) => localStorage.setItem('aa-reading', stored),
          READING_MODES[mode],
        );
        const page = await context.newPage();
        await page.goto(origin + article);
        const facts = await page.evaluate(() => ({
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          rootPx: parseFloat(getComputedStyle(document.documentElement).fontSize),
        }));
        expect(facts.overflow).toBeLessThanOrEqual(0);
        expect(facts.rootPx).toBe(BODY_TEXT_PX[mode]);
        await page.screenshot({ path: join(OUT, `article-${width}-${mode}.png`), fullPage: true });
        await context.close();
      });
    }
  }

  it('a poster on a phone and on a desktop', async () => {
    for (const width of [390, 1280]) {
      const page = await browser().newPage({ viewport: { width, height: 900 } });
      await page.goto(`${origin}/posters${article}`);
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      ).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(OUT, `poster-${width}.png`), fullPage: true });
      await page.close();
    }
  });
});
