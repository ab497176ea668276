import type { Page } from 'playwright-core';
import { listDistFiles } from './dist.ts';

// Path segments that name a kind of page rather than one entry: kept as they are.
const FIXED_SEGMENTS = new Set(['page', 'topics', 'audiences', 'columns', 'tags', 'posters']);

/**
 * The page template a built HTML file comes from, e.g. `health/*` for
 * `health/dengue/index.html` and `health/topics/*` for a topic's list.
 */
export function templateOf(htmlFile: string): string {
  const segments = htmlFile
    .replace(/(^|\/)index\.html$/, '')
    .split('/')
    .filter(Boolean);
  if (segments.length === 0) return htmlFile.endsWith('index.html') ? '/' : htmlFile;
  return segments.map((s, i) => (i === 0 || FIXED_SEGMENTS.has(s) ? s : '*')).join('/');
}

/** The URL path of a built HTML file: `health/x/index.html` → `/health/x/`. */
export function urlPathOf(htmlFile: string): string {
  const path = `/${htmlFile.replace(/(^|\/)index\.html$/, '$1')}`;
  return path
    .split('/')
    .map((s) => encodeURIComponent(decodeURIComponent(s)))
    .join('/');
}

/**
 * One URL path for each page template of the built site (the first in file
 * order), so browser checks cover every kind of page without loading thousands.
 */
export function onePagePerTemplate({ includeAdmin = false } = {}): Map<string, string> {
  const byTemplate = new Map<string, string>();
  for (const file of listDistFiles('.html').sort()) {
    if (!includeAdmin && file.startsWith('admin/')) continue;
    const template = templateOf(file);
    if (!byTemplate.has(template)) byTemplate.set(template, urlPathOf(file));
  }
  return byTemplate;
}

/** Scrolls to the bottom of the page a screen at a time, so lazy images and late scripts load. */
export async function scrollToBottom(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
  });
}
