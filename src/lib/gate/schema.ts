import { z } from 'astro/zod';
import { cmsSchemaHelpers } from '../cms/stand-ins.ts';
import { labelPath } from '../cms/validate.ts';
import { describe } from '../cms/zod-introspect.ts';
import type { ContentModel } from '../cms/config.ts';
import { contentModel } from '../../schemas/index.ts';
import type { ParsedYaml, Place } from './parse.ts';
import type { LocalFinding } from './report.ts';
import type { EntryInfo } from './structure.ts';

/**
 * The collection's own schema (src/schemas), over the data exactly as Astro
 * reads it (js-yaml), with each message at the line of its field: what the
 * build would refuse, said before the build and in the gate's format. The
 * CMS runs the same schema before each save (src/lib/cms/validate.ts).
 */

/** The schema of the value at `path`, looking through optional and default wrappers. */
function schemaAt(schema: z.ZodType, path: readonly (string | number)[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    if (!current) return undefined;
    const d = describe(current);
    // Own fields only: a key such as __proto__ or constructor names no field, whatever the shape object inherits.
    if (d.shape.type === 'object' && typeof key === 'string')
      current = Object.hasOwn(d.shape.shape, key) ? d.shape.shape[key] : undefined;
    else if (d.shape.type === 'array' && typeof key === 'number') current = d.shape.element;
    else return undefined;
  }
  return current;
}

/** The nearest written place of `path` or of a field above it. */
function placeFor(yaml: ParsedYaml, path: readonly PropertyKey[]): Place {
  const keys = path.filter(
    (k): k is string | number => typeof k === 'string' || typeof k === 'number',
  );
  for (let n = keys.length; n > 0; n--) {
    const place = yaml.placeOf(keys.slice(0, n));
    if (place) return place;
  }
  return { line: 1, column: 1 };
}

const model = contentModel as unknown as ContentModel;

// Each collection's schema, made once: building zod schemas costs more than checking an entry.
const schemas = new Map<string, z.ZodType>();
const schemaOf = (name: string): z.ZodType | undefined => {
  const collection = model[name];
  if (!collection) return undefined;
  let schema = schemas.get(name);
  if (!schema) schemas.set(name, (schema = collection.schema(cmsSchemaHelpers)));
  return schema;
};

const realDay = /^\d{4}-\d{2}-\d{2}$/;

/** Findings of the entry's collection schema; none for a file that is not an entry of a collection. */
export function checkSchema(entry: EntryInfo, yaml: ParsedYaml): LocalFinding[] {
  const schema =
    entry.collection === null || entry.id === null ? undefined : schemaOf(entry.collection);
  if (!schema) return [];
  // A file that does not parse is reported as such; an empty one is checked as the empty entry it is.
  if (yaml.problems.some((p) => p.rule === undefined)) return [];
  const findings: LocalFinding[] = [];
  const result = schema.safeParse(yaml.data ?? {}, { error: z.locales.zhCN().localeError });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const where = labelPath(schema, issue.path).join(' › ');
      findings.push({
        ...placeFor(yaml, issue.path),
        rule: 'schema',
        severity: 'error',
        message: where ? `${where}:${issue.message}` : issue.message,
      });
    }
  }
  // A date field takes a day written YYYY-MM-DD: any other text is turned into a date by guesswork
  // ("2026/2/30" becomes 3月2日), and the unreal days among YYYY-MM-DD are reported as invalid-date.
  for (const s of yaml.strings) {
    const field = schemaAt(schema, s.path);
    if (field && describe(field).shape.type === 'date' && !realDay.test(s.value.trim())) {
      findings.push({
        line: s.line,
        column: s.column,
        rule: 'invalid-date',
        severity: 'error',
        message: `日期“${s.value}”要写成 YYYY-MM-DD,例如 2026-06-01`,
      });
    }
  }
  // Nor anything YAML reads as another value: a number (20260601 becomes a moment of 1970 for
  // the schema's date coercion), or a timestamp with a time of day (shown as the day of its UTC
  // instant, the day before or after the one written).
  for (const { path, value } of valuesOfDateFields(schema, yaml.data)) {
    const problem = notADay(value);
    if (problem)
      findings.push({
        ...placeFor(yaml, path),
        rule: 'invalid-date',
        severity: 'error',
        message: problem,
      });
  }
  return findings;
}

/** Every value written for a date field of `schema` in `data` (as Astro read it), with its path. */
function valuesOfDateFields(
  schema: z.ZodType,
  data: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; value: unknown }[] {
  if (data === undefined || data === null) return [];
  const shape = describe(schema).shape;
  if (shape.type === 'date') return [{ path, value: data }];
  if (
    shape.type === 'object' &&
    typeof data === 'object' &&
    !Array.isArray(data) &&
    !(data instanceof Date)
  ) {
    const record = data as Record<string, unknown>;
    return Object.entries(shape.shape).flatMap(([key, field]) =>
      Object.hasOwn(record, key) ? valuesOfDateFields(field, record[key], [...path, key]) : [],
    );
  }
  if (shape.type === 'array' && Array.isArray(data))
    return data.flatMap((item, i) => valuesOfDateFields(shape.element, item, [...path, i]));
  return [];
}

/** Why a date field's value (not text: text is checked above) is not a day written YYYY-MM-DD, or null. */
function notADay(value: unknown): string | null {
  if (typeof value === 'string') return null;
  if (value instanceof Date) {
    const isDay =
      value.getUTCHours() === 0 &&
      value.getUTCMinutes() === 0 &&
      value.getUTCSeconds() === 0 &&
      value.getUTCMilliseconds() === 0;
    return isDay
      ? null
      : `日期只写 YYYY-MM-DD,不要写时间:写了时间和时区,网站显示的可能是前一天或后一天(这里是 ${value.toISOString()})`;
  }
  return `日期要写成 YYYY-MM-DD,例如 2026-06-01;“${String(value)}”不是日期(数字会被当作 1970 年的某一刻)`;
}
