import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateArticles, toMdx } from '../../../tools/demo/generate-articles.ts';
import { makeWorkDir } from '../../support/work-dir.ts';

const topics = [
  'chronic-disease',
  'drinking-water',
  'food-safety',
  'hygiene',
  'infectious-disease',
  'mental-health',
  'tobacco-control',
  'vector-control',
  'waste-sorting',
];
const columns = ['campaign', 'exposure', 'health-education', 'radio', 'volunteers'];
const bodyLength = (body: string) =>
  body.replace(/<[^>]+>/g, '').replace(/[\s#\-]|\d+\./g, '').length;

describe('the article generator', () => {
  const articles = generateArticles(400, 7, topics, columns);

  it('gives the same articles for the same seed and others for another seed', () => {
    expect(generateArticles(20, 7, topics, columns).map(toMdx)).toEqual(
      articles.slice(0, 20).map(toMdx),
    );
    expect(generateArticles(20, 8, topics, columns).map(toMdx)).not.toEqual(
      articles.slice(0, 20).map(toMdx),
    );
  });

  it('writes articles of about 1,500 characters with headings, lists and both MDX boxes', () => {
    const lengths = articles.map((a) => bodyLength(a.body));
    const mean = lengths.reduce((s, n) => s + n, 0) / lengths.length;
    expect(mean).toBeGreaterThan(1300);
    expect(mean).toBeLessThan(1700);
    for (const a of articles) {
      expect(a.body).toMatch(/^## /m);
      expect(a.body).toMatch(/^(- |1\. )/m);
      expect(a.body).toContain('<Callout type="tip" title="');
      expect(a.body).toContain('<KeyPoints');
    }
  });

  it('spreads them over the collections, topics, columns, audiences and the years 2019 to 2026', () => {
    const of = (folder: string) => articles.filter((a) => a.folder === folder);
    expect(of('health').length).toBeGreaterThan(150);
    expect(of('news').length).toBeGreaterThan(100);
    expect(of('letters').length).toBeGreaterThan(15);
    expect(new Set(of('health').map((a) => a.frontmatter['topic']))).toEqual(new Set(topics));
    expect(new Set(of('news').map((a) => a.frontmatter['column']))).toEqual(new Set(columns));
    expect(
      new Set(of('health').flatMap((a) => a.frontmatter['audiences'] as string[])).size,
    ).toBeGreaterThanOrEqual(7);
    expect(new Set(articles.map((a) => String(a.frontmatter['date']).slice(0, 4)))).toEqual(
      new Set(['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']),
    );
  });

  describe('run as a command', () => {
    const out = join(makeWorkDir('generate-articles'), 'content');
    afterAll(() => rmSync(join(out, '..'), { recursive: true, force: true }));

    it('copies the non-article content and writes files that pass the content gate', () => {
      const run = spawnSync(
        process.execPath,
        ['tools/demo/generate-articles.ts', '--articles', '40', '--out', out],
        { encoding: 'utf8' },
      );
      expect(run.status, run.stderr).toBe(0);
      for (const folder of ['settings', 'topics', 'columns', 'uploads'])
        expect(existsSync(join(out, folder)), folder).toBe(true);
      expect(
        ['health', 'news', 'letters'].reduce((n, f) => n + readdirSync(join(out, f)).length, 0),
      ).toBe(40);
      const gate = spawnSync(process.execPath, ['src/build/check-content.ts', '--dir', out], {
        encoding: 'utf8',
      });
      expect(gate.status, gate.stdout + gate.stderr).toBe(0);
      expect(gate.stdout).toMatch(/0 个错误/);
    });
  });
});
