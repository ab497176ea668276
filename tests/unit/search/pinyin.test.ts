import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { buildSearchPinyin, findSyllableBounds } from '../../../src/lib/search/build-tables.ts';
import { correctQuery } from '../../../src/lib/search/correct-query.ts';
import { blurSyllable, createPinyinReader, spellsPinyin } from '../../../src/lib/search/pinyin.ts';
import { readDictionary, type SearchWords } from '../../../src/lib/search/search-tables.ts';

const words: SearchWords = {
  groups: ['登革热 断骨热|骨痛热症', '戒烟 断烟', '腹泻|拉肚子', '高血压 血压高', '吸烟|抽烟'].join(
    '\n',
  ),
};
const table = buildSearchPinyin({
  words,
  terms: ['垃圾分类', '银行'],
  corrections: [['垃圾分内', '垃圾分类']],
});
const reader = createPinyinReader(table)!;
const dictionary = readDictionary(words, table);

describe('reading pinyin with the browser’s Chinese collation', () => {
  it('finds the first character of every syllable', () => {
    const { syllables, bounds } = findSyllableBounds();
    expect(syllables.length).toBeGreaterThan(390);
    expect(bounds).toHaveLength(syllables.length);
    expect(syllables).toEqual([...syllables].sort());
  });

  it('reads nearly every character of the site’s words as pinyin-pro does', () => {
    const text =
      '创建省级卫生城市登革热蚊虫孳生地清除积水垃圾分类投放厨余有害可回收物戒烟二手烟高血压糖尿病流感疫苗接种食品安全饮用水洗手心理健康老年人跌倒孕妇儿童';
    const chars = [...new Set(Array.from(text))];
    const right = chars.filter(
      (c) => reader.ofChar(c) === pinyin(c, { toneType: 'none', v: true }),
    );
    expect(right.length / chars.length).toBeGreaterThan(0.97);
  });

  it('lists words the characters would misread, and reads them right', () => {
    expect(reader.ofWord('银行')).toEqual(['yin', 'hang']);
    expect(reader.ofWord('登革热')).toEqual(['deng', 'ge', 're']);
  });

  it('gives no reader when the collation does not sort by pinyin', () => {
    expect(createPinyinReader(table, new Intl.Collator('en'))).toBeUndefined();
  });
});

describe('spellsPinyin', () => {
  it('tells full spelling, shortened syllables and initials apart', () => {
    expect(spellsPinyin('denggere', ['deng', 'ge', 're'])).toBe(3);
    expect(spellsPinyin('dengger', ['deng', 'ge', 're'])).toBe(2);
    expect(spellsPinyin('dgr', ['deng', 'ge', 're'])).toBe(1);
    expect(spellsPinyin('dg', ['deng', 'ge', 're'])).toBe(0);
    expect(spellsPinyin('denggerex', ['deng', 'ge', 're'])).toBe(0);
    expect(spellsPinyin('lvse', ['lv', 'se'])).toBe(3);
    expect(spellsPinyin('luse', ['lv', 'se'])).toBe(3);
  });
});

describe('blurSyllable', () => {
  it('merges the sounds easily confused in speech and typing', () => {
    expect(['zhi', 'zi'].map(blurSyllable)).toEqual(['zi', 'zi']);
    expect(['nei', 'lei'].map(blurSyllable)).toEqual(['lei', 'lei']);
    expect(['yang', 'yan', 'qing', 'qin', 'feng', 'fen'].map(blurSyllable)).toEqual([
      'yan',
      'yan',
      'qin',
      'qin',
      'fen',
      'fen',
    ]);
  });
});

describe('correctQuery', () => {
  const corrected = (q: string) => correctQuery(q, dictionary, reader);

  it('reads Latin letters as the vocabulary word they spell, in full or by initials, with spaces or without', () => {
    expect(corrected('denggere')).toMatchObject({
      query: '登革热',
      changes: [{ typed: 'denggere', meant: '登革热', by: 'pinyin', full: true }],
    });
    expect(corrected('deng ge re')?.query).toBe('登革热');
    expect(corrected('dgr')).toMatchObject({ query: '登革热', alternatives: [] });
    expect(corrected('lajifenlei')?.query).toBe('垃圾分类');
    expect(corrected('jieyan')?.query).toBe('戒烟');
    expect(corrected('laduzi')?.query).toBe('拉肚子');
  });

  it('puts homophone slips right inside a longer query', () => {
    expect(corrected('登格热')?.query).toBe('登革热');
    expect(corrected('怎么预防登格热')?.query).toBe('怎么预防登革热');
    expect(corrected('高雪压')?.query).toBe('高血压');
  });

  it('uses the wording list’s known wrong forms, and blurred sounds for longer words', () => {
    expect(corrected('垃圾分内')).toMatchObject({
      query: '垃圾分类',
      changes: [{ typed: '垃圾分内', meant: '垃圾分类' }],
    });
    expect(corrected('垃圾分雷')?.query).toBe('垃圾分类');
  });

  it('leaves right words, unknown words and letters that spell nothing alone', () => {
    expect(corrected('登革热')).toBeUndefined();
    expect(corrected('鳄鱼')).toBeUndefined();
    expect(corrected('实验')).toBeUndefined();
    expect(corrected('xyzq')).toBeUndefined();
  });
});
