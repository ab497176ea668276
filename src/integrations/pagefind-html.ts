import { Parser } from 'htmlparser2';
import { encodeHanPieces, listCharacterWords, type TextPiece } from '../lib/search/han.ts';
import { INLINE_ELEMENTS, UNINDEXED_ELEMENTS } from '../lib/search/indexed-text.ts';

/**
 * Prepares one built page for Pagefind: the text inside `data-pagefind-body`
 * (outside `data-pagefind-ignore` and the elements Pagefind skips) gets its
 * Han characters rewritten as overlapping pairs (see src/lib/search/han.ts).
 * Only the copy handed to Pagefind changes; the page on disk stays as built.
 * Returns undefined for pages without `data-pagefind-body`, which are not indexed.
 */
export function prepareHtmlForIndex(html: string): string | undefined {
  if (!html.includes('data-pagefind-body')) return undefined;
  const pieces: (TextPiece & { start: number; end: number })[] = [];
  const stack: { counts: boolean; skips: boolean; inline: boolean }[] = [];
  let bodyDepth = 0;
  let skipDepth = 0;
  let pendingBreak = true;
  let sawBody = false;
  /** Where the first data-pagefind-body element's content starts. */
  let bodyStart = -1;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const frame = {
          counts: 'data-pagefind-body' in attributes,
          skips: 'data-pagefind-ignore' in attributes || UNINDEXED_ELEMENTS.has(name),
          inline: INLINE_ELEMENTS.has(name),
        };
        stack.push(frame);
        if (frame.counts) bodyDepth++, (sawBody = true);
        if (frame.counts && bodyStart < 0) bodyStart = parser.endIndex + 1;
        if (frame.skips) skipDepth++;
        if (!frame.inline || frame.skips) pendingBreak = true;
      },
      onclosetag() {
        const frame = stack.pop();
        if (!frame) return;
        if (frame.counts) bodyDepth--;
        if (frame.skips) skipDepth--;
        if (!frame.inline || frame.skips) pendingBreak = true;
      },
      ontext(text) {
        if (bodyDepth === 0 || skipDepth > 0) return;
        pieces.push({ text, breakBefore: pendingBreak, start: parser.startIndex, end: parser.endIndex + 1 });
        pendingBreak = false;
      },
    },
    { decodeEntities: false, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  if (!sawBody) return undefined;

  const encoded = encodeHanPieces(pieces);
  // Each character of the page once, as metadata: what a one-character query looks up (see listCharacterWords).
  const characters = `<div hidden data-pagefind-meta="chars:${listCharacterWords(pieces.map((p) => p.text), encoded)}"></div>`;
  let out = '';
  let cursor = 0;
  const splices = [{ start: bodyStart, end: bodyStart, text: characters }, ...pieces.map((p, i) => ({ start: p.start, end: p.end, text: encoded[i]! }))];
  for (const splice of splices) {
    out += html.slice(cursor, splice.start) + splice.text;
    cursor = splice.end;
  }
  return out + html.slice(cursor);
}
