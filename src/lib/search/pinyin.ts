import type { SearchPinyin } from './search-tables.ts';

/**
 * Pinyin in the browser, without a pinyin dictionary: Chinese pinyin
 * collation (Intl.Collator "zh", which browsers carry for sorting) orders
 * characters by their reading, so the first character of each syllable is
 * enough to read any character: the last syllable whose first character
 * sorts at or before it. The build finds those first characters with
 * pinyin-pro (build-tables.ts) and lists the words whose reading differs from
 * their characters' usual one (银行). A browser without the collation gets
 * no reader, and the search simply does without pinyin.
 */

export interface PinyinReader {
  /** The toneless syllable of one character (ü as v), or undefined. */
  ofChar(char: string): string | undefined;
  /** The syllables of a Chinese word, or undefined when a character has none. */
  ofWord(word: string): string[] | undefined;
}

/** A reader for the table, or undefined when this browser's collation does not order Chinese by pinyin. */
export function createPinyinReader(
  table: SearchPinyin,
  collator?: Intl.Collator,
): PinyinReader | undefined {
  let compare: (a: string, b: string) => number;
  try {
    compare = (collator ?? new Intl.Collator('zh-u-co-pinyin')).compare;
  } catch {
    return undefined;
  }
  const syllables = table.syllables.split(' ');
  const bounds = Array.from(table.bounds);
  if (
    bounds.length !== syllables.length ||
    bounds.some((b, i) => i > 0 && compare(bounds[i - 1]!, b) >= 0)
  )
    return undefined;
  const ofChar = (char: string) => {
    if (!/^\p{Script=Han}$/u.test(char)) return undefined;
    let low = 0;
    let high = bounds.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (compare(bounds[mid]!, char) <= 0) ((found = mid), (low = mid + 1));
      else high = mid - 1;
    }
    return found < 0 ? undefined : syllables[found];
  };
  const ofWord = (word: string) => {
    const given = table.readings[word];
    if (given) return given.split(' ');
    const read = Array.from(word, ofChar);
    return read.every((s) => s !== undefined) ? (read as string[]) : undefined;
  };
  // 中 is zhōng everywhere; a collation that says otherwise is not pinyin.
  return ofChar('中') === 'zhong' && ofChar('阿') === 'a' ? { ofChar, ofWord } : undefined;
}

/**
 * How well Latin letters spell a word's syllables: 3 in full (denggere), 2
 * with some syllables shortened (dengger, dgre), 1 by initials only (dgr),
 * 0 not at all. Every syllable must be spelt by at least its first letter,
 * in order, and nothing else typed; ü may be typed v or u.
 */
export function spellsPinyin(typed: string, syllables: readonly string[]): 0 | 1 | 2 | 3 {
  const forms = syllables.map((s) => (s.includes('v') ? [s, s.replace(/v/g, 'u')] : [s]));
  let full = true;
  let initials = true;
  const match = (at: number, index: number): boolean => {
    if (index === forms.length) return at === typed.length;
    for (const form of forms[index]!) {
      for (let length = form.length; length >= 1; length--) {
        if (!typed.startsWith(form.slice(0, length), at)) continue;
        if (match(at + length, index + 1)) {
          if (length < form.length) full = false;
          if (length > 1) initials = false;
          return true;
        }
      }
    }
    return false;
  };
  if (typed.length < syllables.length || !match(0, 0)) return 0;
  if (full) return 3;
  return initials ? 1 : 2;
}

/**
 * A syllable as a speaker who mixes up easily confused sounds would say it:
 * zh/z, ch/c, sh/s, n/l at the start; -ang/-an, -eng/-en, -ing/-in at the
 * end; ü/u. Two words whose syllables read alike this way are near homophones.
 */
export function blurSyllable(syllable: string): string {
  return syllable
    .replace(/v/g, 'u')
    .replace(/^([zcs])h/, '$1')
    .replace(/^n/, 'l')
    .replace(/(a|e|i)ng$/, '$1n');
}
