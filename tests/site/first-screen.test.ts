import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getMainNavigation } from '../../src/lib/navigation.ts';
import { useBrowser } from '../support/use-browser.ts';
import { discoverArticlePages, READING_MODES } from './a11y-templates.ts';

/**
 * The first screen of a phone: a resident who opens an article from a WeChat
 * link sees its title, not a screen of header and navigation. At 390 × 844
 * the title starts within the top 250 px (400 px in 长辈模式, with its 60 px
 * targets and 24 px text); 360 × 640 is held to the same. Every navigation
 * item is one tap away (the 菜单 button) and the hotline is on the first
 * screen. Screenshots go to SCREENSHOT_DIR ($TMPDIR/first-screen by default)
 * for a person to look at.
 */
const origin = inject('siteOrigin');
const OUT = process.env.SCREENSHOT_DIR ?? join(tmpdir(), 'first-screen');
const articles = discoverArticlePages();
// The article whose breadcrumb parent has the longest name: the most the header can push.
const article = articles.filter((p) => p.startsWith('/health/')).sort()[0]!;
const newsArticle = articles.find((p) => p.startsWith('/news/'))!;
const TITLE_LIMIT = { default: 250, elderly: 400 } as const;
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 360, height: 640 },
] as const;
type Mode = keyof typeof TITLE_LIMIT;
const browser = useBrowser();

beforeAll(() => {
  mkdirSync(OUT, { recursive: true });
});

// One phone (a browser context) per screen size and reading mode, for every page opened on it:
// a context costs about 0.4 s here, more than most of these checks.
const phones = new Map<string, Promise<Page>>();
afterAll(async () => {
  for (const phone of phones.values()) await (await phone).context().close();
});

async function startPhone(
  b: Browser,
  viewport: (typeof VIEWPORTS)[number],
  mode: Mode,
): Promise<Page> {
  const context = await b.newContext({ viewport, deviceScaleFactor: 1 });
  await context.addInitScript(
    (stored) => localStorage.setItem('aa-reading', stored),
    READING_MODES[mode],
  );
  return context.newPage();
}

function openPhone(b: Browser, viewport: (typeof VIEWPORTS)[number], mode: Mode): Promise<Page> {
  const key = `${viewport.width}×${viewport.height} ${mode}`;
  if (!phones.has(key)) phones.set(key, startPhone(b, viewport, mode));
  return phones.get(key)!;
}

/** Where the page's title starts: its h1, or on the home page (whose h1 is for screen readers) the first visible heading in main. */
async function titleTop(page: Page): Promise<number> {
  return page.evaluate(() => {
    const visible = [...document.querySelectorAll('main h1, main h2')].find(
      (h) => h.getBoundingClientRect().height > 2,
    );
    if (!visible) throw new Error('no visible heading in main');
    return Math.round(visible.getBoundingClientRect().top);
  });
}

describe('the first screen of a phone', () => {
  const pages = { article, news: newsArticle, home: '/', search: '/search/' };
  for (const viewport of VIEWPORTS) {
    for (const mode of ['default', 'elderly'] as const) {
      for (const [name, path] of Object.entries(pages)) {
        it(`${name} at ${viewport.width}×${viewport.height} in the ${mode} mode: the title starts within ${name === 'home' ? 'the first screen' : `${TITLE_LIMIT[mode]} px`}`, async () => {
          const page = await openPhone(browser(), viewport, mode);
          await page.goto(origin + path);
          const top = await titleTop(page);
          await page.screenshot({ path: join(OUT, `${name}-${viewport.width}-${mode}.png`) });
          console.log(
            `first screen: ${name} ${viewport.width}×${viewport.height} ${mode}: title at ${top} px`,
          );
          // The home page's "title" is the pinned letter under the slogan: it must be on the first screen.
          expect(top).toBeLessThanOrEqual(
            name === 'home' ? viewport.height - 100 : TITLE_LIMIT[mode],
          );
        });
      }

      it(`at ${viewport.width}×${viewport.height} in the ${mode} mode: the hotline is on the first screen and every navigation item one tap away`, async () => {
        const page = await openPhone(browser(), viewport, mode);
        await page.goto(origin + article);
        const call = page.locator('header a[href^="tel:"]');
        const callBox = await call.boundingBox();
        expect(callBox && callBox.y + callBox.height).toBeLessThanOrEqual(viewport.height);
        expect(callBox?.height).toBeGreaterThanOrEqual(mode === 'elderly' ? 60 : 44);
        // The menu is a <details>: its <summary> is the button.
        const menu = page.locator('header summary', { hasText: '菜单' });
        await menu.click();
        await page.screenshot({ path: join(OUT, `menu-${viewport.width}-${mode}.png`) });
        const navigation = page.getByRole('navigation', { name: '主导航' });
        for (const item of getMainNavigation()) {
          const link = navigation.getByRole('link', { name: item.label, exact: true });
          const box = await link.boundingBox();
          expect(box, item.label).not.toBeNull();
          // On screen without scrolling sideways or down.
          expect(box!.x + box!.width, item.label).toBeLessThanOrEqual(viewport.width);
          expect(box!.y + box!.height, item.label).toBeLessThanOrEqual(viewport.height);
        }
        expect(
          await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          ),
        ).toBeLessThanOrEqual(0);
      });
    }
  }
});
