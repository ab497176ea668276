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

interface Hit {
  at: number;
  length: number;
  word: number;
}

/** Where each word occurs in `chars`, earliest first, longer first at the same place. */
function findHits(chars: readonly string[], words: readonly string[]): Hit[] {
  const folded = foldForMatching(chars.join(''));
  const hits: Hit[] = [];
  words.forEach((word, w) => {
    const needle = Array.from(word);
    if (needle.length > 0)
      for (const at of findAll(folded, needle)) hits.push({ at, length: needle.length, word: w });
  });
  return hits.sort((a, b) => a.at - b.at || b.length - a.length);
}

/** `chars[start, end)` cut into parts, query words marked. */
function markRange(
  chars: readonly string[],
  hits: readonly Hit[],
  start: number,
  end: number,
): ExcerptPart[] {
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

/** `text` whole, with every occurrence of the query words marked (for result titles). */
export function markWords(text: string, words: readonly string[]): ExcerptPart[] {
  const chars = Array.from(text);
  return markRange(chars, findHits(chars, words), 0, chars.length);
}

/**
 * A short passage of `text` around the first place where most query words
 * occur, with every occurrence marked. `words` are normalized query words
 * (see normalizeQuery). When no word occurs (the page matched on its title,
 * say), the passage is the start of the text.
 */
export function buildExcerpt(
  text: string,
  words: readonly string[],
  maxLength = 80,
): ExcerptPart[] {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  const hits = findHits(chars, words);

  // The window holding the most distinct words, earliest first.
  let start = 0;
  let best = 0;
  for (const hit of hits) {
    const inWindow = new Set(
      hits
        .filter((h) => h.at >= hit.at && h.at + h.length <= hit.at + maxLength)
        .map((h) => h.word),
    );
    if (inWindow.size > best) {
      best = inWindow.size;
      start = hit.at;
    }
  }
  // Start a little before the first hit: after the end of a sentence if there is one, else after a comma.
  if (best > 0) {
    const lead = Math.max(0, start - Math.floor(maxLength / 4));
    const before = chars.slice(lead, start).join('');
    const boundary = before.search(/[。！？；!?;][^。！？；!?;]*$/u);
    const comma = before.search(/[，、：,:][^，、：,:]*$/u);
    const cut = boundary >= 0 ? boundary : comma;
    start = cut >= 0 ? lead + cut + 1 : lead;
  }
  return markRange(chars, hits, start, Math.min(chars.length, start + maxLength));
}
