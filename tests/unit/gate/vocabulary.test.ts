import { describe, expect, it } from 'vitest';
import { checkInMemory } from './helpers.ts';

/** The search vocabulary's rules across its files, as the gate (npm run check:content) reports them. */
const vocabulary = (groups: string[], distinct: string[] = []) =>
  [
    'name: 测试主题',
    'sources:',
    '  - title: 中国公民健康素养——基本知识与技能(2024年版)',
    '    publisher: 国家卫生健康委员会',
    'groups:',
    ...groups.map((g) => `  - ${g}`),
    ...(distinct.length ? ['distinct:', ...distinct.map((d) => `  - ${d}`)] : []),
    '',
  ].join('\n');
const conflicts = (files: Record<string, string>) =>
  checkInMemory(files).findings.filter((f) => f.rule === 'vocabulary-conflict');

describe('the vocabulary across files', () => {
  it('refuses a word in the groups of two files, on the later group’s line, naming both', () => {
    const found = conflicts({
      'vocabulary/a.yaml': vocabulary(['发烧 发热']),
      'vocabulary/b.yaml': vocabulary(['高烧 高热', '体温高 发热']),
    });
    expect(found).toEqual([
      {
        file: 'content/vocabulary/b.yaml',
        line: 7,
        column: 5,
        rule: 'vocabulary-conflict',
        severity: 'error',
        message:
          '“发热”同时在 content/vocabulary/a.yaml 第 1 组和 content/vocabulary/b.yaml 第 2 组:一个词只能属于一组,请删去一处',
      },
    ]);
  });

  it('refuses a group joining words another file lists as distinct', () => {
    const found = conflicts({
      'vocabulary/a.yaml': vocabulary(['感冒 流感 伤风']),
      'vocabulary/b.yaml': vocabulary(['发烧 发热'], ['感冒 流感']),
    });
    expect(found.map((f) => [f.file, f.line, f.message])).toEqual([
      [
        'content/vocabulary/a.yaml',
        6,
        'content/vocabulary/a.yaml 第 1 组把“感冒”和“流感”放在一起,但 content/vocabulary/b.yaml 说它们意思不同(不能合并的词)',
      ],
    ]);
  });

  it('passes the shipped vocabulary', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const files = Object.fromEntries(
      readdirSync('content/vocabulary').map((f) => [
        `vocabulary/${f}`,
        readFileSync(`content/vocabulary/${f}`, 'utf8'),
      ]),
    );
    expect(conflicts(files)).toEqual([]);
  });
});
