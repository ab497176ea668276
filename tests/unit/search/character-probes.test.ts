import { describe, expect, it } from 'vitest';
import {
  decodeCbor,
  listCharacterProbes,
  readIndexChunks,
} from '../../../src/lib/search/character-probes.ts';

const chunk = (from: string, to: string) => ({ from, to, hash: `und_${from}` });

describe('listCharacterProbes', () => {
  it('names the first word of each further chunk a character’s pairs run into', () => {
    const chunks = [
      chunk('水ˉ', '水泥'),
      chunk('水温', '水资'),
      chunk('水質', '汛期'),
      chunk('污染', '洗手'),
    ];
    expect(listCharacterProbes(chunks)).toEqual({ 水: ['水温', '水質'] });
  });

  it('lists nothing when every character’s pairs stay within one chunk', () => {
    expect(listCharacterProbes([chunk('水ˉ', '水质'), chunk('污染', '洗手')])).toEqual({});
  });
});

describe('decodeCbor', () => {
  it('reads what Pagefind writes: integers, text, arrays (definite and not) and maps', () => {
    // [1.6.0, 300, -2, {"a": true}, [_ "水", 0]]
    const bytes = Uint8Array.from([
      0x85,
      0x65,
      ...new TextEncoder().encode('1.6.0'),
      0x19,
      0x01,
      0x2c,
      0x21,
      0xa1,
      0x61,
      0x61,
      0xf5,
      0x9f,
      0x63,
      0xe6,
      0xb0,
      0xb4,
      0x00,
      0xff,
    ]);
    expect(decodeCbor(bytes)).toEqual(['1.6.0', 300, -2, new Map([['a', true]]), ['水', 0]]);
  });

  it('fails on a truncated file', () => {
    expect(() => decodeCbor(Uint8Array.from([0x82, 0x01]))).toThrow(/unexpected end/);
  });
});

describe('readIndexChunks', () => {
  it('fails with a clear message when the metadata has another shape', () => {
    expect(() => readIndexChunks(Uint8Array.from([0x81, 0x01]))).toThrow(/索引分块列表/);
  });
});
