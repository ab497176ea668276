/**
 * How Chinese text is cut into search words, at build time and in the
 * browser alike.
 *
 * Pagefind's own Chinese support segments page text with jieba when it
 * indexes and the query with the browser's Intl.Segmenter when it searches;
 * where the two disagree, pages that contain the very characters typed are
 * not found (Pagefind issue 1237). So the site does not let Pagefind segment
 * at all: every Han character is indexed as an overlapping pair with the
 * character after it (登革热 → 登革 革热 热ˉ), and the query is cut the same
 * way. A word of two or more characters then matches exactly the pages whose
 * text contains it; one character is searched as the prefix of every pair
 * that starts with it (水 finds 水源, 水质 … and 水ˉ), with the index chunks
 * those pairs span loaded first (see character-probes.ts).
 */

/** Ends a run of Han characters, so that no index word is a single character. */
export const RUN_END = 'ˉ';
/** Stands between blocks (paragraphs, list items) in the indexed text, so excerpts keep them apart. */
export const BLOCK_BREAK = '¶';

const HAN = /^(?=[\p{L}\p{Nl}])\p{Script=Han}$/u;
const HAN_PAIR = /^(?=[\p{L}\p{Nl}])\p{Script=Han}(?:(?=[\p{L}\p{Nl}])\p{Script=Han}|ˉ)$/u;

/** A Chinese (Han) character that Pagefind keeps in words (not a radical or symbol). */
export function isHan(char: string): boolean {
  return HAN.test(char);
}

/** Full-width Latin letters and digits (ＰＭ２．５) as their ASCII forms; everything else as is. */
export function toHalfWidthAlphanumerics(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/** One run of text to encode; `breakBefore` when a block boundary separates it from the previous one. */
export interface TextPiece {
  text: string;
  breakBefore: boolean;
}

/**
 * Rewrites pieces of a page's text for the index: each Han character becomes
 * the word "itself + the next character" (or + RUN_END at the end of a run),
 * with spaces around it. Pieces of the same block continue each other, so a
 * word split by markup (<strong>登革</strong>热) still yields 革热. Returns
 * the new text of each piece, in order.
 */
export function encodeHanPieces(pieces: readonly TextPiece[]): string[] {
  const chars = pieces.map((p) => Array.from(p.text));
  const nextCharAfter = (pieceIndex: number): string | undefined => {
    for (let j = pieceIndex + 1; j < pieces.length; j++) {
      if (pieces[j]!.breakBefore) return undefined;
      const first = chars[j]![0];
      if (first !== undefined) return first;
    }
    return undefined;
  };
  /**
   * Whether a run has ended with nothing but spaces written since. Every
   * index position is a word, so two runs with only a space between them
   * (登革 热) would put their pairs one position apart, as if they touched:
   * a BLOCK_BREAK between them keeps "pairs two positions apart" meaning
   * "characters side by side", which the search relies on (search-word.ts).
   */
  let gapAfterRun = false;
  return chars.map((list, pieceIndex) => {
    let out = '';
    if (pieceIndex > 0 && pieces[pieceIndex]!.breakBefore) {
      out += ` ${BLOCK_BREAK} `;
      gapAfterRun = false;
    }
    list.forEach((char, i) => {
      if (!isHan(char)) {
        out += toHalfWidthAlphanumerics(char);
        // Pagefind splits words at whitespace and drops zero-width spaces; anything else is a word.
        if (!/^[\s\u200b]$/u.test(char)) gapAfterRun = false;
        return;
      }
      if (gapAfterRun) out += ` ${BLOCK_BREAK} `;
      const next = i + 1 < list.length ? list[i + 1] : nextCharAfter(pieceIndex);
      const endsRun = next === undefined || !isHan(next);
      out += ` ${char}${endsRun ? RUN_END : next} `;
      gapAfterRun = endsRun;
    });
    return out;
  });
}

/**
 * The terms of one query word: Han runs as overlapping pairs, a lone Han
 * character as itself (Pagefind matches it as a prefix), other runs (PM2.5,
 * 12320) as they are.
 */
export function toIndexTerms(word: string): string[] {
  const terms: string[] = [];
  for (const run of word.match(/(?:(?=[\p{L}\p{Nl}])\p{Script=Han})+|[^\p{Script=Han}]+/gu) ?? []) {
    const chars = Array.from(run);
    if (!isHan(chars[0]!)) {
      if (/[\p{L}\p{N}]/u.test(run)) terms.push(run);
    } else if (chars.length === 1) {
      terms.push(run);
    } else {
      for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i]! + chars[i + 1]!);
    }
  }
  return terms;
}

/**
 * Page text back from Pagefind's stored content: each Han pair gives its
 * first character, no space is put next to a Han character, and a block
 * break becomes one space.
 */
export function decodeIndexedText(content: string): string {
  let out = '';
  let previousWasText = false;
  for (const token of content.split(/\s+/)) {
    if (token === '') continue;
    if (token === BLOCK_BREAK) {
      if (out !== '' && !out.endsWith(' ')) out += ' ';
      previousWasText = false;
    } else if (HAN_PAIR.test(token)) {
      out += Array.from(token)[0];
      previousWasText = false;
    } else {
      out += previousWasText ? ` ${token}` : token;
      previousWasText = true;
    }
  }
  return out.trim();
}
