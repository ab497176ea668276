import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cmsSchemaHelpers } from '../../../src/lib/cms/stand-ins.ts';
import { handbookSchema } from '../../../src/schemas/handbooks.ts';

const schema = handbookSchema(cmsSchemaHelpers);
const demo = parse(readFileSync('content/handbooks/chuangwei-shouce.yaml', 'utf8')) as Record<
  string,
  unknown
>;
const problems = (data: Record<string, unknown>) =>
  Object.fromEntries(
    (schema.safeParse(data).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]),
  );

describe('the handbook schema', () => {
  it('accepts the demo handbooks, A5 unless told otherwise, letters before articles', () => {
    const data = schema.parse(demo);
    expect(data.format).toBe('A5');
    expect(data.letters.length + data.articles.length).toBeGreaterThan(2);
    expect(schema.parse({ ...demo, format: undefined }).format).toBe('A5');
    expect(
      schema.parse(parse(readFileSync('content/handbooks/jiankang-duben.yaml', 'utf8'))).format,
    ).toBe('A4');
  });

  it('refuses an empty handbook, another paper size and a missing cover text, in Chinese and by field', () => {
    expect(problems({ ...demo, letters: [], articles: [] })['articles']).toMatch(/至少要收录一篇/);
    expect(problems({ ...demo, format: 'B5' })['format']).toMatch(/开本只能是 A5 或 A4/);
    expect(problems({ ...demo, cover: { src: 'a.png' } })['cover.alt']).toMatch(/替代文字/);
    expect(problems({ ...demo, edition: undefined })['edition']).toMatch(/版次日期/);
  });

  it('refuses an article listed twice (it would be printed twice)', () => {
    expect(
      problems({ ...demo, articles: ['waste-sorting-guide', 'waste-sorting-guide'] })['articles'],
    ).toMatch(/重复/);
  });
});
