/**
 * Reading time for Chinese text. Adults read roughly 300 to 500 Chinese
 * characters a minute; we take 300 because many of our readers are elderly.
 */
const CHARS_PER_MINUTE = 300;
const WORDS_PER_MINUTE = 200;

/** Strips MDX/Markdown syntax well enough to count what a reader reads. */
function toReadableText(source: string): string {
  return source
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`|~-]/g, ' ');
}

/** Minutes to read, at least 1: Han characters and Latin words counted apart. */
export function getReadingMinutes(source: string): number {
  const text = toReadableText(source);
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.replace(/\p{Script=Han}/gu, ' ').match(/[A-Za-z0-9]+/g)?.length ?? 0;
  return Math.max(1, Math.round(han / CHARS_PER_MINUTE + words / WORDS_PER_MINUTE));
}
