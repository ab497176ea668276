import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

/**
 * The article body as the CMS will write it, with every top-level block
 * whose meaning the editor did not change written as it was in the file.
 *
 * Decap's rich-text editor re-serialises the whole body on any edit (its
 * own list markers, re-padded tables, escapes), so a one-word change would
 * rewrite lines all over the file and bury the change in the reviewer's
 * diff. Blocks are compared by their syntax tree without positions; the
 * editor's text is kept for blocks that changed, were added or moved.
 */

interface Block {
  key: string;
  start: number;
  end: number;
}

function parse(text: string): Root | null {
  try {
    return fromMarkdown(text, {
      extensions: [mdxjs(), gfm()],
      mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
    });
  } catch {
    return null;
  }
}

/** A node's meaning: no positions, adjacent text merged. */
function meaning(node: unknown): unknown {
  if (Array.isArray(node)) {
    const out: unknown[] = [];
    for (const child of node) {
      const m = meaning(child) as Record<string, unknown>;
      const last = out.at(-1) as Record<string, unknown> | undefined;
      if (m && m['type'] === 'text' && last?.['type'] === 'text')
        last['value'] = `${String(last['value'])}${String(m['value'])}`;
      else out.push(m);
    }
    return out;
  }
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(node).sort()) {
      if (key === 'position' || key === 'data' || key === 'spread') continue;
      out[key] = meaning((node as Record<string, unknown>)[key]);
    }
    return out;
  }
  return node;
}

function blocksOf(tree: Root): Block[] | null {
  const blocks: Block[] = [];
  for (const node of tree.children as RootContent[]) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return null;
    blocks.push({ key: JSON.stringify(meaning(node)), start, end });
  }
  return blocks;
}

/** Pairs [i, j] of a longest common subsequence of `a` and `b` by key. */
function commonBlocks(a: readonly Block[], b: readonly Block[]): Map<number, number> {
  const n = a.length;
  const m = b.length;
  const table = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] =
        a[i]!.key === b[j]!.key
          ? table[i + 1]![j + 1]! + 1
          : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const pairs = new Map<number, number>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i]!.key === b[j]!.key) {
      pairs.set(j, i);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** `after` (the editor's body) with the unchanged blocks of `before` (the file's body) kept as written. */
export function keepUnchangedBlocks(before: string, after: string): string {
  if (before === after) return after;
  const oldTree = parse(before);
  const newTree = parse(after);
  if (!oldTree || !newTree) return after;
  const oldBlocks = blocksOf(oldTree);
  const newBlocks = blocksOf(newTree);
  if (!oldBlocks || !newBlocks || newBlocks.length === 0) return after;
  const kept = commonBlocks(oldBlocks, newBlocks);
  const lastNew = newBlocks.length - 1;
  const lastOld = oldBlocks.length - 1;
  // Before the first block and after the last: the file's own, when those blocks are the file's.
  let out =
    kept.get(0) === 0 ? before.slice(0, oldBlocks[0]!.start) : after.slice(0, newBlocks[0]!.start);
  newBlocks.forEach((block, j) => {
    const i = kept.get(j);
    if (j > 0) {
      const previous = kept.get(j - 1);
      // Between two blocks kept side by side: the file's own spacing.
      out +=
        i !== undefined && previous !== undefined && previous === i - 1
          ? before.slice(oldBlocks[i - 1]!.end, oldBlocks[i]!.start)
          : after.slice(newBlocks[j - 1]!.end, block.start);
    }
    out +=
      i !== undefined
        ? before.slice(oldBlocks[i]!.start, oldBlocks[i]!.end)
        : after.slice(block.start, block.end);
  });
  return (
    out +
    (kept.get(lastNew) === lastOld
      ? before.slice(oldBlocks[lastOld]!.end)
      : after.slice(newBlocks[lastNew]!.end))
  );
}
