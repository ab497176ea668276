import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { READING_STORAGE_KEY } from '../../../src/lib/reading-settings.ts';

/**
 * axe-core (WCAG 2.2 A/AA) on a page of the built site in Chromium, in one of
 * the reading modes a resident can choose. Shared by the accessibility tests
 * and `npm run audit`.
 */

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Reading modes as the toolbar stores them (see src/lib/reading-settings.ts). */
export const READING_MODES = {
  default: '{}',
  elderly: '{"text-size":"2","spacing":"wide","elderly":"on"}',
  'high-contrast': '{"contrast":"high"}',
} as const;
export type ReadingMode = keyof typeof READING_MODES;

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/** Runs axe on page after page in one reading mode and width. */
export interface AxeChecker {
  /** The violations axe finds on `url`, one readable line block each. */
  check(url: string): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * One browser context in `mode` at `width` px, reused from page to page: a
 * context costs more than the check itself (about 0.4 s of the 0.8 s per page
 * on this machine), and the pages of one mode share its settings anyway.
 */
export async function openAxeChecker(
  browser: Browser,
  mode: ReadingMode,
  width = 1280,
): Promise<AxeChecker> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.addInitScript(
    ([key, stored]) => localStorage.setItem(key!, stored!),
    [READING_STORAGE_KEY, READING_MODES[mode]],
  );
  const page = await context.newPage();
  return { check: (url) => axeViolationsOn(page, url), close: () => context.close() };
}

/** The violations axe finds on `url` in `mode` at `width` px, in a context of its own. */
export async function findAxeViolations(
  browser: Browser,
  url: string,
  mode: ReadingMode,
  width = 1280,
): Promise<string[]> {
  const checker = await openAxeChecker(browser, mode, width);
  try {
    return await checker.check(url);
  } finally {
    await checker.close();
  }
}

async function axeViolationsOn(page: Page, url: string): Promise<string[]> {
  const response = await page.goto(url, { waitUntil: 'load' });
  // A wrong address would check the 404 page instead, and pass.
  if (!response?.ok() && !url.endsWith('/404.html'))
    throw new Error(`axe: ${url} answered ${response?.status() ?? 'nothing'}`);
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(
    (tags) =>
      (
        window as unknown as {
          axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
        }
      ).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((r) => r.violations),
    WCAG_TAGS,
  );
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact}): ${v.help}\n    at ${n.target.join(' ')}\n    ${n.failureSummary.replace(/\n/g, '\n    ')}`,
    ),
  );
}
