import { describe, expect, it } from 'vitest';
import { buildTableWords } from '../../../src/lib/search/build-tables.ts';
import { readDateOrder, writeDateOrder } from '../../../src/lib/search/date-order.ts';
import {
  readDictionary,
  shardOf,
  shardsFor,
  shardWords,
  WORD_SHARDS,
} from '../../../src/lib/search/search-tables.ts';

const group = (line: string, index = 0) => ({
  words: line.split(' '),
  file: 'content/vocabulary/x.yaml',
  index,
});
const pages = [
  '发热时多喝水。登革热的症状是发热。',
  '高热不退要就医,发热门诊。',
  '垃圾分类从我做起。',
  '健康素养',
];

describe('buildTableWords', () => {
  it('keeps the groups pages can answer, most common first, words pages hold before words only residents use', () => {
    const table = buildTableWords({
      groups: [group('高热 高烧'), group('发烧 发热'), group('狂犬病 恐水症')],
      terms: [],
      corrections: [],
      pages,
    });
    expect(table.words.groups).toBe('发热|发烧\n高热|高烧');
  });

  it('keeps tags and topic names the vocabulary lacks, when pages hold them, most pages first', () => {
    const table = buildTableWords({
      groups: [group('发烧 发热')],
      terms: ['垃圾分类', '健康素养', '发热', '控烟', '水'],
      corrections: [],
      pages,
    });
    expect(table.terms).toEqual(['垃圾分类', '健康素养']);
  });

  it('keeps the wording list’s wrong forms whose right form is on the site', () => {
    const table = buildTableWords({
      groups: [],
      terms: [],
      corrections: [
        { phrase: '垃圾分内', correct: '垃圾分类' },
        { phrase: '病煤生物', correct: '病媒生物' },
      ],
      pages,
    });
    expect(table.corrections).toEqual([['垃圾分内', '垃圾分类']]);
  });
});

describe('the date order', () => {
  it('lists result ids newest first, ties by address, without their shared prefix', () => {
    const order = writeDateOrder([
      { id: 'und_aaa', date: '2025-01-01', url: '/b/' },
      { id: 'und_bbb', date: '2026-03-01', url: '/a/' },
      { id: 'und_ccc', date: '2025-01-01', url: '/a/' },
    ]);
    expect(order).toEqual({ prefix: 'und_', ids: 'bbb ccc aaa' });
    expect([...readDateOrder(order)]).toEqual([
      ['und_bbb', 0],
      ['und_ccc', 1],
      ['und_aaa', 2],
    ]);
  });
});

describe('the word table in parts', () => {
  const table = { groups: ['发热|发烧', '儿童 孩子|小孩', 'copd 慢阻肺'].join('\n') };
  const parts = shardWords(table);

  it('puts each group in the part of every word’s first two characters', () => {
    expect(parts).toHaveLength(WORD_SHARDS);
    for (const word of ['儿童', '孩子', '小孩'])
      expect(parts[shardOf(word)]!.groups.split('\n'), word).toContain('儿童 孩子|小孩');
    expect(parts.filter((p) => p.groups.includes('儿童')).length).toBe(
      new Set(['儿童', '孩子', '小孩'].map(shardOf)).size,
    );
  });

  it('reads the parts a query needs as the whole table reads', () => {
    const needed = shardsFor('孩子发烧了')!;
    const whole = readDictionary(table);
    const some = readDictionary(needed.map((n) => parts[n]!));
    for (const word of ['孩子', '发烧', '小孩'])
      expect(some.entries.get(word)?.searched, word).toEqual(whole.entries.get(word)?.searched);
  });

  it('looks a Latin word up by its first letter, and takes the whole table for a long query', () => {
    expect(shardsFor('copd')).toEqual([shardOf('co')]);
    expect(shardsFor('登革热')).toEqual(
      [...new Set([shardOf('登革'), shardOf('革热')])].sort((a, b) => a - b),
    );
    expect(
      shardsFor(Array.from({ length: 64 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('')),
    ).toBeUndefined();
  });
});
