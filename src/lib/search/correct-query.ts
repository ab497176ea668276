import { isHan } from './han.ts';
import { blurSyllable, spellsPinyin, type PinyinReader } from './pinyin.ts';
import { splitQueryWords } from './query.ts';
import type { Dictionary } from './search-tables.ts';

/**
 * What a resident probably meant when a query finds nothing: pinyin read as
 * the vocabulary word it spells (denggere, dgr → 登革热) and homophone slips
 * put right (登格热 → 登革热, 垃圾分内 → 垃圾分类). Only words of the
 * dictionary (search-tables.ts) are offered, so a correction always leads
 * to pages; a query is never "corrected" into a word the site lacks.
 */

export interface Correction {
  /** The query with its corrections made. */
  query: string;
  /** Each change: what was typed and what it became. */
  changes: { typed: string; meant: string; by: 'pinyin' | 'slip'; full?: boolean }[];
  /** Other words the Latin letters also spell, best first (for 您是不是要找). */
  alternatives: string[];
}

const LATIN = /^[a-z]+$/;

/** Words the letters spell, best spelt and most common first. */
function spelledWords(
  typed: string,
  dictionary: Dictionary,
  reader: PinyinReader,
): { word: string; quality: number }[] {
  const found: { word: string; quality: number; rank: number }[] = [];
  for (const [word, entry] of dictionary.entries) {
    if (!Array.from(word).every(isHan)) continue;
    const syllables = reader.ofWord(word);
    const quality = syllables ? spellsPinyin(typed, syllables) : 0;
    if (quality > 0) found.push({ word, quality, rank: entry.rank });
  }
  return found.sort(
    (a, b) =>
      b.quality - a.quality ||
      a.rank - b.rank ||
      Array.from(b.word).length - Array.from(a.word).length,
  );
}

const blurred = (syllables: readonly string[]) => syllables.map(blurSyllable).join(' ');

/**
 * The dictionary word a stretch of Chinese was probably meant as: same
 * length, same reading (toneless), with at least half of its characters
 * right; or a near homophone (blurSyllable) of three characters or more with
 * one character wrong. Undefined when none, or the stretch is a word already.
 */
function slipFor(
  text: string,
  dictionary: Dictionary,
  reader: PinyinReader,
  byReading: Map<string, string[]>,
): string | undefined {
  if (dictionary.entries.has(text)) return undefined;
  const syllables = reader.ofWord(text);
  if (!syllables) return undefined;
  const chars = Array.from(text);
  const exact = syllables.join(' ');
  const candidates = byReading.get(blurred(syllables)) ?? [];
  let best: { word: string; rank: number } | undefined;
  for (const word of candidates) {
    const other = Array.from(word);
    if (other.length !== chars.length) continue;
    const same = other.filter((c, i) => c === chars[i]).length;
    const homophone = reader.ofWord(word)?.join(' ') === exact;
    const ok = homophone
      ? same * 2 >= chars.length
      : chars.length >= 3 && same === chars.length - 1;
    const rank = dictionary.entries.get(word)!.rank;
    if (ok && (!best || rank < best.rank)) best = { word, rank };
  }
  return best?.word;
}

/** The slips in one Chinese word, longest stretches first, each put right. */
function correctSlips(
  word: string,
  dictionary: Dictionary,
  reader: PinyinReader,
  byReading: Map<string, string[]>,
  changes: Correction['changes'],
): string {
  for (const [wrong, right] of dictionary.corrections) {
    if (word.includes(wrong)) {
      changes.push({ typed: wrong, meant: right, by: 'slip' });
      word = word.split(wrong).join(right);
    }
  }
  const chars = Array.from(word);
  const out: string[] = [];
  const longest = (at: number) => Math.min(dictionary.longest, chars.length - at);
  for (let at = 0; at < chars.length;) {
    const stretch = (length: number) => chars.slice(at, at + length).join('');
    let known = 0;
    for (let length = longest(at); length >= 2 && known === 0; length--)
      if (dictionary.entries.has(stretch(length))) known = length;
    if (known > 0) {
      out.push(stretch(known));
      at += known;
      continue;
    }
    let fixed: { length: number; word: string } | undefined;
    for (let length = longest(at); length >= 2 && !fixed; length--) {
      const meant = slipFor(stretch(length), dictionary, reader, byReading);
      if (meant) fixed = { length, word: meant };
    }
    if (fixed) {
      changes.push({ typed: stretch(fixed.length), meant: fixed.word, by: 'slip' });
      out.push(fixed.word);
      at += fixed.length;
    } else out.push(chars[at++]!);
  }
  return out.join('');
}

/** The corrected query, or undefined when nothing in it looks mistyped. */
export function correctQuery(
  query: string,
  dictionary: Dictionary,
  reader: PinyinReader,
): Correction | undefined {
  const changes: Correction['changes'] = [];
  let alternatives: string[] = [];
  const words = splitQueryWords(query);
  // Pinyin typed with spaces between syllables (deng ge re) is one word.
  const joined = words.length > 1 && words.every((w) => LATIN.test(w)) ? [words.join('')] : words;
  let byReading: Map<string, string[]> | undefined;
  const readings = () => {
    if (byReading) return byReading;
    byReading = new Map();
    for (const word of dictionary.entries.keys()) {
      const syllables = Array.from(word).every(isHan) ? reader.ofWord(word) : undefined;
      if (!syllables) continue;
      const key = blurred(syllables);
      byReading.set(key, [...(byReading.get(key) ?? []), word]);
    }
    return byReading;
  };
  const corrected = joined.map((word) => {
    if (LATIN.test(word) && word.length >= 2 && !dictionary.entries.has(word)) {
      const [meant, ...others] = spelledWords(word, dictionary, reader);
      if (!meant) return word;
      changes.push({ typed: word, meant: meant.word, by: 'pinyin', full: meant.quality === 3 });
      // Another word of the same group would find the same pages.
      const rank = dictionary.entries.get(meant.word)!.rank;
      alternatives = [
        ...alternatives,
        ...others
          .filter((o) => dictionary.entries.get(o.word)!.rank !== rank)
          .slice(0, 4)
          .map((o) => o.word),
      ];
      return meant.word;
    }
    return Array.from(word).some(isHan)
      ? correctSlips(word, dictionary, reader, readings(), changes)
      : word;
  });
  return changes.length > 0 ? { query: corrected.join(' '), changes, alternatives } : undefined;
}
