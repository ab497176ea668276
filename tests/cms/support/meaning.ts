import { parse } from 'yaml';
import { parseDocument } from '../../../src/lib/gate/parse.ts';

/**
 * What a content file means, for comparing a file before and after the CMS
 * saved it: frontmatter/YAML values (dates as YYYY-MM-DD) and the body's
 * Markdown/MDX syntax tree without positions. Bytes may differ (list
 * markers, quoting, key order); meaning may not.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function normalizeValue(value: unknown): Json {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(normalizeValue);
  if (value && typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value).sort())
      out[key] = normalizeValue((value as Record<string, unknown>)[key]);
    return out;
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/.test(value))
    return value.slice(0, 10);
  return (value ?? null) as Json;
}

/** The body's tree: no positions, no frontmatter node, adjacent text merged, JSX attributes as a sorted map. */
function normalizeNode(node: Record<string, unknown>): Json {
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'position' || key === 'data') continue;
    if (key === 'children' && Array.isArray(value)) {
      const children: Json[] = [];
      for (const child of value as Record<string, unknown>[]) {
        if (child['type'] === 'yaml') continue;
        const n = normalizeNode(child) as { [key: string]: Json };
        const last = children[children.length - 1] as { [key: string]: Json } | undefined;
        if (n['type'] === 'text' && last?.['type'] === 'text')
          last['value'] = `${String(last['value'])}${String(n['value'])}`;
        else children.push(n);
      }
      out[key] = children;
    } else if (key === 'attributes' && Array.isArray(value)) {
      const attrs: { [key: string]: Json } = {};
      for (const a of value as { name: string; value: unknown }[])
        attrs[a.name] = normalizeValue(a.value);
      out[key] = attrs;
    } else {
      out[key] = normalizeValue(value);
    }
  }
  return out;
}

export interface Meaning {
  data: Json;
  body: Json;
  /** The MDX components in the body, in order: `Callout{type:tip}` … */
  components: string[];
}

function componentsOf(node: Json, out: string[] = []): string[] {
  if (node && typeof node === 'object' && !Array.isArray(node)) {
    if (
      (node['type'] === 'mdxJsxFlowElement' || node['type'] === 'mdxJsxTextElement') &&
      typeof node['name'] === 'string'
    ) {
      out.push(`${node['name']}${JSON.stringify(node['attributes'] ?? {})}`);
    }
    const children = node['children'];
    if (Array.isArray(children)) for (const c of children) componentsOf(c, out);
  }
  return out;
}

export function meaningOf(path: string, text: string): Meaning {
  if (path.endsWith('.yaml'))
    return { data: normalizeValue(parse(text)), body: null, components: [] };
  const doc = parseDocument(text, 'mdx');
  if (!doc.tree) throw new Error(`${path}: ${doc.problems.map((p) => p.message).join('; ')}`);
  const body = normalizeNode(doc.tree as unknown as Record<string, unknown>);
  return {
    data: normalizeValue(doc.frontmatter?.data ?? null),
    body,
    components: componentsOf(body),
  };
}

/** What a character next to inline markup is: where CommonMark's flanking rules treat kinds apart. */
function charKind(char: string | undefined): string {
  if (char === undefined || char === '') return 'none';
  if (/\s/.test(char)) return 'space';
  if (/[\p{Script=Han}]/u.test(char)) return 'han';
  if (/[\p{P}\p{S}]/u.test(char)) return char.charCodeAt(0) > 0x7f ? 'wide-punct' : 'ascii-punct';
  return 'ascii';
}

function textOf(node: Json): string {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return '';
  if (typeof node['value'] === 'string') return node['value'];
  return Array.isArray(node['children']) ? node['children'].map(textOf).join('') : '';
}

function valueFeatures(value: Json, path: string, out: Set<string>): void {
  if (Array.isArray(value)) {
    out.add(`${path}[]${value.length > 1 ? ' several' : ''}`);
    for (const item of value) valueFeatures(item, `${path}[]`, out);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) valueFeatures(item, `${path}.${key}`, out);
  } else {
    out.add(`${path}: ${value === null ? 'null' : typeof value}`);
    if (typeof value === 'string') {
      if (value.includes('\n')) out.add(`${path}: several lines`);
      for (const char of value.match(/[*_<>{}[\]\\`#|~&:"']/g) ?? [])
        out.add(`${path} has ${char}`);
    }
  }
}

function bodyFeatures(node: Json, parent: string, out: Set<string>): void {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return;
  const type = String(node['type']);
  const name = typeof node['name'] === 'string' ? `<${node['name']}>` : '';
  const kind = `${type}${name}`;
  out.add(`${parent} > ${kind}`);
  for (const key of ['depth', 'ordered', 'spread', 'checked', 'align', 'lang'] as const)
    if (node[key] !== undefined && node[key] !== null)
      out.add(`${kind}.${key}=${JSON.stringify(node[key])}`);
  const attributes = node['attributes'];
  if (attributes && typeof attributes === 'object' && !Array.isArray(attributes))
    for (const [attribute, value] of Object.entries(attributes))
      out.add(`${kind} ${attribute}: ${typeof value}`);
  if (type === 'text' || type === 'inlineCode' || type === 'code')
    for (const char of String(node['value']).match(/[*_<>{}[\]\\`#|~&$]/g) ?? [])
      out.add(`${type} has ${char}`);
  const children = node['children'];
  if (!Array.isArray(children)) return;
  children.forEach((child, i) => {
    if (!child || typeof child !== 'object' || Array.isArray(child)) return;
    // Inline markup beside Chinese punctuation or letters is where a serializer's escaping goes wrong.
    if (['strong', 'emphasis', 'link', 'inlineCode', 'delete'].includes(String(child['type']))) {
      const before = textOf(children[i - 1] ?? null).at(-1);
      const after = textOf(children[i + 1] ?? null)[0];
      out.add(`${String(child['type'])} after ${charKind(before)}, before ${charKind(after)}`);
    }
    bodyFeatures(child, kind, out);
  });
}

/**
 * What a file's meaning is made of, as names: every value path with its type
 * and special characters, every node type under its parent with its settings,
 * every component with its attributes, inline markup by its neighbours. Two
 * files with the same features take the same paths through a serializer.
 */
export function featuresOf(meaning: Meaning): Set<string> {
  const out = new Set<string>();
  valueFeatures(meaning.data, 'data', out);
  bodyFeatures(meaning.body, 'body', out);
  return out;
}

/**
 * The fewest items (greedily) whose features together are all the items'
 * features, in the items' order.
 */
export function coveringItems<T>(items: T[], features: (item: T) => Set<string>): T[] {
  const sets = items.map((item) => ({ item, features: features(item) }));
  const uncovered = new Set(sets.flatMap((s) => [...s.features]));
  const chosen = new Set<T>();
  while (uncovered.size > 0) {
    let best = sets[0]!;
    let bestGain = -1;
    for (const s of sets) {
      let gain = 0;
      for (const f of s.features) if (uncovered.has(f)) gain++;
      if (gain > bestGain) [best, bestGain] = [s, gain];
    }
    chosen.add(best.item);
    for (const f of best.features) uncovered.delete(f);
  }
  return items.filter((item) => chosen.has(item));
}
