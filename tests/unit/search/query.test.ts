import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, normalizeQuery, planWordSearch, splitQueryWords, toPagefindQuery } from '../../../src/lib/search/query.ts';

describe('normalizeQuery', () => {
  it('makes full-width letters, digits and spaces half-width and lower case', () => {
    expect(normalizeQuery('ＰＭ２．５　Ｈ７Ｎ９')).toBe('pm2.5 h7n9');
  });

  it('turns punctuation into spaces but keeps dots and hyphens inside numbers and codes', () => {
    expect(normalizeQuery('“登革热”，控烟！')).toBe('登革热 控烟');
    expect(normalizeQuery('400-888-5531')).toBe('400-888-5531');
    expect(normalizeQuery('-登革热. PM2.5.')).toBe('登革热 pm2.5');
  });

  it('collapses spaces and trims', () => {
    expect(normalizeQuery('  垃圾   分类 ')).toBe('垃圾 分类');
  });

  it('returns an empty string for punctuation only', () => {
    expect(normalizeQuery('，。!?')).toBe('');
  });

  it('caps the length', () => {
    expect(normalizeQuery('卫'.repeat(200))).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('splitQueryWords', () => {
  it('gives the distinct words in the order typed', () => {
    expect(splitQueryWords('登革热 症状 登革热')).toEqual(['登革热', '症状']);
    expect(splitQueryWords('')).toEqual([]);
  });
});

describe('toPagefindQuery', () => {
  it('hands Pagefind the pairs of a word, space separated', () => {
    expect(toPagefindQuery('登革热')).toBe('登革 革热');
    expect(toPagefindQuery('12320')).toBe('12320');
  });
});

describe('planWordSearch', () => {
  it('adds a quoted phrase for three or more Chinese characters only', () => {
    expect(planWordSearch('生活垃圾')).toEqual({ terms: '生活 活垃 垃圾', phrase: '"生活 活垃 垃圾"' });
    expect(planWordSearch('控烟')).toEqual({ terms: '控烟' });
    expect(planWordSearch('烟')).toEqual({ terms: '烟', characters: ['烟'] });
    expect(planWordSearch('h7n9禽')).toEqual({ terms: 'h7n9 禽', characters: ['禽'] });
    expect(planWordSearch('h7n9禽流感')).toEqual({ terms: 'h7n9 禽流 流感' });
  });
});
