import { parseDocument } from 'htmlparser2';

/**
 * What a paste from Word, WPS or a web page becomes in the article body:
 * the clipboard's HTML turned into the rich-text editor's own blocks
 * (Decap's Slate nodes), keeping what the site's Markdown can hold —
 * headings (moved down so the first level is 二级标题: the article's title is
 * the only 一级), paragraphs, bold, italic, links, lists and tables — and
 * dropping the rest: Word's list bullets (§ · o), styles, comments, images
 * (an image has to be uploaded; it is counted so the editor is told).
 */

export interface SlateText {
  text: string;
  bold?: true;
  italic?: true;
}
export interface SlateElement {
  type: string;
  children: SlateNode[];
  url?: string;
  data?: Record<string, unknown>;
}
export type SlateNode = SlateText | SlateElement;

export interface PastedContent {
  nodes: SlateElement[];
  /** Images left out (they cannot be pasted: they must be uploaded). */
  droppedImages: number;
}

interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
}

const SKIPPED = new Set([
  'head',
  'style',
  'script',
  'title',
  'meta',
  'link',
  'xml',
  'template',
  'noscript',
  'svg',
  'math',
  'iframe',
  'object',
  'button',
  'input',
  'select',
  'textarea',
]);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'blockquote',
  'pre',
  'address',
  'figure',
  'figcaption',
  'center',
  'dd',
  'dt',
  'dl',
]);
const LINK_SCHEMES = /^(https?:|mailto:|tel:)/i;
const LEVEL_NAMES = ['', 'one', 'two', 'three', 'four', 'five', 'six'];

interface Marks {
  bold?: true;
  italic?: true;
}

const styleOf = (node: DomNode): string => (node.attribs?.['style'] ?? '').toLowerCase();
const isIgnoredListMarker = (node: DomNode): boolean => /mso-list\s*:\s*ignore/.test(styleOf(node));
const isHidden = (node: DomNode): boolean =>
  /display\s*:\s*none|mso-hide\s*:\s*all/.test(styleOf(node));

function marksOf(node: DomNode, marks: Marks): Marks {
  const name = node.name;
  const style = styleOf(node);
  const out: Marks = { ...marks };
  if (name === 'b' || name === 'strong' || /font-weight\s*:\s*(bold|[6-9]00)/.test(style))
    out.bold = true;
  if (/font-weight\s*:\s*(normal|[1-4]00)/.test(style)) delete out.bold;
  if (name === 'i' || name === 'em' || /font-style\s*:\s*italic/.test(style)) out.italic = true;
  return out;
}

/** Whitespace as a browser shows it; a line break of the HTML source between Chinese characters shows as nothing. */
function collapse(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(
      /([\u3000-\u9fff\uff00-\uffef])[ \t]*[\r\n]+\s*(?=[\u3000-\u9fff\uff00-\uffef])/g,
      '$1',
    )
    .replace(/\s+/g, ' ');
}

class Converter {
  droppedImages = 0;
  readonly headings: { node: SlateElement; level: number }[] = [];

  inline(nodes: readonly DomNode[], marks: Marks): SlateNode[] {
    const out: SlateNode[] = [];
    for (const node of nodes) {
      if (node.type === 'text') {
        const text = collapse(node.data ?? '');
        if (text) out.push({ text, ...marks });
      } else if (node.type === 'tag' && node.name) {
        if (SKIPPED.has(node.name) || isIgnoredListMarker(node) || isHidden(node)) continue;
        if (node.name === 'img') {
          this.droppedImages++;
          continue;
        }
        if (node.name === 'br') {
          out.push({ text: '\n', ...marks });
          continue;
        }
        const children = this.inline(node.children ?? [], marksOf(node, marks));
        const href = node.name === 'a' ? (node.attribs?.['href'] ?? '').trim() : '';
        if (href && LINK_SCHEMES.test(href) && children.length > 0)
          out.push({ type: 'link', url: href, data: { url: href }, children });
        else out.push(...children);
      }
    }
    return out;
  }

  /** Inline content of one block: trimmed, merged, never empty for Slate. */
  tidy(nodes: SlateNode[]): SlateNode[] {
    const merged: SlateNode[] = [];
    for (const node of nodes) {
      const last = merged.at(-1);
      if (
        last &&
        'text' in last &&
        'text' in node &&
        last.bold === node.bold &&
        last.italic === node.italic
      )
        last.text += node.text;
      else merged.push('text' in node ? { ...node } : node);
    }
    const first = merged[0];
    if (first && 'text' in first) first.text = first.text.replace(/^\s+/, '');
    const last = merged.at(-1);
    if (last && 'text' in last) last.text = last.text.replace(/\s+$/, '');
    const kept = merged.filter((n) => !('text' in n) || n.text !== '');
    return kept;
  }

  hasText(nodes: SlateNode[]): boolean {
    return nodes.some((n) => ('text' in n ? n.text.trim() !== '' : this.hasText(n.children)));
  }

  paragraph(children: SlateNode[]): SlateElement | null {
    const tidy = this.tidy(children);
    return this.hasText(tidy) ? { type: 'paragraph', children: tidy } : null;
  }

  /** Word's list paragraphs: `mso-list` in the style; the marker (ignored span) says numbered or bulleted. */
  wordListItem(node: DomNode): { ordered: boolean; level: number } | null {
    const style = styleOf(node);
    const cls = node.attribs?.['class'] ?? '';
    if (!/mso-list\s*:\s*l\d+/.test(style) && !/MsoListParagraph/i.test(cls)) return null;
    const level = Number(/level(\d+)/.exec(style)?.[1] ?? '1');
    const marker = textOf(findIgnored(node) ?? { type: 'root', children: [] }).trim();
    return { ordered: /^[(（]?[0-9一二三四五六七八九十a-zA-Z]+[.、)）]/.test(marker), level };
  }

  blocks(nodes: readonly DomNode[]): SlateElement[] {
    const out: SlateElement[] = [];
    let pendingInline: DomNode[] = [];
    const flush = () => {
      if (pendingInline.length === 0) return;
      const p = this.paragraph(this.inline(pendingInline, {}));
      if (p) out.push(p);
      pendingInline = [];
    };
    for (let k = 0; k < nodes.length; k++) {
      const node = nodes[k]!;
      if (node.type === 'text') {
        pendingInline.push(node);
        continue;
      }
      if (node.type !== 'tag' || !node.name) continue;
      const name = node.name;
      if (SKIPPED.has(name) || isHidden(node)) continue;
      const heading = /^h([1-6])$/.exec(name);
      const wordItem = name === 'p' ? this.wordListItem(node) : null;
      if (heading) {
        flush();
        const children = this.tidy(this.inline(node.children ?? [], {}));
        if (this.hasText(children)) {
          const element: SlateElement = { type: 'heading-two', children };
          this.headings.push({ node: element, level: Number(heading[1]) });
          out.push(element);
        }
      } else if (wordItem) {
        flush();
        // Consecutive list paragraphs of Word form one list.
        const ordered = wordItem.ordered;
        const items: SlateElement[] = [];
        let j = k;
        while (j < nodes.length) {
          const candidate = nodes[j]!;
          if (candidate.type === 'text' && !(candidate.data ?? '').trim()) {
            j++;
            continue;
          }
          const item =
            candidate.type === 'tag' && candidate.name === 'p'
              ? this.wordListItem(candidate)
              : null;
          if (!item || item.ordered !== ordered) break;
          const p = this.paragraph(this.inline(candidate.children ?? [], {}));
          if (p) items.push({ type: 'list-item', children: [p] });
          j++;
        }
        k = j - 1;
        if (items.length > 0)
          out.push({ type: ordered ? 'numbered-list' : 'bulleted-list', children: items });
      } else if (name === 'ul' || name === 'ol') {
        flush();
        const items = (node.children ?? [])
          .filter((c) => c.type === 'tag' && c.name === 'li')
          .map((li) => {
            const inner = this.blocks(li.children ?? []);
            return {
              type: 'list-item',
              children:
                inner.length > 0 ? inner : [{ type: 'paragraph', children: [{ text: '' }] }],
            } as SlateElement;
          })
          .filter((li) => this.hasText(li.children));
        if (items.length > 0)
          out.push({ type: name === 'ol' ? 'numbered-list' : 'bulleted-list', children: items });
      } else if (name === 'table') {
        flush();
        const table = this.table(node);
        if (table) out.push(table);
      } else if (name === 'hr') {
        flush();
      } else if (name === 'html' || name === 'body') {
        flush();
        out.push(...this.blocks(node.children ?? []));
      } else if (BLOCKS.has(name) || name === 'li') {
        flush();
        const inner = name === 'blockquote' ? this.blocks(node.children ?? []) : null;
        if (inner) {
          if (inner.length > 0) out.push({ type: 'quote', children: inner });
        } else if ((node.children ?? []).some((c) => c.type === 'tag' && isBlockish(c)))
          out.push(...this.blocks(node.children ?? []));
        else {
          const p = this.paragraph(this.inline(node.children ?? [], {}));
          if (p) out.push(p);
        }
      } else {
        // An inline element (span, b, a …) at block level: part of a paragraph.
        if (
          isBlockish(node) ||
          (node.children ?? []).some((c) => c.type === 'tag' && isBlockish(c))
        ) {
          flush();
          out.push(...this.blocks(node.children ?? []));
        } else pendingInline.push(node);
      }
    }
    flush();
    return out;
  }

  table(node: DomNode): SlateElement | null {
    const rows: DomNode[] = [];
    const collect = (n: DomNode) => {
      for (const c of n.children ?? []) {
        if (c.type !== 'tag') continue;
        if (c.name === 'tr') rows.push(c);
        else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') collect(c);
      }
    };
    collect(node);
    const slateRows = rows
      .map((tr) =>
        (tr.children ?? [])
          .filter((c) => c.type === 'tag' && (c.name === 'td' || c.name === 'th'))
          .map((cell) => {
            // A cell holds one line in Markdown: its paragraphs joined.
            const parts = this.blocks(cell.children ?? []).map((b) => flatten(b));
            const children = this.tidy(
              parts.flatMap((p, i) => (i === 0 ? p : [{ text: ' ' }, ...p])),
            );
            return {
              type: 'table-cell',
              children: children.length > 0 ? children : [{ text: '' }],
            } as SlateElement;
          }),
      )
      .filter((cells) => cells.length > 0);
    if (slateRows.length === 0) return null;
    const width = Math.max(...slateRows.map((r) => r.length));
    for (const cells of slateRows)
      while (cells.length < width) cells.push({ type: 'table-cell', children: [{ text: '' }] });
    return {
      type: 'table',
      data: { align: new Array(width).fill(null) },
      children: slateRows.map((cells) => ({ type: 'table-row', children: cells })),
    };
  }
}

function isBlockish(node: DomNode): boolean {
  return (
    !!node.name &&
    (BLOCKS.has(node.name) ||
      /^h[1-6]$/.test(node.name) ||
      ['ul', 'ol', 'table', 'li', 'hr'].includes(node.name))
  );
}

function findIgnored(node: DomNode): DomNode | undefined {
  for (const c of node.children ?? []) {
    if (c.type !== 'tag') continue;
    if (isIgnoredListMarker(c)) return c;
    const inner = findIgnored(c);
    if (inner) return inner;
  }
  return undefined;
}

function textOf(node: DomNode): string {
  if (node.type === 'text') return node.data ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** A block's inline content (list items' and quotes' paragraphs joined). */
function flatten(block: SlateElement): SlateNode[] {
  if (block.type === 'paragraph' || block.type.startsWith('heading-')) return block.children;
  return block.children.flatMap((c, i) =>
    'text' in c ? [c] : i === 0 ? flatten(c) : [{ text: ' ' }, ...flatten(c)],
  );
}

/** The clipboard's HTML as editor blocks, headings moved so the highest level is 二级. */
export function pastedHtmlToBlocks(html: string): PastedContent {
  const document = parseDocument(html, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  }) as unknown as DomNode;
  // Word wraps the fragment in <!--StartFragment--> … <!--EndFragment-->; comments are dropped anyway.
  const converter = new Converter();
  const nodes = converter.blocks(document.children ?? []);
  const top = Math.min(...converter.headings.map((h) => h.level));
  for (const h of converter.headings)
    h.node.type = `heading-${LEVEL_NAMES[Math.min(6, h.level - top + 2)]}`;
  return { nodes, droppedImages: converter.droppedImages };
}
