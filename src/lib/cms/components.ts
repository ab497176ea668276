import { mdxComponentProps, type MdxComponentName } from '../../components/mdx/allowed.ts';

/**
 * The site's MDX components (src/components/mdx/allowed.ts) as Decap editor
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
 * the order of allowed.ts, so open-and-save keeps what the file means.
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

/** What editors see for each component and prop; every prop of allowed.ts must be here (a test checks). */
export const componentText = {
  Callout: {
    id: 'callout',
    label: '提示框',
    body: '提示框里的文字',
    props: { type: '样式', title: '标题(可不填)' },
  },
  KeyPoints: {
    id: 'key-points',
    label: '要点框',
    body: '要点(建议用列表)',
    props: { title: '标题(不填则显示“要点”)' },
  },
  Figure: {
    id: 'figure',
    label: '带说明的图片',
    body: null,
    props: { src: '图片', alt: '替代文字(给看不见图片的读者)', caption: '图片说明(显示在图片下方)' },
  },
} as const satisfies Record<MdxComponentName, { id: string; label: string; body: string | null; props: Record<string, string> }>;

/** Chinese names of the values a prop may take (Callout's `type`). */
export const optionText: Record<string, string> = { info: '提示', tip: '小贴士', warning: '注意' };

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

function fieldFor(component: MdxComponentName, prop: string, kind: unknown): EditorComponentField {
  const label = (componentText[component].props as Record<string, string>)[prop] ?? prop;
  if (Array.isArray(kind)) {
    const values = kind as readonly string[];
    return { name: prop, label, widget: 'select', default: values[0] ?? '', options: values.map((value) => ({ label: optionText[value] ?? value, value })) };
  }
  if (kind === 'url') return { name: prop, label, widget: 'image', choose_url: false };
  return { name: prop, label, widget: 'string' };
}

function definitionFor(component: MdxComponentName): EditorComponentDefinition {
  const text = componentText[component];
  const props = Object.entries(mdxComponentProps[component]);
  const propNames = props.map(([name]) => name);
  const fields = props.map(([name, kind]) => fieldFor(component, name, kind));
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
        .map((name) => [name, typeof data[name] === 'string' ? (data[name] as string).trim() : ''] as const)
        .filter(([, value]) => value !== '')
        .map(([name, value]) => formatAttribute(name, value));
      const open = `<${component}${attributes.length ? ` ${attributes.join(' ')}` : ''}`;
      const body = hasBody && typeof data[BODY] === 'string' ? trimBody(data[BODY] as string) : '';
      return body ? `${open}>\n\n${body}\n\n</${component}>` : `${open} />`;
    },
  };
}

/** One editor component per allowed MDX component. */
export const editorComponents: EditorComponentDefinition[] = (Object.keys(mdxComponentProps) as MdxComponentName[]).map(definitionFor);
