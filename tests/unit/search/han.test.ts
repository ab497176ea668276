import { describe, expect, it } from 'vitest';
import {
  decodeIndexedText,
  encodeHanPieces,
  isHan,
  toHalfWidthAlphanumerics,
  toIndexTerms,
} from '../../../src/lib/search/han.ts';

const encode = (...texts: (string | { text: string; breakBefore: boolean })[]) =>
  encodeHanPieces(
    texts.map((t) => (typeof t === 'string' ? { text: t, breakBefore: false } : t)),
  ).join('');
const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('isHan', () => {
  it('accepts Chinese characters, 〇 and rare ones; refuses kana, radicals and punctuation', () => {
    for (const c of ['登', '〇', '𠀍']) expect(isHan(c), c).toBe(true);
    for (const c of ['あ', '⺀', '，', 'a', '1']) expect(isHan(c), c).toBe(false);
  });
});

describe('encodeHanPieces', () => {
  it('turns each character into a pair with the next one, ending the run with ˉ', () => {
    expect(words(encode('登革热'))).toEqual(['登革', '革热', '热ˉ']);
  });

  it('ends a run at punctuation, Latin letters and digits, which stay as they are', () => {
    expect(words(encode('拨打12320咨询，PM2.5浓度'))).toEqual([
      '拨打',
      '打ˉ',
      '12320',
      '咨询',
      '询ˉ',
      '，PM2.5',
      '浓度',
      '度ˉ',
    ]);
  });

  it('carries a run across inline markup but not across a block boundary', () => {
    expect(words(encode('登革', '热'))).toEqual(['登革', '革热', '热ˉ']);
    expect(words(encode('正确洗手', { text: '老人', breakBefore: true }))).toEqual([
      '正确',
      '确洗',
      '洗手',
      '手ˉ',
      '¶',
      '老人',
      '人ˉ',
    ]);
  });

  it('puts a break between two runs that only a space or a zero-width space separates, so their pairs never sit side by side', () => {
    expect(words(encode('垃圾 分类'))).toEqual(['垃圾', '圾ˉ', '¶', '分类', '类ˉ']);
    expect(words(encode('垃圾', ' ', '分类'))).toEqual(['垃圾', '圾ˉ', '¶', '分类', '类ˉ']);
    expect(words(encode('垃圾\u200b分类'))).toEqual(
      ['垃圾', '圾ˉ', '\u200b', '¶', '分类', '类ˉ'].filter((w) => w.trim() !== ''),
    );
    expect(words(encode('垃圾，分类'))).toEqual(['垃圾', '圾ˉ', '，', '分类', '类ˉ']);
    expect(decodeIndexedText(encode('垃圾 分类'))).toBe('垃圾 分类');
  });

  it('looks past empty pieces for the next character', () => {
    expect(
      encodeHanPieces([
        { text: '四', breakBefore: false },
        { text: '', breakBefore: false },
        { text: '害', breakBefore: false },
      ]).join(''),
    ).toContain('四害');
  });

  it('writes full-width letters and digits as ASCII', () => {
    expect(words(encode('ＰＭ２．５'))).toEqual(['PM2．5']);
  });

  it('leaves text without Chinese characters alone', () => {
    expect(encode('H7N9 &amp; GB 5749')).toBe('H7N9 &amp; GB 5749');
  });
});

describe('toIndexTerms', () => {
  it('cuts a Chinese word into overlapping pairs; a lone character stays itself, to be matched as a prefix', () => {
    expect(toIndexTerms('垃圾分类')).toEqual(['垃圾', '圾分', '分类']);
    expect(toIndexTerms('烟')).toEqual(['烟']);
  });

  it('keeps numbers and codes whole, next to the Chinese around them', () => {
    expect(toIndexTerms('h7n9禽流感')).toEqual(['h7n9', '禽流', '流感']);
    expect(toIndexTerms('pm2.5')).toEqual(['pm2.5']);
    expect(toIndexTerms('h7n9禽')).toEqual(['h7n9', '禽']);
  });
});

describe('decodeIndexedText', () => {
  it('gives back the text from the pairs', () => {
    expect(decodeIndexedText(encode('拨打12320咨询。'))).toBe('拨打12320咨询。');
  });

  it('keeps spaces between words of Latin text and turns block breaks into one space', () => {
    expect(decodeIndexedText(encode('World Health', { text: '组织', breakBefore: true }))).toBe(
      'World Health 组织',
    );
  });

  it('round-trips a title as Pagefind stores it (spaces collapsed)', () => {
    const stored = encode('夏季防蚊灭蚊，预防登革热').replace(/\s+/g, ' ').trim();
    expect(decodeIndexedText(stored)).toBe('夏季防蚊灭蚊，预防登革热');
  });
});

describe('toHalfWidthAlphanumerics', () => {
  it('changes only full-width letters and digits', () => {
    expect(toHalfWidthAlphanumerics('Ｈ７Ｎ９，１２３２０')).toBe('H7N9，12320');
  });
});
