/** A piece of an excerpt; `mark` when it is a query word, to be shown highlighted. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * Text compared character by character with the normalized query: NFKC and
 * lower case per character, so that an index into it is an index into `text`.
 */
function foldForMatching(text: string): string[] {
  return Array.from(text, (c) => {
    const folded = c.normalize('NFKC').toLowerCase();
    return folded.length === 1 ? folded : c.toLowerCase();
  });
}

function findAll(haystack: string[], needle: string[]): number[] {
  const found: number[] = [];
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    found.push(i);
  }
  return found;
}

/**
 * A short passage of `text` around the first place where most query words
 * occur, with every occurrence marked. `words` are normalized query words
 * (see normalizeQuery). When no word occurs (the page matched on its title,
 * say), the passage is the start of the text.
 */
export function buildExcerpt(text: string, words: readonly string[], maxLength = 80): ExcerptPart[] {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  const folded = foldForMatching(chars.join(''));
  const hits: { at: number; length: number; word: number }[] = [];
  words.forEach((word, w) => {
    const needle = Array.from(word);
    if (needle.length > 0) for (const at of findAll(folded, needle)) hits.push({ at, length: needle.length, word: w });
  });
  hits.sort((a, b) => a.at - b.at || b.length - a.length);

  // The window holding the most distinct words, earliest first.
  let start = 0;
  let best = 0;
  for (const hit of hits) {
    const inWindow = new Set(hits.filter((h) => h.at >= hit.at && h.at + h.length <= hit.at + maxLength).map((h) => h.word));
    if (inWindow.size > best) {
      best = inWindow.size;
      start = hit.at;
    }
  }
  // Start a little before the first hit, at a sentence boundary when one is near.
  if (best > 0) {
    const lead = Math.max(0, start - Math.floor(maxLength / 4));
    const sentenceStart = chars.slice(lead, start).join('').search(/[。！？；!?;][^。！？；!?;]*$/u);
    start = sentenceStart >= 0 ? lead + sentenceStart + 1 : lead;
  }
  const end = Math.min(chars.length, start + maxLength);

  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    if (text === '') return;
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > 0) push('…', false);
  let i = start;
  for (const hit of hits) {
    if (hit.at < i || hit.at >= end) continue;
    push(chars.slice(i, hit.at).join(''), false);
    const hitEnd = Math.min(end, hit.at + hit.length);
    push(chars.slice(hit.at, hitEnd).join(''), true);
    i = hitEnd;
  }
  push(chars.slice(i, end).join(''), false);
  if (end < chars.length) push('…', false);
  return parts;
}
