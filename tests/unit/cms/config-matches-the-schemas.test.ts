import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import {
  buildCmsConfig,
  isSingleton,
  type CmsCollectionConfig,
  type ContentModel,
} from '../../../src/lib/cms/config.ts';
import type { CmsField } from '../../../src/lib/cms/fields.ts';
import { cmsSchemaHelpers } from '../../../src/lib/cms/stand-ins.ts';
import { contentModel } from '../../../src/schemas/index.ts';

/**
 * The drift test: the Decap config generated from the content model asks
 * for exactly what the zod schemas accept. The schemas are read here through
 * zod's own public behaviour (JSON Schema and safeParse), not through the
 * generator's reading of zod internals, so the two can catch each other out.
 */
const model = contentModel as unknown as ContentModel;
const singletonFiles = Object.fromEntries(Object.keys(model).map((name) => [name, 'the-file']));
const config = buildCmsConfig(model, {
  backend: { name: 'proxy', proxyUrl: 'http://localhost:8081/api/v1' },
  singletonFiles,
});

type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: string[];
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  default?: unknown;
  title?: string;
};

const schemaOf = (name: string) => model[name]!.schema(cmsSchemaHelpers);
const jsonOf = (name: string) =>
  z.toJSONSchema(schemaOf(name), { unrepresentable: 'any', io: 'input' }) as JsonSchema;

function fieldsOf(collection: CmsCollectionConfig): CmsField[] {
  const files = collection['files'] as { fields: CmsField[] }[] | undefined;
  return (files ? files[0]?.fields : (collection['fields'] as CmsField[])) ?? [];
}

/** Every (path, json schema, cms field) pair, walking objects and lists of objects together. */
function pairs(
  json: JsonSchema,
  fields: CmsField[],
  path: string[],
): {
  path: string;
  json: JsonSchema;
  field: CmsField;
  requiredInZod: boolean;
}[] {
  const out: ReturnType<typeof pairs> = [];
  for (const [key, child] of Object.entries(json.properties ?? {})) {
    const field = fields.find((f) => f.name === key);
    const requiredInZod = (json.required ?? []).includes(key);
    if (!field)
      throw new Error(`${[...path, key].join('.')} is in the schema but not in the CMS config`);
    out.push({ path: [...path, key].join('.'), json: child, field, requiredInZod });
    if (child.type === 'object' && child.properties)
      out.push(...pairs(child, field['fields'] as CmsField[], [...path, key]));
    if (child.type === 'array' && child.items?.type === 'object')
      out.push(...pairs(child.items, field['fields'] as CmsField[], [...path, key, '*']));
  }
  return out;
}

test('every collection of the content model is in the CMS, with its Chinese labels', () => {
  expect(config.collections.map((c) => c.name)).toEqual(Object.keys(model));
  for (const c of config.collections) {
    expect(c.label).toBe(model[c.name]!.label);
    expect(c.label_singular).toBe(model[c.name]!.labelSingular);
  }
});

test('an article body’s preview is sanitised (Decap draws it as HTML in the origin of the editor’s Git token)', () => {
  const bodies = config.collections
    .filter((c) => model[c.name]!.format === 'mdx')
    .map((c) => fieldsOf(c).find((f) => f.name === 'body'));
  expect(bodies.length).toBeGreaterThan(0);
  for (const body of bodies) expect(body?.['sanitize_preview']).toBe(true);
});

describe.each(Object.keys(model))('%s', (name) => {
  const collection = config.collections.find((c) => c.name === name)!;
  const json = jsonOf(name);
  const fields = fieldsOf(collection);
  const all = pairs(json, fields, []);

  test("has exactly the schema's fields (plus the body of an article)", () => {
    const extra = model[name]!.format === 'mdx' ? ['body'] : [];
    expect(fields.map((f) => f.name)).toEqual([...Object.keys(json.properties ?? {}), ...extra]);
  });

  test("labels are the schemas' Chinese titles", () => {
    for (const { path, json: child, field } of all)
      if (child.title) expect(field.label, path).toBe(child.title);
  });

  test('a field is required in the CMS exactly when the schema requires it', () => {
    for (const { path, json: child, field, requiredInZod } of all) {
      const cmsRequired = field.required !== false;
      if (child.type === 'array') {
        // A list Decap requires must not be empty: only when the schema asks for at least one.
        expect(cmsRequired, path).toBe(requiredInZod && (child.minItems ?? 0) >= 1);
      } else {
        // Inside an optional object too (a cover's 替代文字): /admin/ checks such a field once its
        // object is filled in (src/cms/optional-objects.ts), so the form never calls it 可选.
        expect(cmsRequired, path).toBe(requiredInZod);
      }
    }
  });

  test('enums are selects with the same options; lists and numbers keep their limits', () => {
    for (const { path, json: child, field } of all) {
      const values = (field['options'] as (string | { value: string })[] | undefined)?.map((o) =>
        typeof o === 'string' ? o : o.value,
      );
      if (child.enum) expect([field.widget, values], path).toEqual(['select', child.enum]);
      if (child.type === 'array' && child.items?.enum) {
        expect([field.widget, field['multiple'], values], path).toEqual([
          'select',
          true,
          child.items.enum,
        ]);
      }
      if (child.type === 'array') {
        expect(field['min'], `${path} min`).toBe(child.minItems);
        expect(field['max'], `${path} max`).toBe(child.maxItems);
      }
      if (child.type === 'integer' || child.type === 'number') {
        const min =
          child.minimum ??
          (child.exclusiveMinimum === undefined ? undefined : child.exclusiveMinimum + 1);
        expect(field['min'], `${path} min`).toBe(min);
      }
      if (child.default !== undefined)
        expect(field.default, `${path} default`).toEqual(child.default);
    }
  });

  test("a value passes the CMS's pattern exactly when it passes the schema (for what an editor can type)", () => {
    const samples = [
      '',
      ' ',
      'a',
      '标',
      '标题',
      ' 标题 ',
      '十个字十个字十个字十',
      'https://www.chinacdc.cn/',
      'ftp://x',
      'x@example.com',
      'not an email',
      '/downloads/x.pdf',
      '/downloads/X.PDF',
      'x.pdf',
      '创卫手册.pdf',
      '/media/a.mp4',
      '0000-12345678',
      '12345',
      '(0) 123',
    ];
    for (const n of [
      1, 2, 4, 5, 10, 12, 19, 20, 21, 30, 40, 59, 60, 61, 119, 120, 121, 199, 200, 201, 299, 300,
      301,
    ])
      samples.push('字'.repeat(n), ` ${'字'.repeat(n)} `);
    let checked = 0;
    for (const [path, field, zodField] of patternFields(fields, schemaOf(name), name)) {
      const [source] = field.pattern!;
      const regex = new RegExp(source);
      const media = field.widget === 'file' || field.widget === 'image';
      const folder = field['public_folder'] as string | undefined;
      for (const s of samples) {
        if (s === '') continue; // Decap checks patterns on non-empty values only; "required" covers the rest.
        if (media && s.includes('/')) continue;
        // Decap tests a file widget's base name; the file holds the public path.
        const byZod = zodField.safeParse(media && folder ? `${folder}/${s}` : s).success;
        const byCms = regex.test(s);
        if (source.startsWith('^https?')) {
          // For links the CMS is stricter (http/https only): never looser than the schema.
          if (byCms) expect(byZod, `${path} ${JSON.stringify(s)}`).toBe(true);
        } else {
          expect(byCms, `${path} ${JSON.stringify(s)}`).toBe(byZod);
        }
        checked++;
      }
    }
    if (
      fields.some(function has(f): boolean {
        return (
          Boolean(f.pattern) ||
          ((f['fields'] as CmsField[] | undefined) ?? []).some(has) ||
          Boolean((f['field'] as CmsField | undefined)?.pattern)
        );
      })
    )
      expect(checked).toBeGreaterThan(0);
  });
});

type Zod = z.ZodType & {
  def: { type: string; innerType?: Zod; element?: Zod; shape?: Record<string, Zod> };
};

/** The schema without optional/default/nullable wrappers (zod's public `def`). */
function bare(schema: Zod): Zod {
  let s = schema;
  while (['optional', 'default', 'nullable', 'prefault'].includes(s.def.type) && s.def.innerType)
    s = s.def.innerType;
  return s;
}

/** Every CMS field with a pattern, paired with the zod schema of its value, at any depth. */
function patternFields(
  fields: CmsField[],
  schema: z.ZodType,
  path: string,
): [string, CmsField, z.ZodType][] {
  const shape = bare(schema as Zod).def.shape ?? {};
  const out: [string, CmsField, z.ZodType][] = [];
  for (const field of fields) {
    const zodField = shape[field.name];
    if (!zodField) continue;
    const here = `${path}.${field.name}`;
    if (field.pattern) out.push([here, field, zodField]);
    const inner = bare(zodField);
    if (field.widget === 'object')
      out.push(...patternFields(field['fields'] as CmsField[], inner, here));
    if (field.widget === 'list' && inner.def.element) {
      const item = field['field'] as CmsField | undefined;
      if (item?.pattern) out.push([`${here}[]`, item, inner.def.element]);
      if (field['fields'])
        out.push(...patternFields(field['fields'] as CmsField[], inner.def.element, `${here}[]`));
    }
  }
  return out;
}

test('one-file collections are Decap file collections; the others are folders editors add to', () => {
  for (const c of config.collections) {
    const singleton = isSingleton(model[c.name]!);
    expect(Boolean(c['files']), c.name).toBe(singleton);
    expect(c['create'] ?? false, c.name).toBe(!singleton);
  }
});

test('relations are relation widgets onto the collection the schema references', () => {
  const health = fieldsOf(config.collections.find((c) => c.name === 'health')!);
  expect(health.find((f) => f.name === 'topic')).toMatchObject({
    widget: 'relation',
    collection: 'topics',
    value_field: '{{slug}}',
    display_fields: ['name'],
  });
  const news = fieldsOf(config.collections.find((c) => c.name === 'news')!);
  expect(news.find((f) => f.name === 'column')).toMatchObject({
    widget: 'relation',
    collection: 'columns',
  });
});

test('images go to content/uploads as ../uploads/…, PDFs to public/downloads as /downloads/…, both picked, never typed as URLs', () => {
  expect(config).toMatchObject({ media_folder: 'content/uploads', public_folder: '../uploads' });
  const cover = fieldsOf(config.collections.find((c) => c.name === 'health')!).find(
    (f) => f.name === 'cover',
  )!;
  const [src, alt] = cover['fields'] as CmsField[];
  expect(src).toMatchObject({ name: 'src', widget: 'image', choose_url: false });
  expect(alt).toMatchObject({ name: 'alt', label: '替代文字' });
  const attachments = fieldsOf(config.collections.find((c) => c.name === 'letters')!).find(
    (f) => f.name === 'attachments',
  )!;
  expect((attachments['fields'] as CmsField[])[1]).toMatchObject({
    widget: 'file',
    media_folder: '/public/downloads',
    public_folder: '/downloads',
    choose_url: false,
  });
});

test('the review workflow is on, and file names are never typed (pinyin, set once)', () => {
  expect(config['publish_mode']).toBe('editorial_workflow');
  for (const c of config.collections)
    if (!c['files']) expect(c['slug'], c.name).toBe('{{fields._slug}}');
});
