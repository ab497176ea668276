import { parse, stringify } from 'yaml';
import { SLUG_FIELD } from './slug-field.ts';

/**
 * How the CMS reads and writes content files: `.mdx` with YAML frontmatter
 * and `.yaml` data files. Registered with Decap as custom formats (so the
 * same code runs in the browser and in tests), it
 * - reads YAML 1.2 like the site does, keeping dates such as 2026-03-10 as
 *   text that the date widget shows and writes back unchanged;
 * - writes keys in the order of the collection's fields, never folds long
 *   Chinese lines, trims text (as every schema does) and drops values left
 *   empty (an empty optional field is an absent one, as the schemas expect);
 * - never writes the transient file-name key (`_slug`).
 */

export type EntryData = Record<string, unknown>;

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

function asRecord(value: unknown): EntryData {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as EntryData) : {};
}

/** `{ ...frontmatter, body }` of an .mdx file. */
export function parseMdxFile(content: string): EntryData {
  const text = content.replace(/^\uFEFF/, '');
  const match = FRONTMATTER.exec(text);
  if (!match) return { body: text };
  const body = text.slice(match[0].length).replace(/^(?:[ \t]*\r?\n)+/, '');
  return { ...asRecord(parse(match[1] ?? '')), body };
}

/** The data of a .yaml file. */
export function parseYamlFile(content: string): EntryData {
  return asRecord(parse(content.replace(/^\uFEFF/, '')));
}

const isEmpty = (v: unknown): boolean =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' && v.trim() === '') ||
  (typeof v === 'object' &&
    !Array.isArray(v) &&
    !(v instanceof Date) &&
    Object.keys(v as object).length === 0);

/**
 * `value` with text trimmed (every schema trims), without empty strings,
 * nulls and objects left empty; lists keep their length.
 */
export function pruneEmpty(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(pruneEmpty);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value && typeof value === 'object') {
    const out: EntryData = {};
    for (const [k, v] of Object.entries(value)) {
      const pruned = pruneEmpty(v);
      if (!isEmpty(pruned)) out[k] = pruned;
    }
    return out;
  }
  return value;
}

/** `data` with keys in `order` first, then the rest as they came; without `_slug`. */
function ordered(data: EntryData, order: readonly string[] = []): EntryData {
  const out: EntryData = {};
  for (const key of order) if (key in data && key !== SLUG_FIELD) out[key] = data[key];
  for (const [key, value] of Object.entries(data))
    if (!(key in out) && key !== SLUG_FIELD) out[key] = value;
  return out;
}

function toYaml(data: EntryData): string {
  if (Object.keys(data).length === 0) return '';
  return stringify(data, { lineWidth: 0, minContentWidth: 0 });
}

/** The .yaml file for `data`. */
export function serializeYamlFile(data: EntryData, order?: readonly string[]): string {
  return toYaml(asRecord(pruneEmpty(ordered(data, order))));
}

/** The .mdx file for `data` (frontmatter, a blank line, then `data.body`). */
export function serializeMdxFile(data: EntryData, order?: readonly string[]): string {
  const { body, ...front } = data;
  const yaml = toYaml(asRecord(pruneEmpty(ordered(front, order))));
  const text =
    typeof body === 'string' ? body.replace(/^(?:[ \t]*\r?\n)+/, '').replace(/\s+$/, '') : '';
  return `---\n${yaml}---\n${text ? `\n${text}\n` : ''}`;
}
