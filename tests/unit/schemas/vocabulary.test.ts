import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitWords, vocabularySchema } from '../../../src/schemas/vocabulary.ts';

/** The search vocabulary's schema: what an editor may write in content/vocabulary/*.yaml. */
const schema = vocabularySchema();
const base = {
  name: '病媒生物防制',
  sources: [
    { title: '中国公民健康素养——基本知识与技能(2024年版)', publisher: '国家卫生健康委员会' },
  ],
};
const issues = (data: object) => {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the vocabulary schema', () => {
  it('accepts every shipped vocabulary file', () => {
    const dir = 'content/vocabulary';
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files)
      expect(issues(parse(readFileSync(join(dir, file), 'utf8'))), file).toEqual([]);
  });

  it('reads a group line as its words, full-width spaces included', () => {
    expect(splitWords('拉肚子 腹泻　闹肚子')).toEqual(['拉肚子', '腹泻', '闹肚子']);
    expect(issues({ ...base, groups: ['拉肚子　腹泻', 'PM2.5 细颗粒物', 'COPD 慢阻肺'] })).toEqual(
      [],
    );
  });

  it('refuses a group of one word, a one-character word and punctuation, naming the group', () => {
    for (const line of ['腹泻', '拉肚子 泻', '拉肚子,腹泻', '拉肚子 腹泻!']) {
      expect(issues({ ...base, groups: ['发烧 发热', line] }), line).toEqual([
        expect.stringMatching(/^groups\.1: 同义词组:每行至少两个词,用空格隔开/),
      ]);
    }
  });

  it('refuses a word written twice in a line, or in two groups', () => {
    expect(issues({ ...base, groups: ['发烧 发热 发烧'] })).toEqual([
      'groups.0: “发烧”在这一行里写了两次',
    ]);
    expect(issues({ ...base, groups: ['发烧 发热', '高烧 高热', '发热 体温高'] })).toEqual([
      'groups.2: “发热”已经在第 1 组里:一个词只能属于一组',
    ]);
  });

  it('refuses a group that joins words the file lists as distinct', () => {
    expect(issues({ ...base, groups: ['感冒 流感 伤风'], distinct: ['感冒 流感'] })).toEqual([
      'groups.0: “感冒”和“流感”意思不同(见“不能合并的词”),不能放在同一组',
    ]);
  });

  it('needs at least one source and one group', () => {
    expect(issues({ name: '控烟', sources: [], groups: [] })).toEqual([
      'sources: 至少写明一份依据的公开健康教育资料',
      'groups: 至少填写一组词',
    ]);
  });
});
