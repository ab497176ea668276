import { describe, expect, it } from 'vitest';
import { readQuery } from '../../../src/lib/search/read-query.ts';
import { readDictionary } from '../../../src/lib/search/search-tables.ts';

const dictionary = readDictionary(
  {
    groups: [
      '发热|发烧 高烧',
      '儿童 孩子|小孩',
      '登革热|骨痛热症',
      '吸烟|抽烟',
      'hiv 艾滋病病毒',
    ].join('\n'),
  },
  { terms: '垃圾分类 生活垃圾', corrections: [] },
);
const concepts = (q: string) =>
  readQuery(q, dictionary).concepts.map((c) => [
    c.typed,
    c.words.join(' '),
    c.weak ? 'weak' : 'strong',
  ]);

describe('readQuery', () => {
  it('reads a spoken question as the things it names, each searched as the words of its group that pages hold', () => {
    expect(concepts('孩子发烧了怎么办')).toEqual([
      ['孩子', '儿童 孩子', 'strong'],
      ['发烧', '发热', 'strong'],
    ]);
    expect(readQuery('孩子发烧了怎么办', dictionary).setAside).toEqual(['怎么办', '了']);
  });

  it('searches words outside the vocabulary as typed, without their question words', () => {
    expect(concepts('怎么预防登革热')).toEqual([
      ['预防', '预防', 'strong'],
      ['登革热', '登革热', 'strong'],
    ]);
    expect(concepts('鳄鱼')).toEqual([['鳄鱼', '鳄鱼', 'strong']]);
  });

  it('keeps a lone character of a longer query as a weak word, and a lone character alone as strong', () => {
    expect(concepts('吸烟 烟')).toEqual([
      ['吸烟', '吸烟', 'strong'],
      ['烟', '烟', 'weak'],
    ]);
    expect(concepts('水')).toEqual([['水', '水', 'strong']]);
  });

  it('keeps aspect words (危害, 好处, 方法) weak beside a subject, so they rank pages but never find one alone', () => {
    expect(concepts('吸烟有什么危害')).toEqual([
      ['吸烟', '吸烟', 'strong'],
      ['危害', '危害', 'weak'],
    ]);
    expect(concepts('咖啡有什么好处')).toEqual([
      ['咖啡', '咖啡', 'strong'],
      ['好处', '好处', 'weak'],
    ]);
    expect(concepts('症状')).toEqual([['症状', '症状', 'strong']]);
  });

  it('cuts at the longest vocabulary word first and notes a phrase typed whole', () => {
    expect(concepts('生活垃圾分类')).toEqual([
      ['生活垃圾', '生活垃圾', 'strong'],
      ['分类', '分类', 'strong'],
    ]);
    expect(readQuery('生活垃圾分类', dictionary).phrases).toEqual(['生活垃圾分类']);
    expect(readQuery('孩子发烧了', dictionary).phrases).toEqual([]);
  });

  it('reads Latin words and numbers whole, through the vocabulary when it has them', () => {
    expect(concepts('hiv 12320')).toEqual([
      ['hiv', 'hiv 艾滋病病毒', 'strong'],
      ['12320', '12320', 'strong'],
    ]);
  });

  it('finds nothing to search in a query of question words only', () => {
    expect(concepts('怎么办呢')).toEqual([]);
  });
});
