import type { Nodes, Parents, Root } from 'mdast';
import type {} from 'mdast-util-mdx';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { load as loadLikeAstro } from 'js-yaml';
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument as parseYamlDocument,
  visit,
} from 'yaml';
import {
  checkCharacterReferences,
  checkCharacters,
  invisibleInValue,
  splitFrontmatter,
  type ReadingProblem,
} from './reading.ts';
import type { RuleId } from './report.ts';

/**
 * Parsing for the content gate: MDX and Markdown bodies with the same
 * parsers the site's MDX pipeline uses (micromark + MDX + GFM), and YAML
 * (frontmatter and data files) with the `yaml` package. Nothing here reads
 * files or the clock.
 */

/** A place in a file: 1-based line and column. */
export interface Place {
  line: number;
  column: number;
}

/** Something wrong where the file could not be read as intended. */
export interface ParseProblem extends Place {
  message: string;
  /** A rule of its own; without one, a syntax error (`parse-error`). */
  rule?: Extract<RuleId, 'yaml-construct' | 'invalid-date' | 'file-characters'>;
}

/** One string value inside YAML, with where it is written. */
export interface YamlString extends Place {
  /** Keys and indexes from the document root to this value, e.g. ['sources', 0, 'url']. */
  path: (string | number)[];
  /** The nearest key naming this value (for a list item, the list's key). */
  key: string | undefined;
  value: string;
  /** Where the character at `index` of `value` is written (the value's start when escapes or folding make that unknown). */
  placeOf(index: number): Place;
}

export interface ParsedYaml {
  /** The YAML as plain data; `undefined` if it has errors. */
  data: unknown;
  /** Every string scalar (keys excluded), with positions in the file. */
  strings: YamlString[];
  /** Every top-level key with its position. */
  keys: Map<string, Place>;
  problems: ParseProblem[];
  /** Where the value at `path` is written. */
  placeOf(path: readonly (string | number)[]): Place | undefined;
}

export type BodyKind = 'mdx' | 'md';

export interface ParsedDocument {
  kind: BodyKind;
  /** The mdast tree of the body Astro compiles, or `null` when it does not parse (see `problems`). */
  tree: Root | null;
  /**
   * The same body as the build's own MDX parser reads it (see `BuildParser`),
   * when one is given: the safety rules run over both trees.
   */
  buildTree: Root | null;
  /** The frontmatter, or `null` when the file has none. */
  frontmatter: ParsedYaml | null;
  /** Parse errors of the body (MDX syntax) — frontmatter problems are in `frontmatter.problems`. */
  problems: ParseProblem[];
  /** Where the file could be read differently by different programs (characters, frontmatter fences). */
  reading: ReadingProblem[];
}

/**
 * The MDX parser the build compiles bodies with (Astro 7's Sätteri, in
 * Node). The gate's own parser (micromark) also runs in editors' browsers;
 * where the two could differ, the build's tree is checked too.
 */
export type BuildParser = (body: string) => Root;

const mdxMicromark = [mdxjs(), gfm()];
const mdxMdast = [mdxFromMarkdown(), gfmFromMarkdown()];
const mdMicromark = [gfm()];
const mdMdast = [gfmFromMarkdown()];

interface MessageLike {
  reason?: unknown;
  message?: unknown;
  line?: unknown;
  column?: unknown;
}

/** A parser's error as a problem with its place (read from the message when the error carries none). */
export function toParseProblem(error: unknown): ParseProblem {
  const e = (typeof error === 'object' && error !== null ? error : {}) as MessageLike;
  const reason =
    typeof e.reason === 'string'
      ? e.reason
      : typeof e.message === 'string'
        ? e.message
        : String(error);
  if (typeof e.line === 'number' && e.line > 0) {
    return {
      line: e.line,
      column: typeof e.column === 'number' && e.column > 0 ? e.column : 1,
      message: reason,
    };
  }
  // Some messages carry their place only in the text: micromark's "(7:1-7:22)", Sätteri's leading "7:1: ".
  const leading = /^(\d+):(\d+):\s*/.exec(reason);
  if (leading)
    return {
      line: Number(leading[1]),
      column: Number(leading[2]),
      message: reason.slice(leading[0].length),
    };
  const inText = /\((\d+):(\d+)/.exec(reason);
  return { line: Number(inText?.[1] ?? 1), column: Number(inText?.[2] ?? 1), message: reason };
}

/** The file with its first `length` characters blanked out (line ends kept), when Astro's split could not be had. */
function blankStart(source: string, length: number): string {
  return source.slice(0, length).replace(/[^\r\n]/g, ' ') + source.slice(length);
}

/**
 * Parses an MDX or Markdown file as Astro does: the frontmatter split with
 * Astro's own function (`splitFrontmatter`), the YAML as Astro's parser
 * reads it (`parseYaml`), the body — the file with its frontmatter blanked,
 * so places are the file's — with micromark (MDX + GFM; unless `ownParser`
 * is false) and, when given, the build's own parser. A body that does not parse yields `tree: null` and a
 * problem with the parser's line/column.
 */
export function parseDocument(
  source: string,
  kind: BodyKind,
  buildParser?: BuildParser,
  { ownParser = true } = {},
): ParsedDocument {
  const split = splitFrontmatter(source);
  const reading = [...checkCharacters(source), ...split.problems];
  // Astro's split gives {} for a frontmatter that holds no mapping; js-yaml's own reading of it is what the gate compares.
  const parsedByAstro =
    split.data !== undefined && isPlainObject(split.data) && Object.keys(split.data).length > 0
      ? { data: split.data }
      : undefined;
  const frontmatter = split.raw === null ? null : parseYaml(split.raw, 0, parsedByAstro);
  const body =
    split.body ??
    blankStart(source, split.raw === null ? 0 : source.indexOf(split.raw) + split.raw.length + 3);
  reading.push(...checkCharacterReferences(body));
  const problems: ParseProblem[] = [];
  let tree: Root | null = null;
  if (ownParser) {
    try {
      tree = fromMarkdown(
        body,
        kind === 'mdx'
          ? { extensions: mdxMicromark, mdastExtensions: mdxMdast }
          : { extensions: mdMicromark, mdastExtensions: mdMdast },
      );
    } catch (error) {
      problems.push(toParseProblem(error));
    }
  }
  let buildTree: Root | null = null;
  if (buildParser && kind === 'mdx') {
    try {
      buildTree = buildParser(body);
    } catch (error) {
      if (problems.length === 0) problems.push(toParseProblem(error));
    }
  }
  return { kind, tree, buildTree, frontmatter, problems, reading };
}

/** Chinese for the YAML errors editors meet most; others keep the parser's English. */
const yamlErrorMessages: Readonly<Record<string, string>> = {
  DUPLICATE_KEY: '同一个字段写了两次,请删去一个',
  MULTIPLE_DOCS: '只能有一组字段(文件中间不能有 --- 或 ... 行)',
  TAB_AS_INDENT: '缩进不能用 Tab 键,请用空格',
  BAD_INDENT: '缩进不对齐',
};

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  !(v instanceof Date) &&
  !ArrayBuffer.isView(v);

/** The first path at which two YAML readings differ, or null when they agree (dates compared by time). */
function firstDifference(
  a: unknown,
  b: unknown,
  path: (string | number)[] = [],
): (string | number)[] | null {
  // Nothing written: js-yaml says undefined, yaml says null.
  if (a == null && b == null) return null;
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime() ? null : path;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return path;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], [...path, i]);
      if (d) return d;
    }
    return null;
  }
  if (isPlainObject(a) || isPlainObject(b)) {
    if (!isPlainObject(a) || !isPlainObject(b)) return path;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      if (!Object.hasOwn(a, k) || !Object.hasOwn(b, k)) return [...path, k];
      const d = firstDifference(a[k], b[k], [...path, k]);
      if (d) return d;
    }
    return null;
  }
  return Object.is(a, b) ? null : path;
}

const daysInMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Why a YAML timestamp is not a real moment (`2026-02-30`, `2026-13-01`,
 * `2026-06-01 25:00`), or null. Both YAML parsers turn such text into a
 * different day without a word (2026-02-30 becomes 3月2日).
 */
export function unrealTimestamp(source: string): string | null {
  const m =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2}):(\d{2})(?:\.\d*)?)?/.exec(
      source.trim(),
    );
  if (!m) return null;
  const [year, month, day, hour = 0, minute = 0, second = 0] = m
    .slice(1)
    .map((x) => (x === undefined ? undefined : Number(x))) as number[];
  if (month! < 1 || month! > 12) return `日期“${source.trim()}”不存在:月份只能是 1 到 12`;
  if (day! < 1 || day! > daysInMonth(year!, month!))
    return `日期“${source.trim()}”不存在:${year} 年 ${month} 月只有 ${daysInMonth(year!, month!)} 天`;
  if (hour > 23 || minute > 59 || second > 59) return `时间“${source.trim()}”不存在`;
  return null;
}

/**
 * Parses YAML (frontmatter or a data file) the way Astro does — with
 * js-yaml, whose result is the entry's data — and refuses what two readings
 * could disagree on: anchors, aliases, merge keys (`<<`), explicit tags,
 * directives, keys that are not plain text, and anything else where the
 * `yaml` package (which gives the places of values, and which the CMS reads
 * with) reads another value. Dates must be real days.
 * `lineOffset` is the number of lines in the file before the YAML text.
 */
export function parseYaml(
  text: string,
  lineOffset = 0,
  parsedByAstro?: { data: unknown },
): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseYamlDocument(text, {
    lineCounter,
    prettyErrors: true,
    customTags: ['timestamp'],
  });
  const at = (offset: number): Place => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + lineOffset, column: pos.col };
  };

  // An error at the very end (an unclosed quote) belongs to the last line written, not to the fence after it.
  const lastWritten = Math.max(0, text.trimEnd().length - 1);
  const problems: ParseProblem[] = doc.errors.map((err) => {
    const offset = Math.min(err.pos[0], lastWritten);
    const place = at(offset);
    // yaml's messages carry a code excerpt after the first line and a place relative to the
    // YAML text ("at line 3, column 18"); keep the first line, without that place.
    const first = (err.message.split('\n')[0] ?? err.message).replace(
      / at line \d+, column \d+:?$/,
      '',
    );
    return { ...place, message: yamlErrorMessages[err.code] ?? first };
  });

  let astroData: unknown;
  let astroFailed = false;
  try {
    // Astro's frontmatter split has parsed it already, with the same parser: no need to parse twice.
    astroData = parsedByAstro ? parsedByAstro.data : loadLikeAstro(text);
  } catch (error) {
    astroFailed = true;
    const e = error as {
      reason?: string;
      mark?: { line?: number; column?: number };
      message?: string;
    };
    if (problems.length === 0) {
      problems.push({
        line: (e.mark?.line ?? 0) + 1 + lineOffset,
        column: (e.mark?.column ?? 0) + 1,
        message: e.reason ?? e.message ?? String(error),
      });
    }
  }

  const construct = (
    node: { range?: [number, number, number] | null | undefined },
    message: string,
  ) => problems.push({ ...at(node.range?.[0] ?? 0), rule: 'yaml-construct', message });
  if (/^%/m.test(text)) {
    const offset = text.search(/^%/m);
    problems.push({
      ...at(offset),
      rule: 'yaml-construct',
      message: '不能使用 % 开头的 YAML 指令',
    });
  }
  visit(doc, {
    Alias(_, node) {
      construct(node, `不能使用 YAML 别名 *${node.source}:请把值直接写出来`);
    },
    Node(_, node) {
      if (node.anchor) construct(node, `不能使用 YAML 锚点 &${node.anchor}:请把值直接写出来`);
      if (node.tag)
        construct(
          node,
          `不能使用 YAML 类型标记 ${node.tag.replace('tag:yaml.org,2002:', '!!')}:值按普通文字、数字或日期书写即可`,
        );
      // Dates the parsers read as timestamps, and quoted ones that a date field turns into a day all the same.
      if (
        isScalar(node) &&
        (node.value instanceof Date ||
          (typeof node.value === 'string' && /^\d{4}-\d{1,2}-\d{1,2}$/.test(node.value)))
      ) {
        const why = unrealTimestamp(
          node.value instanceof Date
            ? text.slice(node.range?.[0] ?? 0, node.range?.[1] ?? 0)
            : String(node.value),
        );
        if (why) problems.push({ ...at(node.range?.[0] ?? 0), rule: 'invalid-date', message: why });
      }
    },
    Pair(_, pair) {
      if (!isScalar(pair.key)) {
        if (pair.key !== null)
          construct(pair.key as { range?: [number, number, number] }, '字段名只能是普通文字');
      } else if (String(pair.key.value) === '<<') {
        construct(pair.key, '不能使用 YAML 合并键 <<:请把每个字段直接写出来');
      }
    },
  });

  const strings: YamlString[] = [];
  const keys = new Map<string, Place>();

  // Where each value is written, by path (kept instead of the document, which is large).
  const places = new Map<string, Place>();
  const visitNode = (node: unknown, path: (string | number)[], key: string | undefined): void => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (range) places.set(JSON.stringify(path), at(range[0]));
    if (isScalar(node)) {
      if (typeof node.value === 'string' && node.range) {
        const value = node.value;
        const [from, to] = node.range;
        const written = text.slice(from, to);
        const quoted =
          (written.startsWith('"') || written.startsWith("'")) && written.slice(1, -1) === value;
        const base = written === value ? from : quoted ? from + 1 : null;
        const start = at(from);
        // Characters an escape wrote ("\x0b", "\u202e"): the file's text has none of them to refuse.
        const invisible = invisibleInValue(value);
        if (invisible && invisibleInValue(written) === null) {
          problems.push({
            ...start,
            rule: 'file-characters',
            message: `字段 ${path.join('.')} 的值里有转义写出的${invisible}`,
          });
        }
        strings.push({
          path,
          key,
          value,
          ...start,
          placeOf: (index) => (base === null ? start : at(base + index)),
        });
      }
    } else if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const k = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        if (path.length === 0 && isScalar(pair.key) && pair.key.range)
          keys.set(k, at(pair.key.range[0]));
        visitNode(pair.value, [...path, k], k);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visitNode(item, [...path, i], key));
    }
  };
  visitNode(doc.contents, [], undefined);

  let data: unknown;
  const refusedConstruct = problems.some((p) => p.rule === 'yaml-construct');
  if (doc.errors.length === 0 && !astroFailed) {
    // Compared only when no refused construct explains a difference already.
    const difference = refusedConstruct ? null : firstDifference(astroData, doc.toJS());
    if (difference) {
      const node = doc.getIn(difference, true) as { range?: [number, number, number] } | undefined;
      problems.push({
        ...at(node?.range?.[0] ?? 0),
        rule: 'yaml-construct',
        message: `字段 ${difference.join('.') || '(整个文件)'} 的写法有歧义:网站和内容管理系统会读出不同的值,请改用普通写法(必要时给文字加引号)`,
      });
    }
    data = astroData;
  }
  const placeOf = (path: readonly (string | number)[]): Place | undefined =>
    places.get(JSON.stringify(path));
  return { data, strings, keys, problems, placeOf };
}

export { lineStarts, placeAt } from './reading.ts';

/**
 * Visits every node of an mdast tree in document order. Return `'skip'`
 * from `visit` to leave a node's children out.
 */
export function walk(
  node: Nodes,
  visit: (node: Nodes, parent: Parents | undefined) => void | 'skip',
  parent?: Parents,
): void {
  if (visit(node, parent) === 'skip') return;
  if ('children' in node) {
    for (const child of node.children as Nodes[]) walk(child, visit, node);
  }
}
