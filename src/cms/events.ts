import type { CMS } from 'decap-cms-core';
import type { Map as ImmutableMap } from 'immutable';
import type { ContentModel } from '../lib/cms/config.ts';
import { SLUG_FIELD } from '../lib/cms/slug-field.ts';
import { identifierField, isSingleton } from '../lib/cms/config.ts';
import { parseMdxFile, parseYamlFile, serializeMdxFile, serializeYamlFile } from '../lib/cms/format.ts';
import { cmsSchemaHelpers } from '../lib/cms/stand-ins.ts';
import { validateEntryData } from '../lib/cms/validate.ts';

/**
 * Before every save: give a new entry its file name (pinyin of the title),
 * then check what will be written with the collection's schema and, when it
 * is loaded, the content gate. A failing check stops the save; Decap shows
 * the thrown message ("保存内容失败: …").
 */

/** A further check of the file about to be written: errors stop the save, warnings are shown first. */
export type FileCheck = (file: { path: string; text: string; collection: string }) => Promise<{ errors: string[]; warnings: string[] }>;

/** How warnings are shown; true to save anyway. */
export type ConfirmWarnings = (warnings: string[]) => boolean;

/** Thrown to stop a save; prints without the "Error: " prefix in Decap's toast. */
export class SaveBlocked extends Error {
  override toString(): string {
    return this.message;
  }
}

/** A file name for a title that has no letters or digits at all (e.g. only punctuation). */
function fallbackSlug(now: Date): string {
  return `entry-${now.toISOString().slice(0, 19).replace(/[^0-9]/g, '')}`;
}

/** The text Decap will write for `data` (keys in `order`, as Decap passes them), the same function as the registered format. */
export function fileTextOf(format: 'mdx' | 'yaml', data: Record<string, unknown>, order: readonly string[]): string {
  return format === 'mdx' ? serializeMdxFile(data, order) : serializeYamlFile(data, order);
}

export function registerSaveChecks(
  cms: CMS,
  model: ContentModel,
  contentDir: string,
  fileChecks: FileCheck[] = [],
  confirmWarnings: ConfirmWarnings = () => true,
): void {
  // `contentDir` is the repository folder of content, as in the generated config.
  cms.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }) => {
      const collection = String(entry.get('collection'));
      let data = entry.get('data') as ImmutableMap<string, unknown>;
      let slug = String(entry.get('slug') ?? '');
      const model_ = model[collection];
      if (entry.get('newRecord') && model_ && !isSingleton(model_)) {
        const title = String(data.get(identifierField(model_)) ?? '');
        // The pinyin dictionary (about 1 MB) loads only when an entry is first saved.
        const { toPinyinSlug } = await import('../lib/cms/slug.ts');
        slug = toPinyinSlug(title) || fallbackSlug(new Date());
        data = data.set(SLUG_FIELD, slug);
      }
      if (!model_) return data;
      // The fields' order, as in the file Decap writes, so the gate's line numbers match it.
      const order = Object.keys((model_.schema(cmsSchemaHelpers) as unknown as { shape: Record<string, unknown> }).shape);
      const text = fileTextOf(model_.format, data.toJS() as Record<string, unknown>, order);
      const written = model_.format === 'mdx' ? parseMdxFile(text) : parseYamlFile(text);
      const path = String(entry.get('path') || `${contentDir}/${model_.folder}/${slug}.${model_.format}`);
      const verdicts = await Promise.all(fileChecks.map((check) => check({ path, text, collection })));
      const problems = [...validateEntryData(model, collection, written), ...verdicts.flatMap((v) => v.errors)];
      if (problems.length > 0) throw new SaveBlocked(`没有保存,请先改正:\n${problems.map((p) => `· ${p}`).join('\n')}`);
      const warnings = verdicts.flatMap((v) => v.warnings);
      if (warnings.length > 0 && !confirmWarnings(warnings)) throw new SaveBlocked('没有保存:请先处理内容检查的提醒,再点“保存”');
      return data;
    },
  });
}
