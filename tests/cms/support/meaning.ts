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
