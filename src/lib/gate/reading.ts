import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { decodeHTML } from 'entities';
import type { Place } from './parse.ts';
import type { RuleId } from './report.ts';

/**
 * One reading of each file: the gate reads a content file exactly as Astro
 * does, with Astro's own frontmatter split (`@astrojs/internal-helpers`, which
 * ends the frontmatter at the first line starting with `---` or `+++`), and
 * refuses what the other programs that read the same text (the CMS, YAML
 * parsers, Markdown parsers, reviewers' editors) could read differently: a
 * file that is not plain UTF-8 text with LF or CRLF line ends, frontmatter
 * that does not open on the first line or close on a line of its own.
 */

export interface ReadingProblem extends Place {
  rule: Extract<RuleId, 'file-encoding' | 'file-characters' | 'frontmatter-fence'>;
  message: string;
}

interface Invisible {
  pattern: RegExp;
  describe: (char: string) => string;
}

const codePoint = (c: string) =>
  `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Characters that make one program read lines or words differently from the
 * next (a lone carriage return, Unicode line separators), or that show a
 * reviewer something other than what is there (control and bidirectional
 * formatting characters, a byte-order mark inside the text).
 */
const invisibles: readonly Invisible[] = [
  { pattern: /\r(?!\n)/g, describe: () => '单独的回车符(CR)换行:请用 LF 或 CRLF 换行重新保存' },
  {
    pattern: /[\u2028\u2029\u0085]/g,
    describe: (c) =>
      `Unicode 换行符 ${codePoint(c)}:不同程序对它是否换行理解不同,请删除或改为普通换行`,
  },
  {
    pattern: /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g,
    describe: (c) =>
      `双向文字控制符 ${codePoint(c)}:它会让审核人员看到的文字顺序与文件实际内容不同,请删除`,
  },
  { pattern: /\uFEFF/g, describe: () => '文件中间有 BOM 字符(U+FEFF):请删除' },
  {
    pattern: /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g,
    describe: (c) => `看不见的控制字符 ${codePoint(c)}:请删除`,
  },
];

/** Any of the characters above: most files have none, and are then done with in one pass. */
const anyInvisible = new RegExp(invisibles.map((i) => i.pattern.source).join('|'));

/**
 * Offsets of line starts, to turn a character offset into a line/column. LF
 * ends a line; with `lonelyCr`, a CR not followed by LF does too (as Markdown counts lines).
 */
export function lineStarts(source: string, { lonelyCr = false } = {}): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || (lonelyCr && c === 13 && source.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** The line and column of `offset`, given the line starts. */
export function placeAt(starts: readonly number[], offset: number): Place {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}

/** Places in `text` as Markdown counts lines (LF, CR and CRLF each end one). */
function placeFinder(text: string): (offset: number) => Place {
  const starts = lineStarts(text, { lonelyCr: true });
  return (offset) => placeAt(starts, offset);
}

/** Text-level problems of a whole file: a BOM, and characters read differently by different programs (the first of each kind, with a count). */
export function checkCharacters(text: string): ReadingProblem[] {
  const problems: ReadingProblem[] = [];
  const at = placeFinder(text);
  let from = 0;
  if (text.startsWith('\uFEFF')) {
    problems.push({
      line: 1,
      column: 1,
      rule: 'file-encoding',
      message: '文件开头有 BOM(字节顺序标记):请用“UTF-8 无 BOM”格式重新保存',
    });
    from = 1;
  }
  if (!anyInvisible.test(text.slice(from))) return problems;
  for (const { pattern, describe } of invisibles) {
    const matches = [...text.slice(from).matchAll(pattern)];
    const first = matches[0];
    if (!first) continue;
    const more = matches.length > 1 ? `(共 ${matches.length} 处,这是第一处)` : '';
    problems.push({
      ...at(from + (first.index ?? 0)),
      rule: 'file-characters',
      message: `文件中有${describe(first[0])}${more}`,
    });
  }
  return problems;
}

/** Code points that are no text in XML 1.0 (the feeds): U+FFFE, U+FFFF and halves of a surrogate pair standing alone. */
const notXmlText =
  /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What characters a value holds that its written form does not: YAML's
 * escapes ("\x0b", "\u202e", "\L") and HTML's character references
 * (&#x202E;, &rlm;) write the characters `checkCharacters` refuses without a
 * trace of them in the file's text, and a control character in a title makes
 * every feed it is in unreadable XML. The message for the first, or null.
 */
export function invisibleInValue(value: string): string | null {
  if (!anyInvisible.test(value) && !notXmlText.test(value)) return null;
  for (const { pattern, describe } of invisibles) {
    const found = new RegExp(pattern.source).exec(value);
    if (found) return describe(found[0]);
  }
  const odd = notXmlText.exec(value);
  return odd ? `不是文字的码位 ${codePoint(odd[0])}:请删除` : null;
}

/** Character references in a body (&#11;, &#x202E;, &rlm;) that decode to a refused character, with their places. */
export function checkCharacterReferences(text: string): ReadingProblem[] {
  if (!text.includes('&')) return [];
  const at = placeFinder(text);
  const problems: ReadingProblem[] = [];
  for (const m of text.matchAll(/&(?:#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);?/g)) {
    const why = invisibleInValue(decodeHTML(m[0]));
    if (why)
      problems.push({
        ...at(m.index ?? 0),
        rule: 'file-characters',
        message: `字符引用 ${m[0]} 写出了${why}`,
      });
  }
  return problems;
}

/** The message when a UTF-8 decoder refuses a file's bytes. */
export const notUtf8Message =
  '文件不是 UTF-8 编码:请用 UTF-8 格式重新保存(例如在记事本“另存为”时选择 UTF-8),否则网站会把文字显示成乱码';

export interface FrontmatterSplit {
  /**
   * The YAML text between the fences exactly as Astro hands it to its YAML
   * parser: it starts with the line end of the opening `---` line, so its
   * line n is line n of the file. `null` when Astro finds no frontmatter.
   */
  raw: string | null;
  /**
   * The body Astro compiles: the whole file with the frontmatter blanked out
   * by spaces (Astro's `empty-with-spaces`), so offsets, lines and columns
   * are those of the file. `null` when Astro's own reading fails (a YAML
   * error it would stop the build with, reported separately).
   */
  body: string | null;
  /** The frontmatter as Astro parsed it (js-yaml), when it parsed. */
  data?: unknown;
  problems: ReadingProblem[];
}

const fence = (message: string, place: Place): ReadingProblem => ({
  ...place,
  rule: 'frontmatter-fence',
  message,
});

/**
 * Splits an .mdx or .md file as Astro's content loader and MDX compiler do,
 * and refuses every file where another reading could draw the line
 * elsewhere: the frontmatter must open with `---` alone on line 1 and close
 * at the first line starting with `---` or `+++`, which must be `---` alone.
 */
export function splitFrontmatter(text: string): FrontmatterSplit {
  const problems: ReadingProblem[] = [];
  const at = placeFinder(text);
  const opensLikeYaml = /^---[ \t]*\r?\n/.test(text);

  const raw = extractFrontmatter(text) ?? null;
  let body: string | null = text;
  let data: unknown;
  try {
    const split = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
    body = split.content;
    data = split.frontmatter;
  } catch {
    // A YAML error, which Astro stops at; the YAML reading reports it with its place.
    body = null;
  }

  if (raw === null) {
    if (opensLikeYaml)
      problems.push(
        fence('frontmatter 没有结束:在最后一个字段之后单独写一行 ---', { line: 1, column: 1 }),
      );
    return { raw, body, problems };
  }

  // Astro allows only a BOM or whitespace before the opening fence, so the first fence-like run is the opening one.
  const openAt = text.search(/---|\+\+\+/);
  if (text.startsWith('+++', openAt)) {
    problems.push(
      fence('不支持 +++ 包围的 TOML frontmatter:请改用两行 --- 包围的 YAML', {
        line: 1,
        column: 1,
      }),
    );
  } else if (!opensLikeYaml) {
    problems.push(
      fence(
        'frontmatter 必须从文件第一行开始,第一行只写 ---(前面不能有空行、空格或 BOM,后面不能有其他文字)',
        { line: 1, column: 1 },
      ),
    );
  }
  const closeAt = openAt + 3 + raw.length;
  // The CMS (src/lib/cms/format.ts) ends the frontmatter at the first "---" that ends a line,
  // wherever the line starts: a value ending in --- would end it there, and the fields below
  // would be body text to the editor who reviews the entry.
  const opening = /^---[ \t]*\r?\n/.exec(text);
  if (opening) {
    const cmsClose = text.slice(opening[0].length, closeAt).search(/---[ \t]*(?:\r?\n|$)/);
    if (cmsClose >= 0) {
      const dashes = opening[0].length + cmsClose;
      const lineStart = text.lastIndexOf('\n', dashes) + 1;
      const lineEnd = text.indexOf('\n', dashes);
      const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).replace(/\r$/, '');
      problems.push(
        fence(
          `frontmatter 中的行不能以 --- 结尾(这里是“${line.length > 20 ? `…${line.slice(-20)}` : line}”):内容管理系统会在这里结束 frontmatter,把后面的字段当作正文,审核时看到的与网站发布的不同。请去掉行尾的 ---`,
          at(lineStart),
        ),
      );
    }
  }
  const closingLine = text.slice(closeAt).split(/\r?\n/, 1)[0] ?? '';
  if (!/^---[ \t]*$/.test(closingLine)) {
    problems.push(
      fence(
        `frontmatter 中不能有以 --- 或 +++ 开头的行(这里是“${closingLine.slice(0, 20)}”):网站在这一行就结束 frontmatter,把后面的字段当作正文代码。结束 frontmatter 的一行只能写 ---;字段的值如以 --- 开头,请加引号`,
        at(closeAt),
      ),
    );
  }
  return { raw, body, data, problems };
}
