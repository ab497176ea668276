import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { SITE_BASE } from '../support/dist.ts';
import { useBrowser } from '../support/use-browser.ts';
import { discoverArticlePages, discoverTemplatePages, READING_MODES, type ReadingMode } from './a11y-templates.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const origin = inject('siteOrigin');
const templates = discoverTemplatePages();
// The build under a portal's base path (the site-base project) repeats every template in the
// elderly mode, whose layout differs most; its markup is the root build's but for the addresses.
// The root build covers the other modes and every article page besides.
const underBase = SITE_BASE !== '/';
const modes = (Object.keys(READING_MODES) as ReadingMode[]).filter((m) => !underBase || m === 'elderly');
const browser = useBrowser();

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/** Runs axe-core on a page in the given reading mode and width; returns the violations, readable. */
async function axeViolations(path: string, mode: ReadingMode, width = 1280): Promise<string[]> {
  const context = await browser().newContext({ viewport: { width, height: 900 } });
  await context.addInitScript((stored) => localStorage.setItem('aa-reading', stored), READING_MODES[mode]);
  const page = await context.newPage();
  try {
    await page.goto(origin + path, { waitUntil: 'load' });
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(
      (tags) => (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((r) => r.violations),
      TAGS,
    );
    return violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help}\n    at ${n.target.join(' ')}\n    ${n.failureSummary.replace(/\n/g, '\n    ')}`),
    );
  } finally {
    await context.close();
  }
}

describe('axe-core finds no WCAG 2.2 A/AA violations', () => {
  it('covers the page templates of the built site', () => {
    const found = templates.map((t) => t.template);
    for (const t of ['/', '/letters/', '/letters/*/', '/health/', '/health/*/', '/health/topics/*/', '/health/audiences/*/', '/news/', '/news/*/', '/news/columns/*/', '/tags/', '/tags/*/', '/downloads/', '/search/', '/404.html', '/posters/letters/*/', '/posters/health/*/']) {
      expect(found).toContain(t);
    }
  });

  for (const mode of modes) {
    describe(`in the ${mode} reading mode`, () => {
      for (const { template, path } of templates) {
        it(`on ${template} (${path})`, async () => {
          expect(await axeViolations(path, mode)).toEqual([]);
        });
      }
    });
  }

  it.skipIf(underBase)('on every article page, on a phone, in the elderly mode', async () => {
    const all: string[] = [];
    for (const path of discoverArticlePages()) {
      for (const v of await axeViolations(path, 'elderly', 390)) all.push(`${path}: ${v}`);
    }
    expect(all).toEqual([]);
  });
});
