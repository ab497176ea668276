import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  normalizeQuery,
  planWordSearch,
  splitQueryWords,
} from '../../../src/lib/search/query.ts';

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

describe('planWordSearch', () => {
  it('covers a Chinese word with every second pair and its last one, each at its offset', () => {
    expect(planWordSearch('控烟')).toEqual({ kind: 'pairs', pairs: [{ term: '控烟', offset: 0 }] });
    expect(planWordSearch('登革热')).toEqual({
      kind: 'pairs',
      pairs: [
        { term: '登革', offset: 0 },
        { term: '革热', offset: 1 },
      ],
    });
    expect(planWordSearch('垃圾分类')).toEqual({
      kind: 'pairs',
      pairs: [
        { term: '垃圾', offset: 0 },
        { term: '分类', offset: 2 },
      ],
    });
    expect(
      planWordSearch('生活垃圾分类').kind === 'pairs' && planWordSearch('生活垃圾分类'),
    ).toMatchObject({
      pairs: [
        { term: '生活', offset: 0 },
        { term: '垃圾', offset: 2 },
        { term: '分类', offset: 4 },
      ],
    });
    expect(planWordSearch('七步洗手法')).toMatchObject({
      pairs: [
        { term: '七步', offset: 0 },
        { term: '洗手', offset: 2 },
        { term: '手法', offset: 3 },
      ],
    });
  });

  it('hands Pagefind the terms of anything else, listing lone characters', () => {
    expect(planWordSearch('烟')).toEqual({ kind: 'terms', terms: '烟', characters: ['烟'] });
    expect(planWordSearch('12320')).toEqual({ kind: 'terms', terms: '12320' });
    expect(planWordSearch('h7n9禽')).toEqual({
      kind: 'terms',
      terms: 'h7n9 禽',
      characters: ['禽'],
    });
    expect(planWordSearch('h7n9禽流感')).toEqual({ kind: 'terms', terms: 'h7n9 禽流 流感' });
  });
});
