import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { parseMdxFile, parseYamlFile } from '../../src/lib/cms/format.ts';
import { cmsSchemaHelpers } from '../../src/lib/cms/stand-ins.ts';
import { contentModel } from '../../src/schemas/index.ts';
import { draftBranch } from '../../tools/dev/drafts.ts';
import { launchBrowser } from '../../tools/support/browser.ts';
import {
  FIRST_TEXT_FIELD,
  openAdmin,
  openEntryShowing,
  saveEntry,
  typeAtEndOfBody,
} from './support/admin.ts';
import { coveringItems, featuresOf, meaningOf, type Meaning } from './support/meaning.ts';

/**
 * Every demo entry, opened in the CMS and saved (as a draft, on its review
 * branch) means what it meant: the same values, the same body tree, the same
 * components. Bytes may change (see docs/cms.md: key order, list markers,
 * table padding); meaning may not.
 *
 * Decap only saves what changed, and decap-server cannot commit a save that
 * changes no byte, so the one real edit is the last character of the first
 * field (same length, so every limit still holds), put back before comparing;
 * in articles a character is also typed and deleted at the end of the body,
 * so the rich-text editor writes the whole body out again.
 *
 * Entries that are made of the same things take the same paths through
 * Decap's widgets and our serializer, so by default the round trip saves the
 * fewest entries that between them hold every feature of every demo entry in
 * its collection (featuresOf in support/meaning.ts: each value path and type,
 * each node type under its parent, each component attribute, inline markup
 * beside Chinese punctuation, characters that need escaping). CMS_ROUNDTRIP=all
 * saves every entry (as after a change to the serializer); CMS_ROUNDTRIP_LIMIT=n
 * the first n, for a quick run.
 */
const { origin, decapUrl, repoDir } = inject('cms');
const limit = Number(process.env['CMS_ROUNDTRIP_LIMIT'] ?? Infinity);
const everyEntry = process.env['CMS_ROUNDTRIP'] === 'all';
/**
 * Editors working at once (CMS_ROUNDTRIP_EDITORS, default 1). Two were not
 * faster on a loaded two-core machine; the option stays because it also
 * exercises decap-server's guard with saves in parallel.
 */
const WORKERS = Number(process.env['CMS_ROUNDTRIP_EDITORS'] ?? 1);

interface DemoEntry {
  collection: string;
  /** Decap's slug: the file name without extension. */
  slug: string;
  path: string;
}

function demoEntries(): DemoEntry[] {
  return Object.entries(contentModel).flatMap(([collection, c]) => {
    const ext = c.format === 'mdx' ? '.mdx' : '.yaml';
    return readdirSync(join(repoDir, 'content', c.folder))
      .filter((f) => f.endsWith(ext))
      .sort()
      .map((f) => ({
        collection,
        slug: f.slice(0, -ext.length),
        path: `content/${c.folder}/${f}`,
      }));
  });
}

/** The entry's first form field: its schema's first key (title, name, intro …) and value. */
function firstField(entry: DemoEntry): { key: string; value: string } {
  const model = contentModel[entry.collection as keyof typeof contentModel];
  const shape = (
    model.schema as (h: typeof cmsSchemaHelpers) => { shape: Record<string, unknown> }
  )(cmsSchemaHelpers).shape;
  const key = Object.keys(shape)[0] ?? '';
  const text = readFileSync(join(repoDir, entry.path), 'utf8');
  const data = entry.path.endsWith('.mdx') ? parseMdxFile(text) : parseYamlFile(text);
  return { key, value: String(data[key] ?? '') };
}

async function touch(page: Page, first: string, isArticle: boolean): Promise<void> {
  await page
    .locator(FIRST_TEXT_FIELD)
    .first()
    .fill(`${first.slice(0, -1)}${first.endsWith('测') ? '试' : '测'}`);
  if (isArticle) {
    await typeAtEndOfBody(page, '改');
    await page.keyboard.press('Backspace');
  }
}

let browser: Browser;
const pages: Page[] = [];
const warnings: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  for (let i = 0; i < WORKERS; i++) {
    const { page } = await openAdmin(browser, origin, decapUrl);
    // The content gate's warnings (e.g. a review date that has passed) ask before saving: the editor says yes.
    page.on('dialog', async (dialog) => {
      warnings.push(dialog.message());
      await dialog.accept();
    });
    pages.push(page);
  }
});
afterAll(async () => {
  await browser?.close();
});

function entryFeatures(entry: DemoEntry): Set<string> {
  const meaning = meaningOf(entry.path, readFileSync(join(repoDir, entry.path), 'utf8'));
  return new Set([...featuresOf(meaning)].map((feature) => `${entry.collection}: ${feature}`));
}

const allEntries = demoEntries();
const entries = (everyEntry ? allEntries : coveringItems(allEntries, entryFeatures)).slice(
  0,
  limit,
);

function compare(entry: DemoEntry, before: Meaning, after: Meaning): string | undefined {
  try {
    expect(after.data, `${entry.path}: values`).toEqual(before.data);
    expect(after.components, `${entry.path}: components`).toEqual(before.components);
    expect(after.body, `${entry.path}: body`).toEqual(before.body);
    return undefined;
  } catch (error) {
    return String(error).slice(0, 2000);
  }
}

test(
  `the demo entries keep their meaning when saved from the CMS (${entries.length} of ${allEntries.length}, holding every feature of all)`,
  { timeout: 600_000 },
  async () => {
    const differences: string[] = [];
    const started = Date.now();
    const queue = [...entries];
    const work = async (page: Page) => {
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        const { key, value } = firstField(entry);
        await openEntryShowing(page, entry.collection, entry.slug, value);
        await touch(page, value, entry.path.endsWith('.mdx'));
        await saveEntry(page);
        const branch = draftBranch(entry.collection, entry.slug);
        const saved = execFileSync('git', ['show', `${branch}:${entry.path}`], {
          cwd: repoDir,
          encoding: 'utf8',
        });
        const before = meaningOf(entry.path, readFileSync(join(repoDir, entry.path), 'utf8'));
        const after = meaningOf(entry.path, saved);
        // The one edit made on purpose: put the first field back before comparing.
        if (after.data && typeof after.data === 'object' && !Array.isArray(after.data))
          after.data[key] = value;
        const difference = compare(entry, before, after);
        if (difference) {
          differences.push(difference);
          mkdirSync('test-results/cms/roundtrip', { recursive: true });
          writeFileSync(
            `test-results/cms/roundtrip/${entry.collection}-${entry.slug}.saved`,
            saved,
          );
        }
      }
    };
    await Promise.all(pages.map(work));
    process.stdout.write(
      `round trip: ${entries.length} of ${allEntries.length} entries in ${Date.now() - started} ms with ${WORKERS} editors, ${warnings.length} gate warning dialog(s)\n`,
    );
    expect(differences).toEqual([]);
  },
);
