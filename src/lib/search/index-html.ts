import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';
import { encodeHanPieces, type TextPiece } from './han.ts';
import { INLINE_ELEMENTS, UNINDEXED_ELEMENTS } from './indexed-text.ts';

/** Attributes that make Pagefind read an element outside the indexed part too. */
const PAGEFIND_DATA = ['data-pagefind-meta', 'data-pagefind-filter', 'data-pagefind-sort'];

/**
 * Prepares one built page for Pagefind: the text inside `data-pagefind-body`
 * (outside `data-pagefind-ignore` and the elements Pagefind skips) gets its
 * Han characters rewritten as overlapping pairs (see han.ts).
 *
 * Pagefind is handed a small document of only what it reads: the
 * `data-pagefind-body` elements and any element elsewhere carrying Pagefind
 * metadata, filters or sort keys. Head, header, navigation and footer, two
 * thirds of an article page, never reach it, which makes indexing faster.
 * The page on disk stays as built. Returns undefined for pages without
 * `data-pagefind-body`, which are not indexed.
 */
export function prepareHtmlForIndex(html: string): string | undefined {
  return preparePageForIndex(html)?.html;
}

/** A page as handed to Pagefind, and the text of its indexed part (what the search vocabulary is checked against). */
export interface PreparedPage {
  html: string;
  text: string;
}

/**
 * prepareHtmlForIndex, with the page's indexed text beside it. Text of an
 * element whose text is a Pagefind metadata field (`data-pagefind-meta="about"`)
 * is rewritten as pairs too, even inside an ignored part: Pagefind searches
 * metadata, so its words must be cut as the query's are.
 */
export function preparePageForIndex(html: string): PreparedPage | undefined {
  if (!html.includes('data-pagefind-body')) return undefined;
  const pieces: (TextPiece & { start: number; end: number; content: boolean })[] = [];
  const stack: {
    counts: boolean;
    skips: boolean;
    inline: boolean;
    kept: boolean;
    meta: boolean;
  }[] = [];
  let bodyDepth = 0;
  let skipDepth = 0;
  /** Depth inside an element whose text is a metadata field (the attribute names a field, with no ":value"). */
  let metaDepth = 0;
  /** Depth inside a kept element (a body, or an element with Pagefind data): its descendants come with it. */
  let keptDepth = 0;
  let pendingBreak = true;
  let sawBody = false;
  /** The outermost kept elements, as [start, end) of the source. */
  const kept: { start: number; end: number }[] = [];

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const counts = 'data-pagefind-body' in attributes;
        const frame = {
          counts,
          skips: 'data-pagefind-ignore' in attributes || UNINDEXED_ELEMENTS.has(name),
          inline: INLINE_ELEMENTS.has(name),
          kept: keptDepth === 0 && (counts || PAGEFIND_DATA.some((a) => a in attributes)),
          meta: (attributes['data-pagefind-meta'] ?? ':')
            .split(',')
            .some((field) => !field.includes(':')),
        };
        stack.push(frame);
        if (frame.kept) kept.push({ start: parser.startIndex, end: -1 });
        if (frame.kept || keptDepth > 0) keptDepth++;
        if (frame.counts) (bodyDepth++, (sawBody = true));
        if (frame.skips) skipDepth++;
        if (frame.meta) metaDepth++;
        if (!frame.inline || frame.skips || frame.meta) pendingBreak = true;
      },
      onclosetag() {
        const frame = stack.pop();
        if (!frame) return;
        if (keptDepth > 0) keptDepth--;
        if (frame.kept) kept.at(-1)!.end = parser.endIndex + 1;
        if (frame.counts) bodyDepth--;
        if (frame.skips) skipDepth--;
        if (frame.meta) metaDepth--;
        if (!frame.inline || frame.skips || frame.meta) pendingBreak = true;
      },
      ontext(text) {
        if (bodyDepth === 0 || (skipDepth > 0 && metaDepth === 0)) return;
        // Metadata read from an ignored part is no page text: it stands apart from its neighbours.
        const content = skipDepth === 0;
        pieces.push({
          text,
          breakBefore: pendingBreak || !content,
          start: parser.startIndex,
          end: parser.endIndex + 1,
          content,
        });
        pendingBreak = !content;
      },
    },
    { decodeEntities: false, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  if (!sawBody) return undefined;

  const encoded = encodeHanPieces(pieces);
  const splices = pieces.map((p, i) => ({ start: p.start, end: p.end, text: encoded[i]! }));
  let out = '<!doctype html><html lang="und"><body>';
  let next = 0;
  for (const { start, end } of kept) {
    // An element left open runs to the end of the page, as a browser would read it.
    const stop = end < 0 ? html.length : end;
    let cursor = start;
    for (; next < splices.length && splices[next]!.start < stop; next++) {
      const splice = splices[next]!;
      out += html.slice(cursor, splice.start) + splice.text;
      cursor = splice.end;
    }
    out += html.slice(cursor, stop);
  }
  const text = pieces
    .filter((p) => p.content)
    .map((p, i) => (i > 0 && p.breakBefore ? `\n${p.text}` : p.text))
    .join('');
  // Pagefind keeps every element with an id as an "anchor" (its text, again, in each result's
  // fragment) for links into the page; the search page never shows them.
  const indexed = `${out}</body></html>`.replace(
    /(<[a-zA-Z][^<>]*?)\s+id=(?:"[^"]*"|'[^']*'|[^\s>]+)/g,
    '$1',
  );
  return { html: indexed, text: decodeHTML(text) };
}
