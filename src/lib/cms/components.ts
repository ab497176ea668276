import type { z } from 'astro/zod';
import {
  mdxComponentNames,
  mdxComponentSchemas,
  type MdxComponentName,
} from '../../schemas/mdx-components.ts';
import { describe } from './zod-introspect.ts';

/**
 * The site's MDX components (src/schemas/mdx-components.ts) as Decap editor
 * components: how each is found in an article body, read into form fields
 * and written back. Written back as
 *
 *     <Callout type="tip" title="小贴士">
 *
 *     正文(Markdown)
 *
 *     </Callout>
 *
 * or `<Figure src="../uploads/x.png" alt="…" caption="…" />`, attributes in
 * the order of the schema, so open-and-save keeps what the file means.
 */

export interface EditorComponentField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  default?: string;
  options?: { label: string; value: string }[];
  [option: string]: unknown;
}

export interface EditorComponentDefinition {
  /** Decap's id, used in the body field's `editor_components`. */
  id: string;
  component: MdxComponentName;
  label: string;
  fields: EditorComponentField[];
  pattern: RegExp;
  fromBlock: (match: RegExpMatchArray) => Record<string, string>;
  toBlock: (data: Record<string, unknown>) => string;
}

/** What editors see of a component, from its schema's meta: its block's id and label, and its children's label (null: none). */
function componentText(component: MdxComponentName): {
  id: string;
  label: string;
  body: string | null;
} {
  const meta = describe(mdxComponentSchemas[component]).meta;
  return {
    id: String(meta['id']),
    label: String(meta['title']),
    body: typeof meta['body'] === 'string' ? meta['body'] : null,
  };
}

/** The body's field name inside a component with children. */
export const BODY = 'body';

const ATTRIBUTE = /([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)')/g;

/** `type="tip" title='a "b"'` → { type: 'tip', title: 'a "b"' }. */
export function parseAttributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(ATTRIBUTE)) {
    const name = m[1];
    if (name) out[name] = m[2] ?? m[3] ?? '';
  }
  return out;
}

/** A JSX string attribute: double quotes unless the value has them. */
export function formatAttribute(name: string, value: string): string {
  if (!value.includes('"')) return `${name}="${value}"`;
  if (!value.includes("'")) return `${name}='${value}'`;
  return `${name}="${value.replace(/"/g, '”')}"`;
}

/** Blank lines and indentation around a component's children are not part of them. */
function trimBody(body: string): string {
  return body.replace(/^\s*\n/, '').replace(/\s+$/, '');
}

function fieldFor(prop: string, schema: z.ZodType): EditorComponentField {
  const { shape, meta } = describe(schema);
  const label = typeof meta['title'] === 'string' ? meta['title'] : prop;
  if (shape.type === 'enum') {
    const labels = (meta['optionLabels'] ?? {}) as Record<string, string>;
    return {
      name: prop,
      label,
      widget: 'select',
      default: shape.options[0] ?? '',
      options: shape.options.map((value) => ({ label: labels[value] ?? value, value })),
    };
  }
  if (meta['widget'] === 'image') return { name: prop, label, widget: 'image', choose_url: false };
  return { name: prop, label, widget: 'string' };
}

function definitionFor(component: MdxComponentName): EditorComponentDefinition {
  const text = componentText(component);
  const props: [string, z.ZodType][] = Object.entries(mdxComponentSchemas[component].shape);
  const propNames = props.map(([name]) => name);
  const fields = props.map(([name, schema]) => fieldFor(name, schema));
  const hasBody = text.body !== null;
  if (text.body !== null) fields.push({ name: BODY, label: text.body, widget: 'markdown' });
  const attrs = `((?:\\s+[A-Za-z][\\w-]*=(?:"[^"]*"|'[^']*'))*)\\s*`;
  const pattern = hasBody
    ? new RegExp(`^<${component}${attrs}(?:\\/>|>([\\s\\S]*?)<\\/${component}>)`)
    : new RegExp(`^<${component}${attrs}\\/>`);
  return {
    id: text.id,
    component,
    label: text.label,
    fields,
    pattern,
    fromBlock: (match) => {
      const attributes = parseAttributes(match[1] ?? '');
      const data: Record<string, string> = {};
      for (const name of propNames) data[name] = attributes[name] ?? '';
      if (hasBody) data[BODY] = trimBody(match[2] ?? '');
      return data;
    },
    toBlock: (data) => {
      const attributes = propNames
        .map(
          (name) =>
            [name, typeof data[name] === 'string' ? (data[name] as string).trim() : ''] as const,
        )
        .filter(([, value]) => value !== '')
        .map(([name, value]) => formatAttribute(name, value));
      const open = `<${component}${attributes.length ? ` ${attributes.join(' ')}` : ''}`;
      const body = hasBody && typeof data[BODY] === 'string' ? trimBody(data[BODY] as string) : '';
      return body ? `${open}>\n\n${body}\n\n</${component}>` : `${open} />`;
    },
  };
}

/** One editor component per allowed MDX component. */
export const editorComponents: EditorComponentDefinition[] = mdxComponentNames.map(definitionFor);
