import type { Html, Nodes, Root } from 'mdast';
import type {
  MdxJsxAttribute,
  MdxJsxExpressionAttribute,
  MdxJsxFlowElement,
  MdxJsxTextElement,
} from 'mdast-util-mdx';
import type { StartTag } from 'parse5-sax-parser';
import { OneShotSaxParser } from '../sax.ts';
import { z } from 'astro/zod';
import {
  mdxComponentNames,
  mdxComponentSchemas,
  type MdxComponentName,
} from '../../schemas/mdx-components.ts';
import { walk, type Place } from './parse.ts';
import type { LocalFinding, RuleId } from './report.ts';
import { classifyUrl, isUrlAttribute, splitSrcset, type UrlRef } from './urls.ts';

/**
 * The MDX allow-list. MDX is code: an import, a `{expression}` or a
 * `<script>` would run on the build machine or in residents' browsers. Only
 * the site's own components (with their props) and a few plain HTML
 * elements may appear; no ESM, no expressions, no spreads, no event
 * handlers. Raw HTML in a plain `.md` file (`html` nodes) gets the same rules.
 */

/** Elements that are refused by name, whatever their case, with a rule of their own. */
export const forbiddenElements: ReadonlySet<string> = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'base',
  'meta',
  'link',
  'svg',
  'math',
  'template',
  'noscript',
  'portal',
]);

/**
 * The plain HTML elements an article may use, with their allowed attributes
 * (compared lower-cased). Keep this small: anything else has a Markdown
 * form or a site component.
 */
export const allowedHtmlElements: Readonly<Record<string, readonly string[]>> = {
  br: [],
  sup: [],
  sub: [],
  abbr: ['title'],
  kbd: [],
  mark: [],
  small: [],
  table: [],
  caption: [],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  th: ['colspan', 'rowspan', 'scope'],
  td: ['colspan', 'rowspan'],
};

/** Attribute names that inject raw HTML, in any spelling. */
const rawHtmlAttributes = new Set(['dangerouslysetinnerhtml', 'innerhtml', 'outerhtml', 'srcdoc']);

export interface MdxRuleResult {
  findings: LocalFinding[];
  /** URLs found in attributes (href, src, component URL props …), for the URL and link checks. */
  urls: UrlRef[];
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const isComponent = (name: string): name is MdxComponentName => hasOwn(mdxComponentSchemas, name);

/** The props of a component, as src/schemas/mdx-components.ts defines them. */
const propsOf = (component: MdxComponentName): Readonly<Record<string, z.ZodType>> =>
  mdxComponentSchemas[component].shape;
/** A prop the component cannot do without (a missing `alt` is reported as `image-alt`). */
const isRequired = (prop: z.ZodType) => !prop.safeParse(undefined).success;
/** A prop naming an uploaded image. */
const isImage = (prop: z.ZodType) => prop.meta()?.['widget'] === 'image';
/** The values a prop may take, when it is a choice. */
function choicesOf(prop: z.ZodType): readonly string[] | null {
  const inner =
    prop instanceof z.ZodOptional || prop instanceof z.ZodDefault
      ? (prop.unwrap() as z.ZodType)
      : prop;
  return inner instanceof z.ZodEnum ? (inner.options as string[]) : null;
}

function startOf(
  node: { position?: { start: { line: number; column: number } } | undefined },
  fallback: Place,
): Place {
  const p = node.position?.start;
  return p ? { line: p.line, column: p.column } : fallback;
}

const mentionsRawHtml = (code: string) => code.toLowerCase().includes('dangerouslysetinnerhtml');

/** Code of an ESM block or an expression that names dangerouslySetInnerHTML: refused on its own, beside the rule the code breaks. */
function checkCodeForRawHtml(code: string, place: Place, out: MdxRuleResult): void {
  if (mentionsRawHtml(code))
    out.findings.push({
      ...place,
      rule: 'dangerous-html',
      severity: 'error',
      message: '不允许使用 dangerouslySetInnerHTML 插入原始 HTML',
    });
}

function describeElement(name: string): string {
  return `<${name}>`;
}

const allowedList = () =>
  `可以使用的组件:${mdxComponentNames.map((n) => `<${n}>`).join('、')};可以使用的 HTML 元素:${Object.keys(allowedHtmlElements).join('、')}`;

/** Checks one element's name and attributes; shared by MDX JSX and raw HTML. */
interface ElementInput {
  name: string | null;
  place: Place;
  attributes: AttributeInput[];
  /** Raw HTML (.md) tag names are lower-cased by the HTML parser and cannot be components. */
  html: boolean;
}

type AttributeInput =
  | { kind: 'spread'; code: string; place: Place }
  | {
      kind: 'attribute';
      name: string;
      value: string | null | { expression: string };
      place: Place;
    };

function checkElement(el: ElementInput, out: MdxRuleResult): void {
  const add = (place: Place, rule: RuleId, message: string) =>
    out.findings.push({ line: place.line, column: place.column, rule, severity: 'error', message });

  let component: MdxComponentName | null = null;
  let htmlAttributes: readonly string[] | null = null;

  if (el.name === null) {
    add(el.place, 'mdx-unknown-element', `不允许使用 JSX 片段 <>…</>。${allowedList()}`);
  } else {
    const local = (el.name.split(':').pop() ?? el.name).toLowerCase();
    if (forbiddenElements.has(local) || forbiddenElements.has(el.name.toLowerCase())) {
      add(
        el.place,
        'mdx-forbidden-element',
        `禁止使用 ${describeElement(el.name)} 元素:脚本、样式、内嵌页面、表单和页面元信息不能写进文章。如需展示外部内容,请改用普通链接`,
      );
    } else if (!el.html && isComponent(el.name)) {
      component = el.name;
    } else if (el.name === el.name.toLowerCase() && hasOwn(allowedHtmlElements, el.name)) {
      htmlAttributes = allowedHtmlElements[el.name] ?? [];
    } else {
      add(
        el.place,
        'mdx-unknown-element',
        `不认识的元素 ${describeElement(el.name)}(名称区分大小写)。${allowedList()}`,
      );
    }
  }

  const given = new Map<string, string | null | { expression: string }>();
  for (const attr of el.attributes) {
    if (attr.kind === 'spread') {
      add(
        attr.place,
        'mdx-spread',
        `不允许使用展开属性 {${attr.code.trim()}}:每个属性都要写成 名称="值"`,
      );
      if (mentionsRawHtml(attr.code))
        add(attr.place, 'dangerous-html', '不允许使用 dangerouslySetInnerHTML 插入原始 HTML');
      continue;
    }
    const lower = attr.name.toLowerCase();
    given.set(attr.name, attr.value);
    let handled = false;
    if (rawHtmlAttributes.has(lower) || lower.includes('dangerouslysetinnerhtml')) {
      add(attr.place, 'dangerous-html', `不允许使用 ${attr.name} 插入原始 HTML`);
      handled = true;
    } else if (lower.startsWith('on')) {
      add(
        attr.place,
        'mdx-event-handler',
        `不允许使用事件属性 ${attr.name}:它会在读者浏览器中执行脚本`,
      );
      handled = true;
    }
    if (attr.value !== null && typeof attr.value === 'object') {
      add(
        attr.place,
        'mdx-expression',
        `属性 ${attr.name} 的值不能是 {…} 表达式,请写成 ${attr.name}="文字"`,
      );
      if (!handled && mentionsRawHtml(attr.value.expression))
        add(attr.place, 'dangerous-html', '不允许使用 dangerouslySetInnerHTML 插入原始 HTML');
      continue;
    }
    const spec =
      component !== null && hasOwn(propsOf(component), attr.name)
        ? propsOf(component)[attr.name]
        : undefined;
    const isUrl = (spec !== undefined && isImage(spec)) || isUrlAttribute(attr.name);
    if (typeof attr.value === 'string' && isUrl) {
      const urls = lower === 'srcset' ? splitSrcset(attr.value) : [attr.value];
      for (const url of urls) {
        out.urls.push({
          url,
          line: attr.place.line,
          column: attr.place.column,
          context: lower === 'src' || lower === 'srcset' ? 'image' : 'link',
          label: `属性 ${attr.name} 的地址`,
        });
      }
    }
    if (handled) continue;
    if (component !== null) {
      if (spec === undefined) {
        const known = Object.keys(propsOf(component));
        add(
          attr.place,
          'mdx-unknown-prop',
          `<${component}> 没有属性 ${attr.name}。可以使用的属性:${known.join('、')}`,
        );
      } else if (typeof attr.value !== 'string') {
        add(
          attr.place,
          'mdx-prop-value',
          `<${component}> 的属性 ${attr.name} 需要一个值,写成 ${attr.name}="…"`,
        );
      } else if (attr.value.trim() === '' && isRequired(spec)) {
        // Reported once, below, with the props that are missing.
      } else if (!spec.safeParse(attr.value).success) {
        const choices = choicesOf(spec);
        add(
          attr.place,
          'mdx-prop-value',
          `<${component}> 的属性 ${attr.name}="${attr.value}" 不可用${choices ? `,只能是:${choices.join('、')}` : ''}`,
        );
      } else if (isImage(spec)) {
        const kind = classifyUrl(attr.value).kind;
        if (kind !== 'relative' && kind !== 'unsafe' && kind !== 'bare' && kind !== 'empty') {
          add(
            attr.place,
            'mdx-prop-value',
            `<${component}> 的 src 必须是上传到 content/uploads 的图片,写作 ../uploads/文件名`,
          );
        }
      }
    } else if (htmlAttributes !== null && !htmlAttributes.includes(lower)) {
      const allowed =
        htmlAttributes.length > 0
          ? `可以使用的属性:${htmlAttributes.join('、')}`
          : '这个元素不能带属性';
      add(
        attr.place,
        'mdx-unknown-prop',
        `<${el.name ?? ''}> 不允许使用属性 ${attr.name}。${allowed}`,
      );
    }
  }

  if (component !== null) {
    const requiredProps = Object.entries(propsOf(component))
      .filter(([, prop]) => isRequired(prop))
      .map(([name]) => name);
    for (const required of requiredProps) {
      const value = given.get(required);
      const missing = value === undefined || (typeof value === 'string' && value.trim() === '');
      if (!missing) continue;
      if (required === 'alt') {
        add(
          el.place,
          'image-alt',
          `<${component}> 必须填写 alt(替代文字),向看不见图片的读者说明图片内容`,
        );
      } else {
        add(el.place, 'mdx-prop-value', `<${component}> 缺少必填属性 ${required}`);
      }
    }
  }
}

function jsxAttributes(node: JsxElement, fallback: Place): AttributeInput[] {
  return node.attributes.map(
    (attr: MdxJsxAttribute | MdxJsxExpressionAttribute): AttributeInput => {
      const place = startOf(attr, fallback);
      if (attr.type === 'mdxJsxExpressionAttribute')
        return { kind: 'spread', code: attr.value, place };
      const v = attr.value;
      const value =
        v === null || v === undefined ? null : typeof v === 'string' ? v : { expression: v.value };
      return { kind: 'attribute', name: attr.name, value, place };
    },
  );
}

function checkRawHtml(node: Html, out: MdxRuleResult): void {
  const origin = startOf(node, { line: 1, column: 1 });
  const toFile = (loc: StartTag['sourceCodeLocation']): Place => {
    if (!loc) return origin;
    return loc.startLine === 1
      ? { line: origin.line, column: origin.column + loc.startCol - 1 }
      : { line: origin.line + loc.startLine - 1, column: loc.startCol };
  };
  const parser = new OneShotSaxParser({ sourceCodeLocationInfo: true });
  parser.on('startTag', (tag: StartTag) => {
    const place = toFile(tag.sourceCodeLocation);
    checkElement(
      {
        name: tag.tagName,
        place,
        html: true,
        attributes: tag.attrs.map((a) => ({
          kind: 'attribute' as const,
          name: a.prefix ? `${a.prefix}:${a.name}` : a.name,
          value: a.value,
          place,
        })),
      },
      out,
    );
  });
  parser.on('doctype', () => {
    out.findings.push({
      ...origin,
      rule: 'mdx-unknown-element',
      severity: 'error',
      message: '文章中不能写 <!DOCTYPE>',
    });
  });
  parser.run(node.value);
}

function checkEsm(node: Extract<Nodes, { type: 'mdxjsEsm' }>, out: MdxRuleResult): void {
  const place = startOf(node, { line: 1, column: 1 });
  // Read loosely: the build parser's tree (Sätteri) carries no estree, and its types say so.
  const body =
    (node.data as { estree?: { body?: { type: string }[] } } | undefined)?.estree?.body ?? [];
  const hasImport = body.some((s) => s.type === 'ImportDeclaration');
  const hasExport = body.some((s) => s.type.startsWith('Export'));
  // Without a syntax tree, fall back to the keyword the statement begins with.
  const startsWithImport = node.value.trimStart().startsWith('import');
  if (hasImport || (!hasExport && startsWithImport)) {
    out.findings.push({
      ...place,
      rule: 'mdx-import',
      severity: 'error',
      message:
        '文章中不允许 import 语句:它会在构建服务器上执行代码。可用的组件已经自动提供,直接写 <Callout> 等即可',
    });
  }
  if (hasExport || (!hasImport && !startsWithImport)) {
    out.findings.push({
      ...place,
      rule: 'mdx-export',
      severity: 'error',
      message: '文章中不允许 export 语句:它会在构建服务器上执行代码',
    });
  }
  checkCodeForRawHtml(node.value, place, out);
}

/** Runs the allow-list over a parsed body. */
export function checkMdxRules(tree: Root): MdxRuleResult {
  const out: MdxRuleResult = { findings: [], urls: [] };
  walk(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        checkEsm(node, out);
        return 'skip';
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const place = startOf(node, { line: 1, column: 1 });
        out.findings.push({
          ...place,
          rule: 'mdx-expression',
          severity: 'error',
          message: `正文中不允许 {…} 表达式({${node.value.trim().slice(0, 30)}}):它会被当作代码执行。如果要显示花括号,请写成 \\{ 或使用全角“｛”`,
        });
        checkCodeForRawHtml(node.value, place, out);
        return 'skip';
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const place = startOf(node, { line: 1, column: 1 });
        checkElement(
          { name: node.name, place, html: false, attributes: jsxAttributes(node, place) },
          out,
        );
        return undefined;
      }
      case 'html':
        checkRawHtml(node, out);
        return undefined;
      default:
        return undefined;
    }
  });
  return out;
}
