import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/lib/gate/parse.ts';
import {
  checkWording,
  foldForMatching,
  parseWordLists,
  yamlSegments,
  type WordLists,
} from '../../../src/lib/gate/wording.ts';
import { checkInMemory, frontmatter, wording } from './helpers.ts';

const lists: WordLists = {
  forbidden: [
    {
      phrase: '根治',
      reason: '不得承诺疗效',
      suggestion: '有效控制',
      allow: ['无法根治'],
      severity: 'error',
    },
    {
      phrase: '100%治愈',
      reason: '不得宣传治愈率',
      suggestion: undefined,
      allow: [],
      severity: 'error',
    },
    { phrase: '国家级', reason: '慎用', suggestion: undefined, allow: [], severity: 'warning' },
  ],
  corrections: [{ phrase: '再接再励', correct: '再接再厉', reason: '错别字', allow: [] }],
};
const seg = (text: string) => [{ text, placeOf: (i: number) => ({ line: 1, column: i + 1 }) }];

describe('checkWording', () => {
  it('finds forbidden wording with its column', () => {
    expect(checkWording(seg('本药可根治高血压'), lists)).toEqual([
      expect.objectContaining({ rule: 'wording-forbidden', severity: 'error', column: 4 }),
    ]);
  });

  it('skips allowed longer phrases and quoted mentions', () => {
    expect(checkWording(seg('高血压无法根治,但能控制;警惕“根治”的宣传'), lists)).toEqual([]);
  });

  it('treats full-width characters as their ASCII forms', () => {
    expect(foldForMatching('１００％治愈')).toBe('100%治愈');
    expect(checkWording(seg('号称１００％治愈'), lists)).toHaveLength(1);
  });

  it('reports corrections as warnings and honours severity', () => {
    const found = checkWording(seg('再接再励,获评国家级荣誉'), lists);
    expect(found.map((f) => [f.rule, f.severity])).toEqual([
      ['wording-forbidden', 'warning'],
      ['wording-correction', 'warning'],
    ]);
  });

  it('maps YAML values to their place in the file', () => {
    const y = parseYaml('title: "祖传秘方"\nsummary: 一句话\n', 1);
    const found = checkWording(yamlSegments(y.strings), {
      forbidden: [{ ...lists.forbidden[0]!, phrase: '秘方', allow: [] }],
      corrections: [],
    });
    expect(found[0]).toMatchObject({ line: 2, column: 11 });
  });
});

describe('word list files', () => {
  it('the repository lists parse cleanly and are not empty', () => {
    const { lists: repo, findings } = parseWordLists(wording.forbidden, wording.corrections);
    expect(findings).toEqual([]);
    expect(repo.forbidden.length).toBeGreaterThan(20);
    expect(repo.corrections.length).toBeGreaterThan(20);
  });

  it('malformed lists are parse errors on the list file', () => {
    const { findings } = parseWordLists(
      {
        path: 'content/wording/forbidden.yaml',
        text: '- phrase: 根治\n  reason: 第一项\n- reason: 没有 phrase\n- phrase: 神药\n  reason: x\n  allow: [灵丹]\n- phrase: 根治\n  reason: 重复\n',
      },
      { path: 'content/wording/corrections.yaml', text: 'phrase: 不是列表\n' },
    );
    expect(findings.every((f) => f.rule === 'parse-error' && f.severity === 'error')).toBe(true);
    // missing phrase, an allow entry not containing the phrase, a duplicate; a file that is not a list.
    expect(findings.map((f) => `${f.file}:${f.line}`)).toEqual([
      'content/wording/forbidden.yaml:3',
      'content/wording/forbidden.yaml:4',
      'content/wording/forbidden.yaml:7',
      'content/wording/corrections.yaml:1',
    ]);
  });
});

describe('where wording is checked', () => {
  it('checks body text, frontmatter, component props and data files, but not code', () => {
    const result = checkInMemory({
      'news/a.mdx': `${frontmatter('tags: [包治百病]\n')}## 标题

正文包治百病。\`包治百病\` 在代码里不算。

\`\`\`
包治百病
\`\`\`

<Callout title="包治百病">x</Callout>

![包治百病的海报](https://example.com/a.png)
`,
      'topics/a.yaml': 'name: 神药\ndescription: 介绍\norder: 1\n',
    });
    const hits = result.findings
      .filter((f) => f.rule === 'wording-forbidden')
      .map((f) => `${f.file}:${f.line}:${f.column}`)
      .sort();
    // tags (frontmatter), body text, Callout title, image alt, data file — not inline or fenced code.
    expect(hits).toEqual([
      'content/news/a.mdx:10:3',
      'content/news/a.mdx:16:10',
      'content/news/a.mdx:18:1',
      'content/news/a.mdx:5:8',
      'content/topics/a.yaml:1:7',
    ]);
  });
});
