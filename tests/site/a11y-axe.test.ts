import { afterAll, describe, expect, inject, it } from 'vitest';
import { openAxeChecker, type AxeChecker } from '../../tools/support/site-checks/axe.ts';
import { SITE_BASE } from '../support/dist.ts';
import { useBrowser } from '../support/use-browser.ts';
import {
  discoverArticlePages,
  discoverTemplatePages,
  READING_MODES,
  type ReadingMode,
} from './a11y-templates.ts';

const origin = inject('siteOrigin');
const templates = discoverTemplatePages();
// The build under a portal's base path (the site-base project) repeats every template in the
// elderly mode, whose layout differs most; its markup is the root build's but for the addresses.
// The root build covers the other modes and every article page besides.
const underBase = SITE_BASE !== '/';
const modes = (Object.keys(READING_MODES) as ReadingMode[]).filter(
  (m) => !underBase || m === 'elderly',
);
const browser = useBrowser();

// One context per reading mode and width, from page to page (see openAxeChecker).
const checkers = new Map<string, Promise<AxeChecker>>();
afterAll(async () => {
  for (const checker of checkers.values()) await (await checker).close();
});

/** Runs axe-core on a page (a site path) in the given reading mode and width; returns the violations, readable. */
async function axeViolations(path: string, mode: ReadingMode, width = 1280): Promise<string[]> {
  const key = `${mode}@${width}`;
  if (!checkers.has(key)) checkers.set(key, openAxeChecker(browser(), mode, width));
  return (await checkers.get(key)!).check(origin + path);
}

describe('axe-core finds no WCAG 2.2 A/AA violations', () => {
  it('covers the page templates of the built site', () => {
    const found = templates.map((t) => t.template);
    for (const t of [
      '/',
      '/letters/',
      '/letters/*/',
      '/health/',
      '/health/*/',
      '/health/topics/*/',
      '/health/audiences/*/',
      '/news/',
      '/news/*/',
      '/news/columns/*/',
      '/tags/',
      '/tags/*/',
      '/downloads/',
      '/search/',
      '/404.html',
      '/posters/letters/*/',
      '/posters/health/*/',
      '/handbooks/*/',
    ]) {
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
