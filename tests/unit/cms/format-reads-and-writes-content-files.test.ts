import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  parseMdxFile,
  parseYamlFile,
  pruneEmpty,
  serializeMdxFile,
  serializeYamlFile,
} from '../../../src/lib/cms/format.ts';
import { SLUG_FIELD } from '../../../src/lib/cms/slug.ts';
import { contentModel, getContentDir } from '../../../src/schemas/index.ts';
import { meaningOf } from '../../cms/support/meaning.ts';

const contentDir = getContentDir();
const files = Object.values(contentModel).flatMap((c) => {
  const ext = c.format === 'mdx' ? '.mdx' : '.yaml';
  return readdirSync(join(contentDir, c.folder))
    .filter((f) => f.endsWith(ext))
    .map((f) => `${c.folder}/${f}`);
});

describe('every content file read and written by the CMS format means the same', () => {
  test.each(files)('%s', (path) => {
    const text = readFileSync(join(contentDir, path), 'utf8');
    const written = path.endsWith('.mdx')
      ? serializeMdxFile(parseMdxFile(text))
      : serializeYamlFile(parseYamlFile(text));
    expect(meaningOf(path, written)).toEqual(meaningOf(path, text));
  });
});

test('frontmatter: field order first, dates and numbers-as-text kept, long Chinese lines never folded', () => {
  const summary =
    '创建省级卫生城市指挥部致全市居民：创城为民、创城靠民，请您做创城的宣传者、践行者、参与者和监督者，共建整洁、文明、健康的家园。';
  const text = serializeMdxFile(
    { body: '正文\n', number: '12345', summary, date: '2026-03-10', title: ' 标题 ' },
    ['title', 'date', 'summary'],
  );
  expect(text).toBe(
    `---\ntitle: 标题\ndate: 2026-03-10\nsummary: ${summary}\nnumber: "12345"\n---\n\n正文\n`,
  );
});

test('empty optional values are left out, lists keep their items, the file-name key is never written', () => {
  expect(
    pruneEmpty({ a: '', b: null, c: { src: '', alt: ' ' }, d: [], e: ['x', ''], f: false, g: 0 }),
  ).toEqual({ d: [], e: ['x', ''], f: false, g: 0 });
  expect(serializeYamlFile({ name: '名称', [SLUG_FIELD]: 'ming-cheng' })).toBe('name: 名称\n');
});

test('a body is written after one blank line and ends with a newline', () => {
  expect(serializeMdxFile({ title: 't', body: '\n\n第一段\n\n' })).toBe(
    '---\ntitle: t\n---\n\n第一段\n',
  );
  expect(parseMdxFile('---\ntitle: t\n---\n\n第一段\n')).toEqual({ title: 't', body: '第一段\n' });
  expect(parseMdxFile('没有 frontmatter')).toEqual({ body: '没有 frontmatter' });
});
