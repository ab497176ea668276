import { createHash } from 'node:crypto';
import type { HandbookFormat } from '../schemas/handbooks.ts';

/**
 * How a handbook prints: the @page rules of its named pages (cover, front
 * matter, one per article, back cover), built from its format and titles.
 * Chromium draws the running header and the page number in the page's margin
 * boxes; each article's named page carries its own title as running header.
 */

/** Text as a CSS string: quotes, backslashes and line breaks escaped, so content never ends the rule. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"\n\r\f]|[^\P{Cc}]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;
}

/** Page margins in mm (top, outer, bottom, inner), chosen so a line holds about 22 (A5) or 32 (A4) characters at 11 pt. */
const margins: Record<HandbookFormat, string> = {
  A5: '16mm 14mm 17mm',
  A4: '20mm 22mm 22mm',
};

export interface HandbookPagePart {
  /** The `page` name the part's section carries (handbook-part-1). */
  name: string;
  /** The running header of its pages. */
  title: string;
}

const marginText = 'font-size: 8.5pt; color: #444;';

/** The @page rules of one handbook. */
export function handbookPageCss(
  format: HandbookFormat,
  runningTitle: string,
  parts: readonly HandbookPagePart[],
): string {
  const size = `size: ${format}; margin: ${margins[format]};`;
  const folio = `@bottom-center { content: counter(page); ${marginText} }`;
  const header = (right?: string) =>
    `@top-left { content: ${cssString(runningTitle)}; ${marginText} }` +
    (right ? ` @top-right { content: ${cssString(right)}; ${marginText} }` : '');
  return [
    `@page handbook-cover { size: ${format}; margin: 0; }`,
    `@page handbook { ${size} ${header()} ${folio} }`,
    ...parts.map((p) => `@page ${p.name} { ${size} ${header(p.title)} ${folio} }`),
  ].join('\n');
}

/** An address as printed under a QR code: no scheme, which nobody types. */
export function printedUrl(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

/** A foreword's paragraphs: blank lines separate them; single line breaks inside one are kept as spaces are not (Chinese). */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, '').trim())
    .filter(Boolean);
}

/**
 * A digest of what a handbook prints (its fields, its articles' data and text,
 * the settings its covers show), written into its PDF when it is printed: a
 * build whose content gives another digest knows the PDF is out of date.
 * Keys are sorted and images count by their hashed file name, so the same
 * content gives the same digest in every build and on every machine.
 */
export function sourceDigest(content: unknown): string {
  const json = JSON.stringify(content, (_key, value: unknown) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const record = value as Record<string, unknown>;
    if (typeof record['src'] === 'string' && 'width' in record && 'format' in record)
      return `image:${record['src'].replace(/^.*\//, '')}`;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((k) => [k, record[k]]),
    );
  });
  return createHash('sha256').update(json).digest('hex').slice(0, 32);
}

/** The PDF creator a printed handbook carries: the tool and the digest of what it printed. */
export const printedCreator = (digest: string) => `npm run handbooks; source ${digest}`;
