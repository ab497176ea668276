import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from '../../tools/support/browser.ts';
import { openAdmin, openEntry, saveEntry } from './support/admin.ts';

/**
 * A reviewer reads the editor's change in Git: two small edits to an
 * article (a word added in two paragraphs) must change those two lines, not
 * re-mark every list and re-pad every table of the body. The figure (lines
 * changed) is written to test-results/cms/diff-churn.txt.
 */
const { origin, decapUrl, repoDir } = inject('cms');
const SLUG = 'influenza-autumn-winter-respiratory';
const FILE = `content/health/${SLUG}.mdx`;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync('test-results/cms', { recursive: true });
  browser = await launchBrowser();
  page = (await openAdmin(browser, origin, decapUrl)).page;
  page.on('dialog', (dialog) => void dialog.accept());
});
afterAll(async () => {
  await browser?.close();
});

/** Types `text` at the end of the `index`-th top-level paragraph of the body (-1: the last). */
async function typeAtEndOfParagraph(index: number, text: string): Promise<void> {
  await page.evaluate((i) => {
    const editor = document.querySelector<HTMLElement>('[data-slate-editor="true"]');
    const paragraphs = editor ? [...editor.children].filter((c) => c.tagName === 'P') : [];
    const strings = paragraphs.at(i)?.querySelectorAll('[data-slate-string]');
    const node = strings?.[strings.length - 1]?.firstChild;
    if (!editor || !node) throw new Error('no such paragraph');
    editor.focus();
    const range = document.createRange();
    range.setStart(node, node.textContent?.length ?? 0);
    range.collapse(true);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
  }, index);
  await page.waitForTimeout(150);
  await page.keyboard.insertText(text);
  await page.waitForTimeout(150);
}

test('two small edits in the body of an article with lists, a table and a component change two lines', async () => {
  // The article may already have a draft (another test saves every demo entry): this save's own commit is compared.
  await openEntry(page, 'health', SLUG);
  await page.locator('[data-slate-editor="true"]').first().waitFor({ timeout: 60_000 });
  await typeAtEndOfParagraph(0, '请大家重视。');
  await typeAtEndOfParagraph(-1, '祝大家健康。');
  await saveEntry(page);
  const branch = `cms/health/${SLUG}`;
  const numstat = execFileSync('git', ['diff', '--numstat', `${branch}~1`, branch, '--', FILE], {
    cwd: repoDir,
    encoding: 'utf8',
  }).trim();
  const [added = 0, removed = 0] = numstat.split('\t').map(Number);
  const diff = execFileSync('git', ['diff', `${branch}~1`, branch, '--', FILE], {
    cwd: repoDir,
    encoding: 'utf8',
  });
  writeFileSync('test-results/cms/diff-churn.txt', `${FILE}: +${added} -${removed}\n\n${diff}`);
  // The draft goes, so that the round trip of the demo entries (another test) starts from the file on main.
  execFileSync('git', ['branch', '-D', branch], { cwd: repoDir });
  expect(diff).toContain('请大家重视。');
  expect(diff).toContain('祝大家健康。');
  expect({ added, removed }).toEqual({ added: 2, removed: 2 });
});
