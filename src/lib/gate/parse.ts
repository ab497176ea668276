import type { Nodes, Parents, Root } from 'mdast';
import type {} from 'mdast-util-mdx';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument as parseYamlDocument } from 'yaml';

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
}

export type BodyKind = 'mdx' | 'md';

export interface ParsedDocument {
  kind: BodyKind;
  /** The mdast tree, or `null` when the body does not parse (see `problems`). */
  tree: Root | null;
  /** The frontmatter, or `null` when the file has none. */
  frontmatter: ParsedYaml | null;
  /** Parse errors of the body (MDX syntax) — frontmatter problems are in `frontmatter.problems`. */
  problems: ParseProblem[];
}

const mdxMicromark = [mdxjs(), gfm(), frontmatter(['yaml'])];
const mdxMdast = [mdxFromMarkdown(), gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])];
const mdMicromark = [gfm(), frontmatter(['yaml'])];
const mdMdast = [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])];

interface MessageLike {
  reason?: unknown;
  message?: unknown;
  line?: unknown;
  column?: unknown;
}

function toProblem(error: unknown): ParseProblem {
  const e = (typeof error === 'object' && error !== null ? error : {}) as MessageLike;
  const reason = typeof e.reason === 'string' ? e.reason : typeof e.message === 'string' ? e.message : String(error);
  if (typeof e.line === 'number' && e.line > 0) {
    return { line: e.line, column: typeof e.column === 'number' && e.column > 0 ? e.column : 1, message: reason };
  }
  // Some messages (an unclosed tag at the end of the file) carry their place only in the text: "(7:1-7:22)".
  const inText = /\((\d+):(\d+)/.exec(reason);
  return { line: Number(inText?.[1] ?? 1), column: Number(inText?.[2] ?? 1), message: reason };
}

function frontmatterOf(tree: Root): ParsedYaml | null {
  const first = tree.children[0];
  if (!first || first.type !== 'yaml') return null;
  // The YAML text starts on the line after the opening `---`.
  const startLine = first.position?.start.line ?? 1;
  return parseYaml(first.value, startLine);
}

/**
 * Parses an MDX or Markdown file. A body that does not parse yields
 * `tree: null` and a problem with the parser's line/column; the frontmatter
 * is then read with the plain Markdown parser so it can still be indexed.
 */
export function parseDocument(source: string, kind: BodyKind): ParsedDocument {
  if (kind === 'md') {
    const tree = fromMarkdown(source, { extensions: mdMicromark, mdastExtensions: mdMdast });
    return { kind, tree, frontmatter: frontmatterOf(tree), problems: [] };
  }
  try {
    const tree = fromMarkdown(source, { extensions: mdxMicromark, mdastExtensions: mdxMdast });
    return { kind, tree, frontmatter: frontmatterOf(tree), problems: [] };
  } catch (error) {
    // Plain Markdown (no MDX) never throws: recover the frontmatter from it.
    const fallback = fromMarkdown(source, { extensions: [frontmatter(['yaml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml'])] });
    return { kind, tree: null, frontmatter: frontmatterOf(fallback), problems: [toProblem(error)] };
  }
}

/**
 * Parses YAML. `lineOffset` is the number of lines in the file before the
 * YAML text (1 for frontmatter after the opening `---`, 0 for a data file).
 */
export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseYamlDocument(text, { lineCounter, prettyErrors: true });
  const at = (offset: number): Place => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + lineOffset, column: pos.col };
  };

  const problems: ParseProblem[] = doc.errors.map((err) => {
    const offset = err.pos[0];
    const place = at(offset);
    // yaml's messages carry a code excerpt after the first line and a place relative to the
    // YAML text ("at line 3, column 18"); keep the first line, without that place.
    const first = (err.message.split('\n')[0] ?? err.message).replace(/ at line \d+, column \d+:?$/, '');
    return { ...place, message: first };
  });

  const strings: YamlString[] = [];
  const keys = new Map<string, Place>();

  const visitNode = (node: unknown, path: (string | number)[], key: string | undefined): void => {
    if (isScalar(node)) {
      if (typeof node.value === 'string' && node.range) {
        const value = node.value;
        const [from, to] = node.range;
        const written = text.slice(from, to);
        const quoted = (written.startsWith('"') || written.startsWith("'")) && written.slice(1, -1) === value;
        const base = written === value ? from : quoted ? from + 1 : null;
        const start = at(from);
        strings.push({ path, key, value, ...start, placeOf: (index) => (base === null ? start : at(base + index)) });
      }
    } else if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const k = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        if (path.length === 0 && isScalar(pair.key) && pair.key.range) keys.set(k, at(pair.key.range[0]));
        visitNode(pair.value, [...path, k], k);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visitNode(item, [...path, i], key));
    }
  };
  visitNode(doc.contents, [], undefined);

  let data: unknown;
  if (problems.length === 0) {
    try {
      data = doc.toJS();
    } catch (error) {
      problems.push({ ...at(0), message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { data, strings, keys, problems };
}

/** Offsets of line starts, to turn a character offset into a line/column. */
export function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

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

/**
 * Visits every node of an mdast tree in document order. Return `'skip'`
 * from `visit` to leave a node's children out.
 */
export function walk(node: Nodes, visit: (node: Nodes, parent: Parents | undefined) => void | 'skip', parent?: Parents): void {
  if (visit(node, parent) === 'skip') return;
  if ('children' in node) {
    for (const child of node.children as Nodes[]) walk(child, visit, node);
  }
}
