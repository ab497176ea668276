import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { checkFileToSave, REPOSITORY_RULES } from '../../../src/lib/cms/gate-check.ts';
import { validateEntryData } from '../../../src/lib/cms/validate.ts';
import type { ContentModel } from '../../../src/lib/cms/config.ts';
import { contentModel } from '../../../src/schemas/index.ts';
import * as posixShim from '../../../src/cms/posix-path.ts';
import { posix } from 'node:path';

const wording = {
  forbidden: {
    path: 'content/wording/forbidden.yaml',
    text: readFileSync('content/wording/forbidden.yaml', 'utf8'),
  },
  corrections: {
    path: 'content/wording/corrections.yaml',
    text: readFileSync('content/wording/corrections.yaml', 'utf8'),
  },
};
const file = (text: string) => ({
  path: 'content/health/x.mdx',
  contentPath: 'health/x.mdx',
  text,
});
const front = '---\ntitle: 夏季防蚊\ndate: 2026-05-01\ntopic: no-such-topic\n---\n\n';

test('a forbidden claim, MDX code and unknown components stop the save, each tied to the field it is in', () => {
  const verdict = checkFileToSave(
    file(`${front}防蚊能根治登革热。\n\nexport const x = 1\n\n<Script />\n`),
    wording,
    '2026-06-01',
  );
  expect(verdict.errors).toContainEqual({
    rule: 'wording-forbidden',
    field: 'body',
    message: expect.stringMatching(/^“根治”/),
  });
  expect(verdict.errors.length).toBeGreaterThanOrEqual(3);
  expect(verdict.errors.every((e) => e.field === 'body')).toBe(true);
  const inSummary = checkFileToSave(
    file(`---\ntitle: 夏季防蚊\nsummary: 能根治登革热\ndate: 2026-05-01\n---\n\n正文。\n`),
    wording,
    '2026-06-01',
  );
  expect(inSummary.errors).toEqual([
    expect.objectContaining({ rule: 'wording-forbidden', field: 'summary' }),
  ]);
});

test('rules that need the rest of the site (links, references) are left to npm run check:content', () => {
  expect(REPOSITORY_RULES.has('broken-reference')).toBe(true);
  const verdict = checkFileToSave(
    file(`${front}见[另一篇](/health/not-there/)。\n`),
    wording,
    '2026-06-01',
  );
  expect(verdict.errors).toEqual([]);
});

test('the schema check names fields by their Chinese labels', () => {
  const model = contentModel as unknown as ContentModel;
  const article = {
    title: '夏季防蚊',
    date: '2026-05-01',
    summary: '夏季蚊虫多，清除积水最有效。',
    topic: 'vector-control',
    audiences: ['residents'],
    sources: [{ title: '来源', url: 'https://example.org/' }],
    reviewedBy: '李某',
    reviewedAt: '2026-04-20',
    nextReviewDue: '2027-04-20',
  };
  expect(validateEntryData(model, 'health', article)).toEqual([]);
  // Half a cover: Decap's form cannot require alt text inside an optional object, this check does.
  expect(
    validateEntryData(model, 'health', { ...article, cover: { src: '../uploads/a.png' } }),
  ).toEqual(['封面图 › 替代文字:图片必须填写替代文字(alt)']);
  expect(validateEntryData(model, 'health', { ...article, nextReviewDue: '2026-04-01' })).toEqual([
    '下次审核日期:下次审核日期必须晚于审核日期',
  ]);
  expect(
    validateEntryData(model, 'health', {
      ...article,
      sources: [{ title: '来源', url: 'chinacdc' }],
    }),
  ).toEqual(['参考来源 › 第 1 项 › 来源链接:来源链接必须是完整网址(http:// 或 https:// 开头)']);
});

test('the browser stand-in for node:path agrees with Node on the paths the gate builds', () => {
  for (const p of [
    'health/x.mdx',
    '/downloads/a.b.pdf',
    'a/./b/../c/',
    '../uploads/x.png',
    '.hidden',
    'a/b/',
  ]) {
    expect(posixShim.extname(p), p).toBe(posix.extname(p));
    expect(posixShim.dirname(p), p).toBe(posix.dirname(p));
    expect(posixShim.basename(p), p).toBe(posix.basename(p));
    expect(posixShim.normalize(p), p).toBe(posix.normalize(p));
    expect(posixShim.join('health', p), p).toBe(posix.join('health', p));
  }
});

test('writing-help warnings reach the editor, with the site settings the CMS passes in', () => {
  const jargon = {
    path: 'content/wording/jargon.yaml',
    text: readFileSync('content/wording/jargon.yaml', 'utf8'),
  };
  const health = file(
    `---\ntitle: 血压\ndate: 2026-05-01\nreviewedBy: 市人民医院 心血管内科 主任医师\n---\n\n收缩压要常量。\n`,
  );
  const settings = (named: boolean) => ({
    path: 'content/settings/site.yaml',
    contentPath: 'settings/site.yaml',
    text: `publishReviewerNames: ${named}\n`,
  });
  const lenient = checkFileToSave(health, { ...wording, jargon }, '2026-06-01', settings(false));
  expect(lenient.errors).toEqual([]);
  expect(lenient.warnings).toEqual([
    expect.objectContaining({
      field: 'body',
      message: expect.stringMatching(/^“收缩压”是专业说法/),
    }),
  ]);
  const named = checkFileToSave(health, { ...wording, jargon }, '2026-06-01', settings(true));
  expect(named.warnings).toContainEqual(
    expect.objectContaining({
      field: 'reviewedBy',
      message: expect.stringMatching(/^网站设置要求公开审核专家姓名/),
    }),
  );
});

test('absolute claims (广告法 绝对化用语) are warnings with a suggestion; the everyday 第一次 and 第一步 are not', () => {
  const verdict = checkFileToSave(
    file(
      `${front}勤洗手是预防诺如病毒最有效的办法,这种消毒液排名全国第一,100%安全。\n\n第一次接种后,第一步是留观 30 分钟。\n`,
    ),
    wording,
    '2026-06-01',
  );
  expect(verdict.errors).toEqual([]);
  const messages = verdict.warnings.map((w) => w.message);
  expect(messages).toEqual([
    expect.stringMatching(/^“最有效”:.*建议改为“有效的、关键的、重要的”/),
    expect.stringMatching(/^“第一”:/),
    expect.stringMatching(/^“100%”:/),
  ]);
});
