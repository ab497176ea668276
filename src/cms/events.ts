import type { CMS } from 'decap-cms-core';
import type { Map as ImmutableMap } from 'immutable';
import type { ContentModel } from '../lib/cms/config.ts';
import { SLUG_FIELD } from '../lib/cms/slug-field.ts';
import { identifierField, isSingleton } from '../lib/cms/config.ts';
import { editorMessage } from '../lib/cms/editor-messages.ts';
import {
  parseMdxFile,
  parseYamlFile,
  serializeMdxFile,
  serializeYamlFile,
} from '../lib/cms/format.ts';
import type { GateProblem } from '../lib/cms/gate-check.ts';
import { cmsSchemaHelpers } from '../lib/cms/stand-ins.ts';
import { entryProblems, labelPath } from '../lib/cms/validate.ts';
import { SEE_NOTICE, type NoticeProblem } from './notice.ts';

/**
 * Before every save: give a new entry its file name (pinyin of the title),
 * then check what will be written with the collection's schema and, when it
 * is loaded, the content gate. A failing check stops the save: the problems
 * are shown by field label (`showProblems`, a notice that stays), and
 * Decap's toast only says the save was refused.
 */

/** A further check of the file about to be written: errors stop the save, warnings are shown first. */
export type FileCheck = (file: {
  path: string;
  text: string;
  collection: string;
}) => Promise<{ errors: GateProblem[]; warnings: GateProblem[] }>;

/** How warnings are shown; true to save anyway. */
export type ConfirmWarnings = (warnings: NoticeProblem[]) => boolean;

/** How the problems that stopped a save are shown. */
export type ShowProblems = (problems: NoticeProblem[]) => void;

/** Whether the editor writes the body as raw Markdown (Decap keeps the choice in localStorage). */
const rawBody = () => globalThis.localStorage?.getItem('cms.md-mode') === 'raw';

/** Problems once each (a file can repeat a finding, the schema and the gate can agree). */
function unique(problems: NoticeProblem[]): NoticeProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.label}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Thrown to stop a save; prints without the "Error: " prefix in Decap's toast. */
export class SaveBlocked extends Error {
  override toString(): string {
    return this.message;
  }
}

/** A file name for a title that has no letters or digits at all (e.g. only punctuation). */
function fallbackSlug(now: Date): string {
  return `entry-${now
    .toISOString()
    .slice(0, 19)
    .replace(/[^0-9]/g, '')}`;
}

/** The text Decap will write for `data` (keys in `order`, as Decap passes them), the same function as the registered format. */
export function fileTextOf(
  format: 'mdx' | 'yaml',
  data: Record<string, unknown>,
  order: readonly string[],
): string {
  return format === 'mdx' ? serializeMdxFile(data, order) : serializeYamlFile(data, order);
}

export function registerSaveChecks(
  cms: CMS,
  model: ContentModel,
  contentDir: string,
  fileChecks: FileCheck[] = [],
  confirmWarnings: ConfirmWarnings = () => true,
  showProblems: ShowProblems = () => {},
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
      // The body as the file had it wherever the editor did not change it (Decap rewrites it all).
      const raw = entry.get('raw');
      const body = data.get('body');
      if (model_.format === 'mdx' && typeof raw === 'string' && raw && typeof body === 'string') {
        const { keepUnchangedBlocks } = await import('../lib/cms/keep-unchanged.ts');
        const before = parseMdxFile(raw)['body'];
        if (typeof before === 'string') data = data.set('body', keepUnchangedBlocks(before, body));
      }
      // The fields' order, as in the file Decap writes, so the gate's line numbers match it.
      const schema = model_.schema(cmsSchemaHelpers);
      const order = Object.keys((schema as unknown as { shape: Record<string, unknown> }).shape);
      const labelOf = (field: string | undefined) =>
        field === 'body' ? '正文' : field ? (labelPath(schema, [field])[0] ?? field) : '内容';
      const fromGate = (p: GateProblem): NoticeProblem => {
        const label = labelOf(p.field);
        return {
          field: p.field,
          label,
          message: editorMessage(p.rule, p.message, p.field, label, rawBody()),
        };
      };
      const text = fileTextOf(model_.format, data.toJS() as Record<string, unknown>, order);
      const written = model_.format === 'mdx' ? parseMdxFile(text) : parseYamlFile(text);
      const path = String(
        entry.get('path') || `${contentDir}/${model_.folder}/${slug}.${model_.format}`,
      );
      const verdicts = await Promise.all(
        fileChecks.map((check) => check({ path, text, collection })),
      );
      const problems = unique([
        ...entryProblems(model, collection, written).map((p) => ({
          field: p.field,
          label: p.label ?? '内容',
          message: [...p.inside, p.message].join(':'),
        })),
        ...verdicts.flatMap((v) => v.errors).map(fromGate),
      ]);
      if (problems.length > 0) {
        showProblems(problems);
        throw new SaveBlocked(`有 ${problems.length} 处要先改好,${SEE_NOTICE}`);
      }
      const warnings = unique(verdicts.flatMap((v) => v.warnings).map(fromGate));
      if (warnings.length > 0 && !confirmWarnings(warnings))
        throw new SaveBlocked('没有保存:请先处理内容检查的提醒,再点“保存”');
      return data;
    },
  });
}
