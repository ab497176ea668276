/**
 * Regular expressions for Decap's `pattern` option. Decap compiles the
 * string with `new RegExp(source)` (no flags) and only tests non-empty
 * values, so length limits and case-insensitive checks are spelt out here.
 */

/**
 * A pattern accepting strings whose length (after trimming, when `trim`) is
 * within [min, max]. Lengths count UTF-16 code units, as zod and JS do.
 */
export function lengthPattern(
  min: number | undefined,
  max: number | undefined,
  trim: boolean,
): string {
  const lo = Math.max(min ?? 0, 0);
  const hi = max === undefined ? '' : String(max);
  if (!trim) return `^[\\s\\S]{${lo},${hi}}$`;
  // The trimmed text runs from the first to the last non-space character.
  if (max !== undefined && max < 1) return '^\\s*$';
  const inner = (from: number) =>
    `\\S[\\s\\S]{${from},${max === undefined ? '' : String(max - 2)}}\\S`;
  if (lo >= 2) return `^\\s*${inner(lo - 2)}\\s*$`;
  const oneOrMore =
    max === 1 ? '\\S' : `\\S(?:[\\s\\S]{0,${max === undefined ? '' : String(max - 2)}}\\S)?`;
  return lo === 1 ? `^\\s*${oneOrMore}\\s*$` : `^\\s*(?:${oneOrMore})?\\s*$`;
}

/**
 * The source of `re` rewritten to match case-insensitively without the `i`
 * flag: ASCII letters outside escapes become `[aA]`, and inside character
 * classes both cases are added.
 */
export function caseInsensitiveSource(re: RegExp): string {
  if (!re.flags.includes('i')) return re.source;
  const src = re.source;
  let out = '';
  let inClass = false;
  let classExtra = '';
  for (let i = 0; i < src.length; i++) {
    const ch = src.charAt(i);
    if (ch === '\\') {
      out += ch + src.charAt(i + 1);
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') {
        out += classExtra + ch;
        inClass = false;
        classExtra = '';
        continue;
      }
      const next = src.charAt(i + 1);
      const end = src.charAt(i + 2);
      if (next === '-' && end !== ']' && end !== '' && /[a-z]/i.test(ch) && /[a-z]/i.test(end)) {
        out += ch + next + end;
        classExtra += swapCase(ch) + '-' + swapCase(end);
        i += 2;
        continue;
      }
      if (/[a-z]/i.test(ch)) classExtra += swapCase(ch);
      out += ch;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      out += ch;
      if (src.charAt(i + 1) === '^') {
        out += '^';
        i++;
      }
      continue;
    }
    out += /[a-z]/i.test(ch) ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : ch;
  }
  return out;
}

function swapCase(ch: string): string {
  return ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase();
}

/** Close to zod's own url check for what editors type: an http(s) address with a host. */
export const URL_PATTERN = '^https?:\\/\\/[^\\s/?#]+\\.[^\\s]*$|^https?:\\/\\/localhost[^\\s]*$';
export const EMAIL_PATTERN =
  "^[A-Za-z0-9_'+\\-.]+@[A-Za-z0-9][A-Za-z0-9\\-]*(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}$";
