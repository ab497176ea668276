import type { Nodes, Root, TableRow } from 'mdast';
import { lineStarts, placeAt, walk, type Place } from './parse.ts';
import type { Finding, LocalFinding } from './report.ts';
import {
  foldForMatching,
  isAllowed,
  listProblem,
  readList,
  type WordListSource,
} from './wording.ts';

/**
 * Plain language for older readers, as warnings (the editor decides):
 * sentences of a health article longer than a set length, and terms of the
 * jargon list (content/wording/jargon.yaml) whose first use in an article
 * has none of its everyday words nearby (高压 beside 收缩压).
 */

export interface JargonEntry {
  /** The term readers may not know, e.g. 收缩压. */
  phrase: string;
  /** Everyday words that explain it; one of them must be nearby, e.g. 高压. */
  plain: string[];
  /** Optional note shown to the editor. */
  reason: string | undefined;
  /** Longer words containing the term that are not it (汞 in 毫米汞柱). */
  allow: string[];
}

/**
 * The longest sentence of a health article, in characters as
 * `countSentenceLength` counts them, before a warning. Most sentences should
 * stay under 30; past 40 an older reader loses the thread.
 */
export const defaultMaxSentenceLength = 40;

const jargonKeys = new Set(['phrase', 'plain', 'reason', 'allow']);

/** Parses and validates the jargon list; malformed entries are parse errors at the entry's line. */
export function parseJargonList(source: WordListSource): {
  entries: JargonEntry[];
  findings: Finding[];
} {
  const { items, findings } = readList(source, jargonKeys, ['phrase']);
  const entries: JargonEntry[] = [];
  items.forEach(({ entry, place }) => {
    const phrase = String(entry['phrase']).trim();
    const raw = entry['plain'];
    const plain = (typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw : []).map(
      (p: unknown) => (typeof p === 'string' ? p.trim() : ''),
    );
    if (plain.length === 0 || plain.some((p) => p === '')) {
      findings.push(
        listProblem(
          source.path,
          place,
          `“${phrase}”缺少 plain:请写一个或几个通俗说法(文字或列表),例如 plain: [高压]`,
        ),
      );
      return;
    }
    // The term would otherwise explain itself (plain 毒素 inside 肠毒素).
    const inside = plain.find((p) => foldForMatching(phrase).includes(foldForMatching(p)));
    if (inside !== undefined) {
      findings.push(
        listProblem(
          source.path,
          place,
          `“${phrase}”的通俗说法“${inside}”是术语本身的一部分,起不到解释作用,请换一个说法`,
        ),
      );
      return;
    }
    const reason =
      typeof entry['reason'] === 'string' && entry['reason'].trim() !== ''
        ? entry['reason'].trim()
        : undefined;
    entries.push({ phrase, plain, reason, allow: (entry['allow'] as string[] | undefined) ?? [] });
  });
  return { entries, findings };
}

/** A block of text readers take in at once: a paragraph, a heading, a table cell. */
export interface TextBlock {
  text: string;
  placeOf(index: number): Place;
  /** Blocks with the same unit are read together: the cells of one table row, a heading and the block after it. */
  unit: number;
}

/**
 * The readable text of an MDX/Markdown body, block by block, in document
 * order. Inline formatting and links are read through; code, images, HTML
 * and expressions are left out.
 */
export function textBlocks(tree: Root, source: string): TextBlock[] {
  const starts = lineStarts(source);
  const blocks: TextBlock[] = [];
  const rowUnits = new Map<TableRow, number>();
  let units = 0;
  // A heading is read with the block after it (## 什么是二次供水, then the paragraph that says).
  let afterHeading: number | undefined;
  walk(tree, (node, parent) => {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell')
      return undefined;
    let unit: number;
    if (node.type === 'tableCell' && parent?.type === 'tableRow') {
      unit = rowUnits.get(parent) ?? afterHeading ?? units++;
      rowUnits.set(parent, unit);
    } else {
      unit = afterHeading ?? units++;
    }
    afterHeading = node.type === 'heading' ? unit : undefined;
    let text = '';
    const where: (number | Place)[] = [];
    const fallback = (n: Nodes): Place => ({
      line: n.position?.start.line ?? 1,
      column: n.position?.start.column ?? 1,
    });
    const add = (n: Nodes): void => {
      switch (n.type) {
        case 'text': {
          const from = n.position?.start.offset;
          const to = n.position?.end.offset;
          const exact =
            from !== undefined && to !== undefined && source.slice(from, to) === n.value;
          for (let i = 0; i < n.value.length; i++) where.push(exact ? from + i : fallback(n));
          // A line break inside a paragraph is not a sentence end (it reads as nothing); a hard break is.
          text += n.value.replace(/\n/g, ' ');
          return;
        }
        case 'break':
          where.push(fallback(n));
          text += '\n';
          return;
        case 'inlineCode':
        case 'image':
        case 'imageReference':
        case 'html':
        case 'mdxTextExpression':
        case 'footnoteReference':
          return;
        case 'mdxJsxTextElement':
          if (n.name?.toLowerCase() === 'br') {
            where.push(fallback(n));
            text += '\n';
            return;
          }
          for (const child of n.children as Nodes[]) add(child);
          return;
        default:
          if ('children' in n) for (const child of n.children as Nodes[]) add(child);
      }
    };
    add(node);
    if (text.trim() !== '') {
      const start = fallback(node);
      blocks.push({
        text,
        unit,
        placeOf: (i) => {
          const w = where[i];
          return w === undefined ? start : typeof w === 'number' ? placeAt(starts, w) : w;
        },
      });
    }
    return 'skip';
  });
  return blocks;
}

const sentenceEnders = new Set(['。', '！', '？', '!', '?', '；', ';', '…', '\n']);
const closers = new Set(['”', '’', '」', '』', '）', ')', '】', '》', '"', "'"]);

/** Where each sentence of `text` starts and ends (end exclusive), its closing marks included. */
export function splitSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (sentenceEnders.has(text[i]!)) {
      let end = i + 1;
      while (end < text.length && (sentenceEnders.has(text[end]!) || closers.has(text[end]!)))
        end++;
      out.push({ start, end });
      start = end;
      i = end;
    } else {
      i++;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out.filter((s) => text.slice(s.start, s.end).trim() !== '');
}

const han = /\p{Script=Han}/u;
const wordChar = /[\p{L}\p{N}]/u;

/**
 * How long a sentence reads: each Chinese character counts one, and so does
 * each number or Latin word (140, mmHg, 5.6); punctuation and spaces count nothing.
 */
export function countSentenceLength(sentence: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i]!;
    if (han.test(c)) {
      count++;
      inWord = false;
    } else if (wordChar.test(c)) {
      if (!inWord) count++;
      inWord = true;
    } else {
      // 5.6 and 1,000 stay one number.
      inWord = inWord && (c === '.' || c === ',') && wordChar.test(sentence[i + 1] ?? '');
    }
  }
  return count;
}

/** Sentences longer than `max`, one warning each, at the sentence's first character. */
export function checkSentenceLengths(blocks: readonly TextBlock[], max: number): LocalFinding[] {
  const findings: LocalFinding[] = [];
  for (const block of blocks) {
    for (const s of splitSentences(block.text)) {
      const sentence = block.text.slice(s.start, s.end);
      const length = countSentenceLength(sentence);
      if (length <= max) continue;
      const lead = s.start + (sentence.length - sentence.trimStart().length);
      const opening = sentence.trim().slice(0, 12);
      findings.push({
        ...block.placeOf(lead),
        rule: 'sentence-too-long',
        severity: 'warning',
        message: `这句话有 ${length} 个字(“${opening}……”),超过 ${max} 字:老年读者读长句吃力,请拆成两三句短句,一句只讲一件事,大多数句子不超过 30 字`,
      });
    }
  }
  return findings;
}

const quoted = (words: readonly string[]) => words.map((w) => `“${w}”`).join('');

/**
 * Each listed term, at its first use in the article, needs one of its
 * everyday words in the same block (the same table row; a heading and the
 * block after it). Later uses are fine: by then the reader has been told.
 */
export function checkJargon(
  blocks: readonly TextBlock[],
  entries: readonly JargonEntry[],
): LocalFinding[] {
  const findings: LocalFinding[] = [];
  const folded = blocks.map((b) => foldForMatching(b.text));
  const unitText = new Map<number, string>();
  blocks.forEach((b, i) => unitText.set(b.unit, `${unitText.get(b.unit) ?? ''}\n${folded[i]}`));
  for (const entry of entries) {
    const term = foldForMatching(entry.phrase);
    let first = -1;
    let at = -1;
    for (let b = 0; b < folded.length && first < 0; b++) {
      for (let i = folded[b]!.indexOf(term); i >= 0; i = folded[b]!.indexOf(term, i + 1)) {
        if (isAllowed(folded[b]!, i, term.length, entry.allow)) continue;
        first = b;
        at = i;
        break;
      }
    }
    if (first < 0) continue;
    const block = blocks[first]!;
    const around = unitText.get(block.unit) ?? '';
    if (entry.plain.some((p) => around.includes(foldForMatching(p)))) continue;
    const advice =
      entry.plain.length === 1
        ? `加上通俗说法“${entry.plain[0]}”,例如写成“${entry.plain[0]}（${entry.phrase}）”`
        : `加上一个通俗说法(${quoted(entry.plain)}都可以)`;
    const note = entry.reason ? `(${entry.reason})` : '';
    findings.push({
      ...block.placeOf(at),
      rule: 'jargon-unexplained',
      severity: 'warning',
      message: `“${entry.phrase}”是专业说法${note},老年读者可能看不懂:在文中第一次出现时,请在同一段里${advice}`,
    });
  }
  return findings;
}
