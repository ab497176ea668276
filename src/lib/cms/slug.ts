import { pinyin } from 'pinyin-pro';

/**
 * Entry file names, and so URLs, are the pinyin of the title, made once when
 * an entry is first saved and never changed after (Decap keeps a file's name).
 * Editors never type them.
 */

export { SLUG_FIELD } from './slug-field.ts';

/** Longest file name, in characters; longer pinyin is cut at a syllable. */
export const MAX_SLUG_LENGTH = 60;

/**
 * `夏季防蚊灭蚊，从清除积水做起` → `xia-ji-fang-wen-mie-wen-cong-qing-chu-ji-shui-zuo-qi`.
 * Letters and digits are kept (lower-cased); everything else separates words.
 * Returns '' when nothing usable is left.
 */
export function toPinyinSlug(title: string, maxLength = MAX_SLUG_LENGTH): string {
  const syllables = pinyin(title.normalize('NFKC'), {
    toneType: 'none',
    type: 'array',
    nonZh: 'consecutive',
    v: true,
  });
  const words = syllables
    .join(' ')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || (words[0] ?? '').slice(0, maxLength);
}
