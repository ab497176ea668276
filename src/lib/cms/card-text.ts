/**
 * A review card's line of text: the entry's summary, else the start of its
 * body as plain text. Decap puts the raw body on the card (`## 小标题`,
 * `<Callout type="tip">`), which an editor cannot read at a glance.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '')
    .replace(/^\s*\|?[\s:|-]+\|[\s:|-]*$/gm, '')
    .replace(/\|/g, ' ')
    .replace(/(\*\*|__|\*|_|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** At most `length` characters of the card's text (summary first), with … when cut. */
export function cardText(data: { summary?: unknown; body?: unknown }, length = 80): string {
  const text =
    typeof data.summary === 'string' && data.summary.trim()
      ? data.summary.trim()
      : plainText(typeof data.body === 'string' ? data.body : '');
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
