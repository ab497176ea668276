import { describe, expect, it } from 'vitest';
import { defaultSizeLimits } from '../../../src/lib/gate/index.ts';
import { checkFixtureDir, checkInMemory, fixtureDir, frontmatter, notSchema } from './helpers.ts';

const MB = 1024 * 1024;

describe('headings', () => {
  const rules = (body: string) =>
    checkInMemory({ 'a.mdx': frontmatter() + body }).findings.filter(
      (f) => f.rule === 'heading-order',
    );

  it('accepts ## → ### → ## → ###', () => {
    expect(rules('## a\n\n### b\n\n## c\n\n### d\n')).toEqual([]);
  });

  it('rejects a first heading below ##, a jump and a body #', () => {
    expect(rules('### a\n').map((f) => f.line)).toEqual([7]);
    expect(rules('## a\n\n#### b\n').map((f) => f.line)).toEqual([9]);
    expect(rules('# a\n').map((f) => f.line)).toEqual([7]);
  });

  it('counts <KeyPoints> as an h2', () => {
    expect(rules('<KeyPoints>要点</KeyPoints>\n\n### a\n')).toEqual([]);
  });
});

describe('links and attachments', () => {
  const body = (links: string) => `${frontmatter()}## 链接\n\n${links}\n`;

  const fixedPages = [
    '/',
    '/letters/',
    '/health/',
    '/news/',
    '/downloads/',
    '/search/',
    '/tags/',
    '/hotline/',
    '/organisation/',
    '/progress/',
    '/sitemap/',
    '/rss.xml',
    '/news/rss.xml',
  ];

  it('resolves entries, their posters and tags, topics, columns, fixed pages, uploads and downloads', () => {
    const result = checkInMemory(
      {
        'health/wash-hands.mdx':
          frontmatter('topic: hygiene\ntags: [洗手]\nposter: true\n') + '## a\n',
        'topics/hygiene.yaml': 'name: 个人卫生\ndescription: 个人卫生知识\norder: 1\n',
        'columns/campaign.yaml': 'name: 创城专题\ndescription: 创城工作动态\norder: 1\n',
        'letters/x.mdx': body(
          [
            ...fixedPages,
            '/health/wash-hands/',
            '/health/wash-hands',
            '/posters/health/wash-hands/',
            '/tags/洗手/',
            '/tags/%E6%B4%97%E6%89%8B/',
            '/health/topics/hygiene/',
            '/news/columns/campaign/',
            '/health/audiences/elderly/',
            '/downloads/a.pdf',
            '../uploads/a.png',
          ]
            .map((u, i) => `[链接${i}](${u})`)
            .join('\n'),
        ),
      },
      { contentAssets: { 'uploads/a.png': 100 }, publicAssets: { '/downloads/a.pdf': 100 } },
    );
    expect(result.findings.filter(notSchema).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reports broken pages and missing files', () => {
    const result = checkInMemory({
      'letters/x.mdx': body(
        '[a](/news/nothing/)\n[b](/downloads/none.pdf)\n[c](../uploads/none.png)\n[d](../letters/other.mdx)',
      ),
    });
    expect(result.findings.filter(notSchema).map((f) => f.rule)).toEqual([
      'broken-link',
      'attachment-missing',
      'attachment-missing',
      'broken-link',
    ]);
  });

  it('refuses pages the site does not build: an about page, a news poster, the podcast of a column without audio, a poster nobody asked for', () => {
    const result = checkInMemory({
      'columns/campaign.yaml': 'name: 创城专题\ndescription: 创城工作动态\norder: 1\n',
      'news/cleanup.mdx':
        frontmatter('column: campaign\nsource: 本站\nauthor: 创城办\n') + '## a\n',
      'letters/y.mdx': frontmatter(),
      'letters/x.mdx': body(
        '[a](/about/)\n[b](/posters/news/cleanup/)\n[c](/news/columns/campaign/podcast.xml)\n[d](/posters/letters/y/)',
      ),
    });
    expect(
      result.findings
        .filter(notSchema)
        .filter((f) => f.file === 'content/letters/x.mdx')
        .map((f) => [f.rule, f.line]),
    ).toEqual([
      ['broken-link', 9],
      ['broken-link', 10],
      ['broken-link', 11],
      ['broken-link', 12],
    ]);
  });

  it('warns above 5 MB and fails above 10 MB', () => {
    const result = checkInMemory(
      {
        'letters/x.mdx':
          frontmatter(
            'attachments:\n  - title: 大文件\n    file: /downloads/big.pdf\n  - title: 中等文件\n    file: /downloads/mid.pdf\n',
          ) + '## a\n',
      },
      { publicAssets: { '/downloads/big.pdf': 11 * MB, '/downloads/mid.pdf': 6 * MB } },
    );
    expect(result.findings.filter(notSchema).map((f) => [f.rule, f.severity, f.line])).toEqual([
      ['attachment-size', 'error', 7],
      ['attachment-size', 'warning', 9],
    ]);
    expect(defaultSizeLimits).toEqual({ warning: 5 * MB, error: 10 * MB });
  });

  it('size limits are configurable', () => {
    const result = checkInMemory(
      { 'letters/x.mdx': body('[a](/downloads/a.pdf)') },
      { publicAssets: { '/downloads/a.pdf': 2 * MB }, sizeLimits: { warning: MB, error: 3 * MB } },
    );
    expect(result.findings.filter(notSchema).map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('the fixture site', () => {
  const result = checkFixtureDir(`${fixtureDir}/site`);
  const at = (rule: string) =>
    result.findings
      .filter((f) => f.rule === rule)
      .map((f) => `${f.file.replace(`${fixtureDir}/site/`, '')}:${f.line}`);

  it('lists overdue health reviews as warnings', () => {
    expect(at('review-overdue')).toEqual(['health/handwashing-overdue.mdx:12']);
    expect(result.findings.find((f) => f.rule === 'review-overdue')?.severity).toBe('warning');
  });

  it('lists stale and empty columns as warnings', () => {
    expect(at('stale-column')).toEqual(['columns/exposure.yaml:1', 'columns/volunteers.yaml:1']);
  });

  it('takes the stale threshold and today as inputs', () => {
    const relaxed = checkFixtureDir(`${fixtureDir}/site`, { staleDays: 100 });
    expect(relaxed.findings.filter((f) => f.rule === 'stale-column')).toHaveLength(1);
    const earlier = checkFixtureDir(`${fixtureDir}/site`, { today: '2026-09-10' });
    expect(
      earlier.findings
        .filter((f) => f.rule === 'review-overdue' || f.rule === 'stale-column')
        .map((f) => f.rule),
    ).toEqual(['review-overdue', 'stale-column', 'stale-column']);
  });

  it('resolves site links and flags the broken ones', () => {
    expect(at('broken-link')).toEqual(['letters/links-to-everything.mdx:21']);
    expect(at('link-unpublished')).toEqual(['letters/links-to-everything.mdx:20']);
    expect(at('attachment-missing').sort()).toEqual([
      'downloads/handbook.yaml:3',
      'health/cover-without-alt.mdx:14',
      'letters/links-to-everything.mdx:23',
    ]);
    expect(at('image-alt')).toEqual(['health/cover-without-alt.mdx:14']);
    expect(at('broken-reference')).toEqual(['news/unknown-column.mdx:5']);
  });

  it('checks each entry against its collection’s schema, at the line of the field', () => {
    // Each tag that would break the build or its addresses (/, .., 100%, index.html, .hidden), not PM2.5.
    // Fields named like what every object inherits (constructor, __proto__) are unknown fields, as any other.
    expect(at('schema')).toEqual([
      'health/cover-without-alt.mdx:14',
      'letters/fields-named-like-object-builtins.mdx:1',
      ...Array(5).fill('letters/tags-that-are-not-addresses.mdx:7'),
    ]);
    expect(
      result.findings.find(
        (f) => f.rule === 'schema' && f.file.endsWith('tags-that-are-not-addresses.mdx'),
      )?.message,
    ).toMatch(/^标签 › 第 1 项:标签不超过 20 字,不能含有 \/ /);
  });

  it('refuses days that do not exist and dates not written YYYY-MM-DD, quoted or not', () => {
    expect(at('invalid-date').sort()).toEqual([
      // 20260601 (a number: a moment of 1970 to the schema) and a time with a zone (the day before, in UTC).
      'letters/date-written-as-number.mdx:3',
      'letters/date-written-as-number.mdx:4',
      'letters/quoted-impossible-date.mdx:3',
      'letters/quoted-impossible-date.mdx:4',
    ]);
  });

  it('reports only on the files asked for', () => {
    const one = `${fixtureDir}/site/letters/links-to-everything.mdx`;
    const only = checkFixtureDir(`${fixtureDir}/site`, { only: new Set([one]) });
    expect(only.checkedFiles).toEqual([one]);
    expect(new Set(only.findings.map((f) => f.file))).toEqual(new Set([one]));
  });
});
