/**
 * Printable A4 posters of letters and health articles, for notice boards and
 * handbooks: the title, the key points, a QR code to the article and the hotline.
 */
export type PosterCollection = 'letters' | 'health';

export const posterCollections: readonly PosterCollection[] = ['letters', 'health'];

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
 * What a passer-by should take away from the poster, as plain text, at most
 * `max` items: the list items of the body's <KeyPoints> blocks or, where
 * there are none (letters, 倡议书), the bold lead-ins that open paragraphs
 * ("**一、讲究卫生,从我做起。** …"), without their numbering.
 */
export function extractKeyPoints(body: string, max = 8): string[] {
  const points: string[] = [];
  for (const block of body.matchAll(/<KeyPoints\b[^>]*>([\s\S]*?)<\/KeyPoints>/g)) {
    for (const line of (block[1] ?? '').split('\n')) {
      const item = /^\s*(?:[-*+]|\d+[.)、])\s+(.+)$/.exec(line);
      const text = item?.[1] ? toPlainText(item[1]) : '';
      if (text) points.push(text);
    }
  }
  if (points.length === 0) {
    for (const lead of body.matchAll(/^\*\*(.+?)\*\*/gm)) {
      const text = toPlainText(lead[1] ?? '')
        .replace(/^[一二三四五六七八九十\d]+[、.．]\s*/, '')
        .replace(/[。:：]$/, '');
      if (text) points.push(text);
    }
  }
  return points.slice(0, max);
}

/** Width in Chinese characters: Latin letters, digits and spaces count as half. */
const textWidth = (s: string) =>
  [...s].reduce((w, c) => w + (c.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0);
const lines = (s: string, perLine: number) => Math.max(1, Math.ceil(textWidth(s) / perLine));

/**
 * Height in mm of a poster in large type, on A4 with 10 mm margins. The
 * constants were measured in Chromium's print layout: 133 mm of band, QR block
 * and hotline; 17 mm a title line of 14 characters; 9 mm a line of summary
 * (29 characters) or of a key point (27 characters); 25 mm the key-point box.
 */
export function estimateLargePosterHeight(
  title: string,
  summary: string,
  keyPoints: readonly string[],
): number {
  const points =
    keyPoints.length === 0 ? 0 : 25 + 9.25 * keyPoints.reduce((n, p) => n + lines(p, 27), 0);
  return 133 + 17 * lines(title, 14) + 9 * lines(summary, 29) + points;
}

/** A4 is 297 mm, less 20 mm of margins and 7 mm to spare for font differences. */
const LARGE_POSTER_FITS_MM = 270;

/** Large type when it fits one A4 sheet, else the compact size. */
export function choosePosterScale(
  title: string,
  summary: string,
  keyPoints: readonly string[],
): 'large' | 'compact' {
  return estimateLargePosterHeight(title, summary, keyPoints) <= LARGE_POSTER_FITS_MM
    ? 'large'
    : 'compact';
}
