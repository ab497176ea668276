import { describe, expect, it } from 'vitest';
import { checkMdxRules } from '../../../src/lib/gate/mdx-rules.ts';
import { parseDocument } from '../../../src/lib/gate/parse.ts';
import {
  calloutTypes,
  mdxComponentNames,
  mdxComponentSchemas,
} from '../../../src/schemas/mdx-components.ts';

function rules(body: string, kind: 'mdx' | 'md' = 'mdx') {
  const doc = parseDocument(body, kind);
  if (!doc.tree) throw new Error(doc.problems[0]?.message);
  return checkMdxRules(doc.tree).findings.map((f) => f.rule);
}

describe('MDX allow-list', () => {
  it('allows the site components with their props', () => {
    expect(
      rules(
        '<Callout type="warning" title="注意">x</Callout>\n\n<KeyPoints title="要点">y</KeyPoints>\n\n<Figure src="../uploads/a.png" alt="图" caption="说明" />\n',
      ),
    ).toEqual([]);
  });

  it('rejects a boolean prop, an unknown prop and a Figure from another site', () => {
    expect(rules('<Callout title>x</Callout>')).toEqual(['mdx-prop-value']);
    expect(rules('<KeyPoints type="info">x</KeyPoints>')).toEqual(['mdx-unknown-prop']);
    expect(rules('<Figure src="https://example.com/a.png" alt="图" />')).toEqual([
      'mdx-prop-value',
    ]);
    expect(rules('<Figure alt="图" />')).toEqual(['mdx-prop-value']);
  });

  it('takes each component and its props from the content model: every prop it defines, no other, only the choices it lists', () => {
    const value = (prop: string) =>
      prop === 'type' ? calloutTypes.at(-1) : prop === 'src' ? '../uploads/a.png' : '文字';
    for (const name of mdxComponentNames) {
      const attributes = Object.keys(mdxComponentSchemas[name].shape)
        .map((prop) => `${prop}="${value(prop)}"`)
        .join(' ');
      expect(rules(`<${name} ${attributes} />`), name).toEqual([]);
      expect(rules(`<${name} ${attributes} colour="red" />`), name).toEqual(['mdx-unknown-prop']);
    }
    const doc = parseDocument('<Callout type="danger">x</Callout>', 'mdx');
    expect(checkMdxRules(doc.tree!).findings.map((f) => f.message)).toEqual([
      `<Callout> 的属性 type="danger" 不可用,只能是:${calloutTypes.join('、')}`,
    ]);
  });

  it('rejects every way of writing code', () => {
    expect(rules('export default function Layout() {}\n')).toEqual(['mdx-export']);
    expect(rules("import a from 'b'\nexport const c = 1\n")).toEqual(['mdx-import', 'mdx-export']);
    expect(rules('<Callout title={`x`}>y</Callout>')).toEqual(['mdx-expression']);
    expect(rules('<Callout {...{ dangerouslySetInnerHTML: { __html: "x" } }} />')).toEqual([
      'mdx-spread',
      'dangerous-html',
    ]);
    expect(rules('<mark onmouseover="x">y</mark>')).toEqual(['mdx-event-handler']);
    expect(rules('<abbr title="x" srcdoc="y">z</abbr>')).toEqual(['dangerous-html']);
  });

  it('refuses forbidden elements whatever their case or namespace', () => {
    for (const name of [
      'script',
      'SCRIPT',
      'Script',
      'sCrIpT',
      'IFRAME',
      'Style',
      'Form',
      'META',
      'Base',
      'LINK',
      'Object',
      'EMBED',
      'svg:script',
    ]) {
      expect(rules(`<${name} />`), name).toEqual(['mdx-forbidden-element']);
    }
  });

  it('allows only a few HTML elements and attributes', () => {
    expect(rules('H<sub>2</sub>O <abbr title="世界卫生组织">WHO</abbr> <br />')).toEqual([]);
    expect(rules('<a href="https://example.com">x</a>')).toEqual(['mdx-unknown-element']);
    expect(rules('<img src="https://example.com/a.png" alt="x" />')).toEqual([
      'mdx-unknown-element',
    ]);
    expect(rules('<mark class="x">y</mark>')).toEqual(['mdx-unknown-prop']);
    expect(rules('<Callout.Title>x</Callout.Title>')).toEqual(['mdx-unknown-element']);
  });

  it('applies the same rules to raw HTML in plain Markdown', () => {
    expect(rules('a<br>b <sup>2</sup> <!-- 注释 -->\n', 'md')).toEqual([]);
    expect(rules('<SCRIPT>alert(1)</SCRIPT>\n', 'md')).toEqual(['mdx-forbidden-element']);
    expect(rules('<table><tr><td onclick="x">1</td></tr></table>\n', 'md')).toEqual([
      'mdx-event-handler',
    ]);
    expect(rules('<img src=x onerror=alert(1)>\n', 'md')).toEqual([
      'mdx-unknown-element',
      'mdx-event-handler',
    ]);
    // Not an HTML tag for CommonMark: it stays text and is escaped on output.
    expect(rules('<img/src=x/onerror=alert(1)>\n', 'md')).toEqual([]);
  });
});

describe('parse errors', () => {
  it('gives the parser line and column', () => {
    const doc = parseDocument('---\ntitle: x\n---\n\n正文 {a\n', 'mdx');
    expect(doc.tree).toBeNull();
    expect(doc.problems[0]).toMatchObject({ line: 5 });
    // The frontmatter is still read, for the link index.
    expect(doc.frontmatter?.data).toEqual({ title: 'x' });
  });
});
