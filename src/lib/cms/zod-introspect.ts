import type { z } from 'astro/zod';

/**
 * A read-only view of a zod 4 schema for the CMS-config generator: what kind
 * of value it is, whether it may be left out, its default, its `.meta()` and
 * its checks with their Chinese messages. zod 4 keeps all of this in
 * `schema._zod.def` (the part of zod meant for tools like this one); this
 * file is the only place that reads it.
 */

/** The checks the generator understands; anything else (refine, transforms) is left to the preSave check. */
export type Check =
  | { kind: 'min_length'; value: number; message?: string | undefined }
  | { kind: 'max_length'; value: number; message?: string | undefined }
  | { kind: 'regex'; pattern: RegExp; message?: string | undefined }
  | { kind: 'trim' }
  | { kind: 'int' }
  | { kind: 'min'; value: number; inclusive: boolean; message?: string | undefined }
  | { kind: 'max'; value: number; inclusive: boolean; message?: string | undefined };

export type Shape =
  | { type: 'string'; format?: 'url' | 'email' | undefined }
  | { type: 'number' }
  | { type: 'boolean' }
  | { type: 'date' }
  | { type: 'enum'; options: string[] }
  | { type: 'array'; element: z.ZodType }
  | { type: 'object'; shape: Record<string, z.ZodType> }
  | { type: 'unsupported'; zodType: string };

export interface Described {
  shape: Shape;
  /** False when the key may be left out of the file (optional or with a default). */
  required: boolean;
  default?: unknown;
  /** `.meta()` of every wrapper, the outermost winning. */
  meta: Record<string, unknown>;
  checks: Check[];
  /** The message zod gives when the value is missing or of the wrong type. */
  typeMessage?: string | undefined;
}

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  error?: (issue: unknown) => unknown;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string | number>;
  checks?: { _zod: { def: CheckDef } }[];
  defaultValue?: unknown;
  format?: string;
  pattern?: RegExp;
  error?: (issue: unknown) => unknown;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The message a zod `error` option holds, or undefined. */
function messageOf(error: ((issue: unknown) => unknown) | undefined): string | undefined {
  if (!error) return undefined;
  const result = error({});
  if (typeof result === 'string') return result;
  if (
    result &&
    typeof result === 'object' &&
    typeof (result as { message?: unknown }).message === 'string'
  ) {
    return (result as { message: string }).message;
  }
  return undefined;
}

function readChecks(def: Def): Check[] {
  const checks: Check[] = [];
  for (const { _zod } of def.checks ?? []) {
    const c = _zod.def;
    const message = messageOf(c.error);
    if (c.check === 'overwrite') checks.push({ kind: 'trim' });
    else if (c.check === 'min_length' && c.minimum !== undefined)
      checks.push({ kind: 'min_length', value: c.minimum, message });
    else if (c.check === 'max_length' && c.maximum !== undefined)
      checks.push({ kind: 'max_length', value: c.maximum, message });
    else if (c.check === 'string_format' && c.format === 'regex' && c.pattern)
      checks.push({ kind: 'regex', pattern: c.pattern, message });
    else if (c.check === 'number_format' && (c.format === 'safeint' || c.format === 'int32'))
      checks.push({ kind: 'int' });
    else if (c.check === 'greater_than' && c.value !== undefined)
      checks.push({ kind: 'min', value: c.value, inclusive: c.inclusive ?? true, message });
    else if (c.check === 'less_than' && c.value !== undefined)
      checks.push({ kind: 'max', value: c.value, inclusive: c.inclusive ?? true, message });
  }
  return checks;
}

/** What `schema` accepts, looking through optional/default/nullable wrappers. */
export function describe(schema: z.ZodType): Described {
  let current = schema;
  let required = true;
  let defaultValue: unknown;
  const metas: Record<string, unknown>[] = [];
  for (;;) {
    const meta = (current as unknown as { meta(): Record<string, unknown> | undefined }).meta();
    if (meta) metas.push(meta);
    const def = defOf(current);
    if (
      def.type === 'optional' ||
      def.type === 'nullable' ||
      def.type === 'default' ||
      def.type === 'prefault' ||
      def.type === 'readonly'
    ) {
      if (def.type !== 'nullable' && def.type !== 'readonly') required = false;
      if (def.type === 'default' && defaultValue === undefined) {
        defaultValue =
          typeof def.defaultValue === 'function'
            ? (def.defaultValue as () => unknown)()
            : def.defaultValue;
      }
      current = def.innerType as z.ZodType;
      continue;
    }
    break;
  }
  const def = defOf(current);
  // Outermost meta wins: apply innermost first.
  const meta = Object.assign({}, ...metas.reverse()) as Record<string, unknown>;
  const base = { required, meta, checks: readChecks(def), typeMessage: messageOf(def.error) };
  const withDefault = defaultValue === undefined ? base : { ...base, default: defaultValue };
  switch (def.type) {
    case 'string': {
      const format = def.format === 'url' || def.format === 'email' ? def.format : undefined;
      return { ...withDefault, shape: { type: 'string', format } };
    }
    case 'number':
      return { ...withDefault, shape: { type: 'number' } };
    case 'boolean':
      return { ...withDefault, shape: { type: 'boolean' } };
    case 'date':
      return { ...withDefault, shape: { type: 'date' } };
    case 'enum':
      return {
        ...withDefault,
        shape: { type: 'enum', options: Object.values(def.entries ?? {}).map(String) },
      };
    case 'array':
      return { ...withDefault, shape: { type: 'array', element: def.element as z.ZodType } };
    case 'object':
      return { ...withDefault, shape: { type: 'object', shape: def.shape ?? {} } };
    default:
      return { ...withDefault, shape: { type: 'unsupported', zodType: def.type } };
  }
}
