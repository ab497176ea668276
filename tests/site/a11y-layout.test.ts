import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/use-browser.ts';
import { discoverTemplatePages, READING_MODES, type ReadingMode } from './a11y-templates.ts';

const origin = inject('siteOrigin');
const templates = discoverTemplatePages();
const browser = useBrowser();

// One page per reading mode, reused from address to address and width to width: a browser
// context costs more than the checks (about 0.4 s each on this machine). Each check loads its
// page afresh at its width, as a phone of that width would.
const contexts = new Map<ReadingMode, Promise<{ context: BrowserContext; page: Page }>>();
afterAll(async () => {
  for (const opened of contexts.values()) await (await opened).context.close();
});

async function openContext(mode: ReadingMode) {
  const context = await browser().newContext();
  await context.addInitScript(
    (stored) => localStorage.setItem('aa-reading', stored),
    READING_MODES[mode],
  );
  return { context, page: await context.newPage() };
}

async function openPage(
  path: string,
  mode: ReadingMode,
  width: number,
  run: (page: Page) => Promise<void>,
) {
  if (!contexts.has(mode)) contexts.set(mode, openContext(mode));
  const { page } = await contexts.get(mode)!;
  await page.setViewportSize({ width, height: 800 });
  await page.goto(origin + path);
  await run(page);
}

/**
 * Controls and links smaller than `min` CSS px in either dimension. Links
 * set in running text are exempt (WCAG 2.5.8's inline exception: their size
 * is set by the line around them): an inline link whose nearest ancestor with
 * more text than the link has some text of its own, outside any link or
 * control. A list of bare links gets no exemption.
 */
function findSmallTargets(page: Page, min: number): Promise<string[]> {
  return page.evaluate((min) => {
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const ownText = (root: Element) => {
      let text = '';
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.parentElement?.closest('a, button, [aria-hidden="true"]')) text += n.textContent;
      }
      return text.trim();
    };
    const inRunningText = (el: HTMLElement) => {
      if (getComputedStyle(el).display !== 'inline') return false;
      let line = el.parentElement;
      while (line && (line.textContent ?? '').trim() === (el.textContent ?? '').trim())
        line = line.parentElement;
      return !!line && ownText(line) !== '';
    };
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      // Hidden (checkVisibility() also covers a closed <details>), or sr-only until focused.
      if (!el.checkVisibility() || style.visibility === 'hidden' || rect.width <= 1) continue;
      if (inRunningText(el)) continue;
      if (rect.width < min - 0.5 || rect.height < min - 0.5) {
        small.push(
          `${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}" ${Math.round(rect.width)}×${Math.round(rect.height)}`,
        );
      }
    }
    return small;
  }, min);
}

describe('targets are large enough to tap', () => {
  for (const { template, path } of templates) {
    it(`on ${template}: 44 px in the default mode, 60 px in the elderly mode`, async () => {
      const found: string[] = [];
      for (const [mode, min] of [
        ['default', 44],
        ['elderly', 60],
      ] as const) {
        for (const width of [390, 1280]) {
          await openPage(path, mode, width, async (page) => {
            for (const t of await findSmallTargets(page, min))
              found.push(`${mode} @${width}: ${t}`);
          });
        }
      }
      expect(found).toEqual([]);
    });
  }
});

describe('pages reflow without sideways scrolling', () => {
  for (const { template, path } of templates) {
    it(`on ${template}: at 320 px, at 200% zoom of 1280 px, and on a 360 px phone in the elderly mode`, async () => {
      const found: string[] = [];
      for (const [mode, width] of [
        ['default', 320],
        ['default', 640],
        ['elderly', 360],
        ['high-contrast', 320],
      ] as const) {
        await openPage(path, mode, width, async (page) => {
          const overflow = await page.evaluate(() => {
            const doc = document.documentElement;
            if (doc.scrollWidth <= doc.clientWidth + 1) return [];
            // Name the widest culprits to make the failure useful.
            return [...document.body.querySelectorAll('*')]
              .filter(
                (el) =>
                  el.getBoundingClientRect().right > doc.clientWidth + 1 &&
                  !el.closest('table, pre'),
              )
              .slice(0, 5)
              .map(
                (el) =>
                  `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`,
              );
          });
          // Wide tables may scroll inside themselves (WCAG 1.4.10 exempts two-dimensional data).
          for (const o of overflow) found.push(`${mode} @${width}: ${o}`);
        });
      }
      expect(found).toEqual([]);
    });
  }
});
