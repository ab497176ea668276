/**
 * Printable A4 posters of letters and health articles, for notice boards and
 * handbooks: the title, the key points, a QR code to the article and the hotline.
 */
export type PosterCollection = 'letters' | 'health';

export const posterCollections: readonly PosterCollection[] = ['letters', 'health'];

/** The poster of an article; the article itself stays the canonical page. */
export const posterPath = (collection: PosterCollection, id: string) => `/posters/${collection}/${id}/`;

/** Markdown inline syntax a poster does not print: emphasis, code, links (their text is kept). */
function toPlainText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__|\*|_|`|~~)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The list items inside the body's <KeyPoints> blocks, as plain text, at
 * most `max` of them: what a passer-by should take away from the poster.
 */
export function extractKeyPoints(body: string, max = 6): string[] {
  const points: string[] = [];
  for (const block of body.matchAll(/<KeyPoints\b[^>]*>([\s\S]*?)<\/KeyPoints>/g)) {
    for (const line of (block[1] ?? '').split('\n')) {
      const item = /^\s*(?:[-*+]|\d+[.)、])\s+(.+)$/.exec(line);
      const text = item?.[1] ? toPlainText(item[1]) : '';
      if (text) points.push(text);
    }
  }
  return points.slice(0, max);
}
