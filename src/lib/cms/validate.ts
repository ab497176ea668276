import { z } from 'astro/zod';
import type { ContentModel } from './config.ts';
import { cmsSchemaHelpers } from './stand-ins.ts';
import { describe } from './zod-introspect.ts';

/**
 * The schema check the CMS runs before saving: the collection's own zod
 * schema over what the file will hold, with messages naming each field by
 * its Chinese label (`封面图 › 替代文字:…`). Catches what Decap's form cannot
 * express (a half-filled optional cover, 下次审核日期 before 审核日期).
 */

/** The Chinese labels along `path`: ['cover', 'alt'] → ['封面图', '替代文字']; list items as 第 n 项. */
export function labelPath(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const labels: string[] = [];
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    if (!current) {
      labels.push(String(key));
      continue;
    }
    const d = describe(current);
    if (d.shape.type === 'object' && typeof key === 'string') {
      const child: z.ZodType | undefined = d.shape.shape[key];
      const title = child ? describe(child).meta['title'] : undefined;
      labels.push(typeof title === 'string' ? title : key);
      current = child;
    } else if (d.shape.type === 'array' && typeof key === 'number') {
      labels.push(`第 ${key + 1} 项`);
      current = d.shape.element;
    } else {
      labels.push(String(key));
      current = undefined;
    }
  }
  return labels;
}

/** One thing wrong with an entry: its top-level field (name and label), the labels below it, the message. */
export interface EntryProblem {
  field: string | undefined;
  label: string | undefined;
  /** Labels inside the field, e.g. ['替代文字'] for the cover's alt text, ['第 1 项', '来源链接']. */
  inside: string[];
  message: string;
}

/** What is wrong with `data` as an entry of `collection`; empty when it is valid. */
export function entryProblems(
  model: ContentModel,
  collection: string,
  data: Record<string, unknown>,
): EntryProblem[] {
  const entry = model[collection];
  if (!entry)
    return [
      { field: undefined, label: undefined, inside: [], message: `未知的内容栏目:${collection}` },
    ];
  const schema = entry.schema(cmsSchemaHelpers);
  const { body: _body, ...fields } = data;
  const result = schema.safeParse(fields, { error: z.locales.zhCN().localeError });
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const [label, ...inside] = labelPath(schema, issue.path);
    const first = issue.path[0];
    return {
      field: typeof first === 'string' ? first : undefined,
      label,
      inside,
      message: issue.message,
    };
  });
}

/** Chinese messages for everything wrong with `data` as an entry of `collection`; empty when it is valid. */
export function validateEntryData(
  model: ContentModel,
  collection: string,
  data: Record<string, unknown>,
): string[] {
  return entryProblems(model, collection, data).map((p) => {
    const where = [p.label, ...p.inside].filter(Boolean).join(' › ');
    return where ? `${where}:${p.message}` : p.message;
  });
}
