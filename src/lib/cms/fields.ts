import type { z } from 'astro/zod';
import { caseInsensitiveSource, EMAIL_PATTERN, lengthPattern, URL_PATTERN } from './patterns.ts';
import { IMAGE_META, RELATION_META } from './stand-ins.ts';
import { describe, type Check, type Described } from './zod-introspect.ts';

/**
 * One zod field → one Decap field. Labels and hints come from the field's
 * `.meta({ title, description, widget })`; required-ness from optional and
 * default; options from enums; lengths, ranges and regexes become Decap's
 * `pattern`, `min` and `max`.
 */

/** A Decap field, as it appears in config.yml. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  [option: string]: unknown;
}

export interface RelationTarget {
  /** The field of the target collection shown in the picker. */
  displayField: string;
}

export interface FieldContext {
  /** How a relation to a collection is shown (its identifier field). */
  relationTarget: (collection: string) => RelationTarget;
  /** Where the field sits, for error messages: ['health', 'cover', 'alt']. */
  path: string[];
}

/** A schema the generator cannot express in Decap: fails loudly so the config never silently drifts. */
export class UnsupportedFieldError extends Error {}

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.length > 0 ? v : undefined;

function checkOf<K extends Check['kind']>(
  checks: Check[],
  kind: K,
): Extract<Check, { kind: K }> | undefined {
  return checks.find((c): c is Extract<Check, { kind: K }> => c.kind === kind);
}

/** The Chinese message Decap shows when `pattern` fails. */
function lengthMessage(
  label: string,
  min: number | undefined,
  max: number | undefined,
  messages: (string | undefined)[],
): string {
  const own = messages.filter((m): m is string => Boolean(m));
  if (own.length > 0) return [...new Set(own)].join(';');
  if (min !== undefined && max !== undefined) return `${label}需 ${min}–${max} 个字`;
  if (min !== undefined) return `${label}至少 ${min} 个字`;
  return `${label}不超过 ${max ?? 0} 个字`;
}

const FOLDER_PREFIX = /^\^\\?\/([A-Za-z0-9_-]+)\\?\//;

/** The site folder a path regex such as `^\/downloads\/…` pins files to ('downloads'), if any. */
export function publicFolderOf(re: RegExp): string | undefined {
  return FOLDER_PREFIX.exec(re.source)?.[1];
}

function stringOptions(d: Described, label: string): Partial<CmsField> {
  const out: Partial<CmsField> = {};
  const min = checkOf(d.checks, 'min_length');
  const max = checkOf(d.checks, 'max_length');
  const regex = checkOf(d.checks, 'regex');
  const trim = d.checks.some((c) => c.kind === 'trim');
  if (regex) {
    out.pattern = [caseInsensitiveSource(regex.pattern), regex.message ?? `${label}的格式不对`];
  } else if (d.shape.type === 'string' && d.shape.format === 'url') {
    out.pattern = [
      URL_PATTERN,
      d.typeMessage ?? `${label}必须是以 http:// 或 https:// 开头的完整网址`,
    ];
  } else if (d.shape.type === 'string' && d.shape.format === 'email') {
    out.pattern = [EMAIL_PATTERN, d.typeMessage ?? `${label}必须是电子邮箱地址`];
  } else if ((min && (min.value > 1 || trim)) || max) {
    // A minimum of 1 without trim is what "required" already checks.
    out.pattern = [
      lengthPattern(min?.value, max?.value, trim),
      lengthMessage(label, min?.value, max?.value, [min?.message, max?.message]),
    ];
  }
  return out;
}

function numberOptions(d: Described): Partial<CmsField> {
  const isInt = d.checks.some((c) => c.kind === 'int');
  const out: Partial<CmsField> = { value_type: isInt ? 'int' : 'float' };
  for (const c of d.checks) {
    if (c.kind === 'min') out['min'] = c.inclusive ? c.value : isInt ? c.value + 1 : c.value;
    // zod's int() adds the safe-integer bound; that is no limit an editor needs to see.
    if (c.kind === 'max' && c.value < Number.MAX_SAFE_INTEGER)
      out['max'] = c.inclusive ? c.value : isInt ? c.value - 1 : c.value;
  }
  return out;
}

/** Select options with Chinese labels when the schema gives them (`meta({ optionLabels })`). */
function selectOptions(
  options: string[],
  meta: Record<string, unknown>,
): (string | { label: string; value: string })[] {
  const labels = meta['optionLabels'] as Record<string, string> | undefined;
  if (!labels) return options;
  return options.map((value) => ({ label: labels[value] ?? value, value }));
}

/**
 * A file or image field. When its regex pins it to a folder under public/
 * (`^\/downloads\/…\.pdf$`), uploads go to that folder and the regex, less
 * the folder, checks the file name: Decap validates a file widget's base
 * name, not its path.
 */
function mediaOptions(d: Described, label: string): Partial<CmsField> {
  const regex = checkOf(d.checks, 'regex');
  const out: Partial<CmsField> = { choose_url: false };
  if (!regex) return out;
  const folder = publicFolderOf(regex.pattern);
  let name = regex.pattern;
  if (folder) {
    out['media_folder'] = `/public/${folder}`;
    out['public_folder'] = `/${folder}`;
    name = new RegExp(regex.pattern.source.replace(FOLDER_PREFIX, '^'), regex.pattern.flags);
  }
  out.pattern = [caseInsensitiveSource(name), regex.message ?? `${label}的文件不对`];
  return out;
}

/** The Decap field for `schema` under `name`. */
export function toCmsField(
  name: string,
  schema: z.ZodType,
  ctx: FieldContext,
  fallbackLabel?: string,
): CmsField {
  const d = describe(schema);
  const path = [...ctx.path, name];
  const label = str(d.meta['title']) ?? fallbackLabel ?? name;
  const hint = str(d.meta['description']);
  const widgetHint = str(d.meta['widget']);
  const base: CmsField = { name, label, widget: 'string' };
  if (!d.required) base.required = false;
  if (hint) base.hint = hint;
  if (d.default !== undefined) base.default = d.default;
  const relation = str(d.meta[RELATION_META]);

  if (relation) {
    const { displayField } = ctx.relationTarget(relation);
    return {
      ...base,
      widget: 'relation',
      collection: relation,
      value_field: '{{slug}}',
      search_fields: [displayField],
      display_fields: [displayField],
      options_length: 100,
    };
  }

  switch (d.shape.type) {
    case 'string': {
      if (d.meta[IMAGE_META] === true || widgetHint === 'image')
        return { ...base, widget: 'image', ...mediaOptions(d, label) };
      if (widgetHint === 'file') return { ...base, widget: 'file', ...mediaOptions(d, label) };
      return {
        ...base,
        widget: widgetHint === 'text' ? 'text' : 'string',
        ...stringOptions(d, label),
      };
    }
    case 'date': {
      const field: CmsField = {
        ...base,
        widget: 'datetime',
        format: 'YYYY-MM-DD',
        date_format: 'YYYY-MM-DD',
        time_format: false,
      };
      // Decap fills an empty datetime with "now"; an optional date must start empty.
      if (!d.required && d.default === undefined) field.default = '';
      return field;
    }
    case 'number':
      return { ...base, widget: 'number', ...numberOptions(d) };
    case 'boolean':
      return { ...base, widget: 'boolean', ...(d.default === undefined ? { default: false } : {}) };
    case 'enum':
      return { ...base, widget: 'select', options: selectOptions(d.shape.options, d.meta) };
    case 'object':
      return {
        ...base,
        widget: 'object',
        collapsed: false,
        fields: toCmsFields(d.shape.shape, { ...ctx, path }),
      };
    case 'array':
      return arrayField(base, d, d.shape.element, { ...ctx, path });
    default:
      throw new UnsupportedFieldError(
        `${path.join('.')}: zod type "${d.shape.zodType}" has no Decap widget`,
      );
  }
}

function arrayField(base: CmsField, d: Described, element: z.ZodType, ctx: FieldContext): CmsField {
  const min = checkOf(d.checks, 'min_length')?.value;
  const max = checkOf(d.checks, 'max_length')?.value;
  const counts = { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  // Decap's "required" on a list means "not empty"; zod only asks that when it sets a minimum.
  const required = d.required && (min ?? 0) >= 1;
  const list: CmsField = { ...base, ...counts };
  if (!required) list.required = false;
  else delete list.required;
  if (!d.required && list.default === undefined) list.default = [];
  const item = describe(element);
  if (item.shape.type === 'enum') {
    return {
      ...list,
      widget: 'select',
      multiple: true,
      options: selectOptions(item.shape.options, item.meta),
    };
  }
  if (item.shape.type === 'object') {
    const fields = toCmsFields(item.shape.shape, ctx);
    const first = fields.find((f) => f.widget === 'string' || f.widget === 'text');
    return {
      ...list,
      widget: 'list',
      label_singular: str(item.meta['title']) ?? base.label,
      collapsed: false,
      ...(first ? { summary: `{{fields.${first.name}}}` } : {}),
      fields,
    };
  }
  const single = toCmsField(base.name, element, ctx, base.label);
  // A list item is always there once added; "required" on it is about it being non-empty.
  delete single.required;
  return { ...list, widget: 'list', label_singular: single.label, collapsed: false, field: single };
}

/**
 * The Decap fields of an object shape, each required as the schema says. In
 * an optional object (a cover, a video) Decap would still insist on every
 * required field, so /admin/ checks an optional object's fields only once one
 * of them is filled in (src/cms/optional-objects.ts); the preSave check (the
 * zod schema itself) then catches a half-filled object too.
 */
export function toCmsFields(shape: Record<string, z.ZodType>, ctx: FieldContext): CmsField[] {
  return Object.entries(shape).map(([name, schema]) => toCmsField(name, schema, ctx));
}
