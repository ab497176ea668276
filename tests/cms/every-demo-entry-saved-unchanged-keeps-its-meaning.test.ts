import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { contentModel } from '../../src/schemas/index.ts';
import { launchBrowser } from '../support/browser.ts';
import { parseMdxFile, parseYamlFile } from '../../src/lib/cms/format.ts';
import { cmsSchemaHelpers } from '../../src/lib/cms/stand-ins.ts';
import { FIRST_TEXT_FIELD, openAdmin, openEntryShowing, saveEntry, typeAtEndOfBody } from './support/admin.ts';
import { meaningOf } from './support/meaning.ts';
import { execFileSync } from 'node:child_process';

/**
 * Every demo entry, opened in the CMS, touched (a character typed and
 * deleted in its first field and, for articles, at the end of the body, so
 * that Decap serializes the whole entry again) and saved as a draft: the
 * draft's file means what the original meant: same values, same body tree,
 * same components.
 */
const { origin, decapUrl, repoDir } = inject('cms');
const limit = Number(process.env['CMS_ROUNDTRIP_LIMIT'] ?? Infinity);

interface DemoEntry {
  collection: string;
  /** Decap's slug: the file name without extension. */
  slug: string;
  path: string;
}

function demoEntries(): DemoEntry[] {
  return Object.entries(contentModel).flatMap(([collection, c]) => {
    const dir = join(repoDir, 'content', c.folder);
    const ext = c.format === 'mdx' ? '.mdx' : '.yaml';
    return readdirSync(dir)
      .filter((f) => f.endsWith(ext))
      .sort()
      .map((f) => ({ collection, slug: f.slice(0, -ext.length), path: `content/${c.folder}/${f}` }));
  });
}

let browser: Browser;
let page: Page;
const warnings: string[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
  page = (await openAdmin(browser, origin, decapUrl)).page;
  // The content gate's warnings (e.g. a review date that has passed) ask before saving: the editor says yes.
  page.on('dialog', async (dialog) => {
    warnings.push(dialog.message());
    await dialog.accept();
  });
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Decap only saves what changed, and decap-server cannot commit a save that
 * changes no byte, so the one real edit is the last character of the first
 * field (same length, so every limit still holds); the comparison puts the
 * original value back. For articles a character is also typed and deleted
 * at the end of the body, so the rich-text editor writes the body out again.
 */
async function touch(page: Page, first: string, isArticle: boolean): Promise<string> {
  const edited = `${first.slice(0, -1)}${first.endsWith('测') ? '试' : '测'}`;
  await page.locator(FIRST_TEXT_FIELD).first().fill(edited);
  if (isArticle) {
    await typeAtEndOfBody(page, '改');
    await page.keyboard.press('Backspace');
  }
  return edited;
}

/** The entry's first form field: its schema's first key (title, name, intro …) and value. */
function firstField(entry: DemoEntry): { key: string; value: string } {
  const model = contentModel[entry.collection as keyof typeof contentModel];
  const key = Object.keys((model.schema as (h: typeof cmsSchemaHelpers) => { shape: Record<string, unknown> })(cmsSchemaHelpers).shape)[0] ?? '';
  const text = readFileSync(join(repoDir, entry.path), 'utf8');
  const data = entry.path.endsWith('.mdx') ? parseMdxFile(text) : parseYamlFile(text);
  return { key, value: String(data[key] ?? '') };
}

const entries = demoEntries().slice(0, limit);

test(`the ${entries.length} demo entries keep their meaning when saved from the CMS`, { timeout: 600_000 }, async () => {
  const differences: string[] = [];
  const timings: number[] = [];
  for (const entry of entries) {
    const started = Date.now();
    const { key, value } = firstField(entry);
    await openEntryShowing(page, entry.collection, entry.slug, value);
    await touch(page, value, entry.path.endsWith('.mdx'));
    await saveEntry(page);
    const branch = `cms/${entry.collection}/${entry.slug}`;
    const saved = execFileSync('git', ['show', `${branch}:${entry.path}`], { cwd: repoDir, encoding: 'utf8' });
    const original = readFileSync(join(repoDir, entry.path), 'utf8');
    const before = meaningOf(entry.path, original);
    const after = meaningOf(entry.path, saved);
    // The one edit made on purpose: put the first field back before comparing.
    if (after.data && typeof after.data === 'object' && !Array.isArray(after.data)) after.data[key] = value;
    try {
      expect(after.data, `${entry.path}: values`).toEqual(before.data);
      expect(after.components, `${entry.path}: components`).toEqual(before.components);
      expect(after.body, `${entry.path}: body`).toEqual(before.body);
    } catch (error) {
      differences.push(String(error).slice(0, 2000));
      mkdirSync('test-results/cms/roundtrip', { recursive: true });
      const { writeFileSync } = await import('node:fs');
      writeFileSync(`test-results/cms/roundtrip/${entry.collection}-${entry.slug}.saved`, saved);
    }
    timings.push(Date.now() - started);
  }
  process.stdout.write(`round trip: ${entries.length} entries, ${timings.reduce((a, b) => a + b, 0)} ms (max ${Math.max(...timings)} ms), ${warnings.length} gate warning dialogs\n`);
  expect(differences).toEqual([]);
});
