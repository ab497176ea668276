import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/gate/parse.ts';
import {
  checkJargon,
  checkSentenceLengths,
  countSentenceLength,
  defaultMaxSentenceLength,
  parseJargonList,
  splitSentences,
  textBlocks,
  type JargonEntry,
} from '../../../src/lib/gate/plain-language.ts';
import { checkInMemory, repoRoot, wording } from './helpers.ts';
import { readFileSync } from 'node:fs';

const blocksOf = (body: string) => textBlocks(parseDocument(body, 'mdx').tree!, body);
const jargon: JargonEntry[] = [
  { phrase: '收缩压', plain: ['高压'], reason: undefined, allow: [] },
  { phrase: 'mmHg', plain: ['毫米汞柱'], reason: '血压的单位', allow: [] },
  { phrase: '汞', plain: ['水银'], reason: undefined, allow: ['毫米汞柱'] },
];

describe('sentence length', () => {
  it('counts a Chinese character, a number or a Latin word as one, punctuation as nothing', () => {
    expect(countSentenceLength('高压（收缩压）≥140 mmHg。')).toBe(7);
    expect(countSentenceLength('空腹血糖5.6毫摩尔每升，')).toBe(10);
    expect(countSentenceLength('2型糖尿病')).toBe(5);
  });

  it('splits at 。！？； and line breaks, keeping closing quotes with their sentence', () => {
    const text = '他说：“先量血压。”然后坐下！真的？好；\n再量一次';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      '他说：“先量血压。”',
      '然后坐下！',
      '真的？',
      '好；\n',
      '再量一次',
    ]);
  });

  it('warns once per sentence over the limit, at its first character, in paragraphs, lists, cells and components', () => {
    const long = '一二三四五六七八九十'.repeat(5);
    const body = `## 标题\n\n短句。${long}。\n\n- ${long}\n\n| 列 |\n| --- |\n| ${long} |\n\n<Callout type="tip" title="提示">\n\n${long}\n\n</Callout>\n\n\`${long}\`\n`;
    const found = checkSentenceLengths(blocksOf(body), 40);
    expect(found.map((f) => [f.line, f.column])).toEqual([
      [3, 4],
      [5, 3],
      [9, 3],
      [13, 1],
    ]);
    expect(found[0]!.message).toMatch(
      /^这句话有 50 个字\(“一二三四五六七八九十一二……”\),超过 40 字/,
    );
    expect(checkSentenceLengths(blocksOf(body), 50)).toEqual([]);
    expect(defaultMaxSentenceLength).toBe(40);
  });

  it('reads a sentence wrapped over two lines as one, and a hard break as an end', () => {
    const long = '一二三四五六七八九十'.repeat(3);
    expect(checkSentenceLengths(blocksOf(`${long}\n${long}。\n`), 40)).toHaveLength(1);
    expect(checkSentenceLengths(blocksOf(`${long}<br />${long}。\n`), 40)).toEqual([]);
    expect(checkSentenceLengths(blocksOf(`${long}\\\n${long}。\n`), 40)).toEqual([]);
  });

  it('is checked in health articles only, with the limit the gate is given', () => {
    const body = `---\ntitle: 标题\n---\n\n${'字'.repeat(35)}。\n`;
    const run = (max?: number) =>
      checkInMemory({ 'health/a.mdx': body, 'news/a.mdx': body }, { maxSentenceLength: max })
        .findings.filter((f) => f.rule === 'sentence-too-long')
        .map((f) => f.file);
    expect(run()).toEqual([]);
    expect(run(30)).toEqual(['content/health/a.mdx']);
  });
});

describe('jargon', () => {
  it('wants a plain word in the block of the first use; later uses are fine', () => {
    expect(checkJargon(blocksOf('高压（收缩压）偏高。\n\n收缩压要常量。\n'), jargon)).toEqual([]);
    const found = checkJargon(blocksOf('## 血压\n\n收缩压要常量。\n\n高压就是收缩压。\n'), jargon);
    expect(found).toEqual([
      expect.objectContaining({
        rule: 'jargon-unexplained',
        severity: 'warning',
        line: 3,
        column: 1,
      }),
    ]);
    expect(found[0]!.message).toBe(
      '“收缩压”是专业说法,老年读者可能看不懂:在文中第一次出现时,请在同一段里加上通俗说法“高压”,例如写成“高压（收缩压）”',
    );
  });

  it('reads a heading with the block after it', () => {
    const heading = [{ phrase: '二次供水', plain: ['水箱'], reason: undefined, allow: [] }];
    expect(
      checkJargon(blocksOf('## 什么是二次供水\n\n楼里先把水存进水箱，再加压送上楼。\n'), heading),
    ).toEqual([]);
    expect(
      checkJargon(blocksOf('## 什么是二次供水\n\n加压送上楼。\n\n水箱要常洗。\n'), heading),
    ).toHaveLength(1);
  });

  it('reads a table row as one block, ignores case and width, and skips allowed longer words', () => {
    expect(
      checkJargon(blocksOf('| 名称 | 说明 |\n| --- | --- |\n| 收缩压 | 高压 |\n'), jargon),
    ).toEqual([]);
    const found = checkJargon(blocksOf('血压单位是ＭＭＨＧ，即毫米汞柱。\n\n汞有毒。\n'), jargon);
    expect(found.map((f) => [f.message.slice(0, 6), f.line])).toEqual([['“汞”是专业', 3]]);
  });

  it('is checked in letters, health and news, drafts included, but not in data files', () => {
    const text = `---\ntitle: 标题\ndraft: true\n---\n\n收缩压要常量。\n`;
    const result = checkInMemory({
      'news/a.mdx': text,
      'letters/a.mdx': text,
      'health/a.mdx': text,
      'topics/a.yaml': 'name: 收缩压\n',
    });
    expect(
      result.findings
        .filter((f) => f.rule === 'jargon-unexplained')
        .map((f) => f.file)
        .sort(),
    ).toEqual(['content/health/a.mdx', 'content/letters/a.mdx', 'content/news/a.mdx']);
  });
});

describe('the jargon list file', () => {
  const path = 'content/wording/jargon.yaml';

  it('the repository list parses cleanly, and each entry explains itself with other words', () => {
    const { entries, findings } = parseJargonList({
      path,
      text: readFileSync(`${repoRoot}${path}`, 'utf8'),
    });
    expect(findings).toEqual([]);
    expect(entries.length).toBeGreaterThan(20);
    expect(entries.find((e) => e.phrase === '收缩压')?.plain).toEqual(['高压']);
  });

  it('reports each malformed entry at its own line', () => {
    const text = [
      '- phrase: 收缩压', //          1 fine
      '  plain: 高压', //              2
      '- phrase: 舒张压', //          3 no plain
      '- phrase: 肠毒素', //          4 plain inside the term
      '  plain: [毒素]', //            5
      '- phrase: 伊蚊', //            6 unknown key
      '  plain: [花蚊子]', //          7
      '  note: x', //                  8
      '- phrase: 收缩压', //          9 duplicate
      '  plain: [高压]', //            10
      '- plain: [没有术语]', //        11 no phrase
    ].join('\n');
    const { entries, findings } = parseJargonList({ path, text });
    // An unknown key or a repeat is reported, and the entry still used; an entry without its plain words is not.
    expect(entries.map((e) => e.phrase)).toEqual(['收缩压', '伊蚊', '收缩压']);
    expect(
      findings.every((f) => f.rule === 'parse-error' && f.severity === 'error' && f.file === path),
    ).toBe(true);
    expect(findings.map((f) => f.line).sort((a, b) => a - b)).toEqual([3, 4, 6, 9, 11]);
    expect(findings.find((f) => f.line === 4)?.message).toBe(
      '“肠毒素”的通俗说法“毒素”是术语本身的一部分,起不到解释作用,请换一个说法',
    );
  });

  it('a list that is not YAML is one error on the list file, and the gate still runs', () => {
    const result = checkInMemory(
      { 'health/a.mdx': '---\ntitle: 标题\n---\n\n收缩压要常量。\n' },
      {
        wording: { ...wording, jargon: { path, text: '- phrase: [\n' } },
      },
    );
    expect(result.findings.filter((f) => f.file === path).map((f) => f.rule)).toEqual([
      'parse-error',
    ]);
  });
});
