import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { load } from 'js-yaml';
import { describe as group, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import type { ContentModel } from '../../../src/lib/cms/config.ts';
import { IMAGE_META, cmsSchemaHelpers } from '../../../src/lib/cms/stand-ins.ts';
import { describe } from '../../../src/lib/cms/zod-introspect.ts';
import { contentModel, type CollectionName } from '../../../src/schemas/index.ts';
import { checkInMemory } from './helpers.ts';

/**
 * Every URL of the content model is http(s), mailto or tel, or a path of the
 * site: in the schemas (so the CMS and Astro refuse the rest too) and in the
 * gate, frontmatter and data files alike.
 */
const dangerous = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/x',
];

interface Leaf {
  path: string;
  schema: z.ZodType;
}

/** Every string field of a schema, with its dotted path (`sources[].url`). */
function stringLeaves(schema: z.ZodType, path = ''): Leaf[] {
  const d = describe(schema);
  if (d.shape.type === 'object')
    return Object.entries(d.shape.shape).flatMap(([k, v]) =>
      stringLeaves(v, path ? `${path}.${k}` : k),
    );
  if (d.shape.type === 'array') return stringLeaves(d.shape.element, `${path}[]`);
  return d.shape.type === 'string' ? [{ path, schema }] : [];
}

/** Fields whose value a page turns into a link or a file: by their format, their widget, or their name. */
const isAddress = (leaf: Leaf) => {
  const d = describe(leaf.schema);
  const name = leaf.path.split('.').at(-1)?.replace('[]', '') ?? '';
  return (
    (d.shape.type === 'string' && d.shape.format === 'url') ||
    d.meta['widget'] === 'file' ||
    d.meta['widget'] === 'image' ||
    d.meta[IMAGE_META] === true ||
    /(^|[a-z])(url|href|link|src|file|poster|captions)$/i.test(name)
  );
};

group('URL fields of the content model', () => {
  const collections = Object.keys(contentModel) as CollectionName[];
  const leaves = collections.flatMap((c) =>
    stringLeaves((contentModel as unknown as ContentModel)[c]!.schema(cmsSchemaHelpers)).map(
      (l) => ({ ...l, collection: c }),
    ),
  );
  const addresses = leaves.filter(isAddress);

  it('are found (sources, site address, attachments, downloads, media, covers, vocabulary sources)', () => {
    const names = addresses.map((a) => `${a.collection}.${a.path}`);
    for (const expected of [
      'health.sources[].url',
      'settings.siteUrl',
      'letters.attachments[].file',
      'downloads.file',
      'news.video.src',
      'news.audio.src',
      'health.cover.src',
    ]) {
      expect(names).toContain(expected);
    }
  });

  it.each(addresses.map((a) => [`${a.collection}.${a.path}`, a] as const))(
    '%s refuses script, data and file URLs in its schema',
    (_, leaf) => {
      // Images are Astro's image() (a file next to the entry), which the gate checks against content/uploads.
      if (describe(leaf.schema).meta[IMAGE_META] === true) return;
      for (const url of dangerous) expect(leaf.schema.safeParse(url).success, url).toBe(false);
    },
  );

  it('web addresses take only http and https', () => {
    for (const leaf of addresses.filter(
      (a) =>
        describe(a.schema).shape.type === 'string' &&
        (describe(a.schema).shape as { format?: string }).format === 'url',
    )) {
      // The site's own address is a domain only: the path a portal 专栏 sits under is basePath.
      const page = leaf.path === 'siteUrl' ? 'https://www.who.int/' : 'https://www.who.int/zh/';
      expect(leaf.schema.safeParse(page).success, leaf.path).toBe(true);
      expect(leaf.schema.safeParse('ftp://example.org/').success, leaf.path).toBe(false);
    }
  });
});

group('the gate refuses a dangerous URL in every address field of the demo content', () => {
  const root = 'content';
  const files: { contentPath: string; text: string }[] = [];
  for (const folder of Object.values(contentModel).map((c) => c.folder)) {
    for (const name of readdirSync(join(root, folder)).sort())
      files.push({
        contentPath: `${folder}/${name}`,
        text: readFileSync(join(root, folder, name), 'utf8'),
      });
  }

  /** Dotted paths (with list indexes) of every string whose key names an address, in `data`. */
  const addressPaths = (data: unknown, path: (string | number)[] = []): (string | number)[][] => {
    if (Array.isArray(data)) return data.flatMap((v, i) => addressPaths(v, [...path, i]));
    if (data && typeof data === 'object' && !(data instanceof Date))
      return Object.entries(data).flatMap(([k, v]) => addressPaths(v, [...path, k]));
    const key = String(path.findLast((p) => typeof p === 'string') ?? '');
    return typeof data === 'string' &&
      /(^|[a-z])(url|href|link|src|file|poster|captions)$/i.test(key)
      ? [path]
      : [];
  };

  // Each address field once, in the first file that has it: sources.0.url of one health article is
  // checked as sources.1.url of another would be (a gate run parses a whole article).
  const seen = new Set<string>();
  const cases = files.flatMap((f) => {
    const isMdx = f.contentPath.endsWith('.mdx');
    const [, yamlText = '', body = ''] = isMdx
      ? (/^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(f.text) ?? [])
      : [null, f.text, ''];
    const field = (path: (string | number)[]) =>
      `${f.contentPath.split('/')[0]}:${path.map((p) => (typeof p === 'number' ? '[]' : p)).join('.')}`;
    return addressPaths(load(yamlText))
      .filter((path) => !seen.has(field(path)) && seen.add(field(path)))
      .map((path) => ({ ...f, path, isMdx, yamlText, body }));
  });

  it('has address fields to try', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  it.each(cases.map((c) => [`${c.contentPath} ${c.path.join('.')}`, c] as const))('%s', (_, c) => {
    for (const url of dangerous) {
      const doc = parseDocument(c.yamlText);
      doc.setIn(c.path, url);
      const yaml = stringify(doc.toJS(), { lineWidth: 0 });
      const text = c.isMdx ? `---\n${yaml}---\n${c.body}` : yaml;
      const errors = checkInMemory({ [c.contentPath]: text }).findings.filter(
        (f) => f.severity === 'error' && (f.rule === 'unsafe-url' || f.rule === 'schema'),
      );
      expect(errors.length, `${url} passed`).toBeGreaterThan(0);
    }
  });
});
