import { Parser } from 'htmlparser2';
import { OneShotSaxParser } from './sax.ts';

/**
 * Whether an SVG file could run script when a browser opens it. A browser
 * reads an SVG file with its XML parser, not the HTML one: XML expands
 * entities declared in the file, binds prefixes to namespaces (an
 * `<x:script>` in the SVG namespace is a script, an `<h:script>` in XHTML's
 * too), never leaves the SVG namespace at `<p>` or `<b>` the way HTML does,
 * obeys an `encoding` declaration or a UTF-16 byte-order mark, and applies
 * `<?xml-stylesheet?>` transforms. So the file is read as XML, and refused
 * outright where an XML parser could read it otherwise than this reading:
 * a document type or entity declaration, CDATA, a processing instruction
 * other than the XML declaration, an encoding other than UTF-8, control
 * characters, a namespace other than SVG's and XLink's, a prefixed element
 * name. It is read as HTML too (an SVG inlined in a page). Pure: the text
 * comes in, with whether its bytes were UTF-8.
 */

export const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
export const XLINK_NAMESPACE = 'http://www.w3.org/1999/xlink';

/** Elements of an SVG image that run script, embed other documents or change attributes (animation can set an href). */
const activeElements = new Set([
  'script',
  'foreignobject',
  'iframe',
  'embed',
  'object',
  'handler',
  'listener',
  'set',
  'animate',
  'discard',
]);

/** What in the element or its attributes could run script; null when it is a plain picture element. */
function elementProblem(
  name: string,
  attributes: readonly (readonly [string, string])[],
): string | null {
  const local = (name.split(':').pop() ?? name).toLowerCase();
  if (activeElements.has(local)) return `含有 <${name}> 元素`;
  for (const [qualified, value] of attributes) {
    const attr = qualified.toLowerCase();
    const localAttr = attr.split(':').pop() ?? attr;
    if (localAttr.startsWith('on')) return `含有事件属性 ${qualified}`;
    if (localAttr === 'href' && !value.trim().startsWith('#'))
      return `链接到 ${value.slice(0, 40)}`;
  }
  return null;
}

/** What the text says before any markup is read: encodings, declarations, instructions, control characters. */
function textProblem(text: string, validUtf8: boolean): string | null {
  if (!validUtf8) return '不是 UTF-8 编码的文本(浏览器可能按其他编码读出不同的内容)';
  if (text.startsWith('\uFEFF')) return '开头有 BOM';
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(text);
  if (control)
    return `含有控制字符 U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const declaration = /^<\?xml\s[^>]*\?>/.exec(text);
  if (declaration) {
    const encoding = /\bencoding\s*=\s*["']([^"']*)["']/.exec(declaration[0])?.[1];
    if (encoding !== undefined && !/^utf-?8$/i.test(encoding))
      return `声明了 ${encoding} 编码(只能是 UTF-8)`;
  }
  const instruction = text.slice(declaration?.[0].length ?? 0).search(/<\?/);
  if (instruction >= 0)
    return '含有 <? … ?> 处理指令(如 xml-stylesheet,会让浏览器用别的文件改写图片)';
  if (/<!(?!--)/.test(text))
    return '含有 <!DOCTYPE>、<!ENTITY> 或 <![CDATA[ 声明(浏览器会据此展开出图片里看不到的内容)';
  return null;
}

/** The file as a browser's XML parser reads it, within what `textProblem` lets through. */
function xmlProblem(text: string): string | null {
  let problem: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (problem) return;
        if (name.includes(':')) {
          problem = `含有带前缀的元素 <${name}>(前缀可以指向脚本所在的命名空间)`;
          return;
        }
        for (const [attr, value] of Object.entries(attribs)) {
          if (attr === 'xmlns' && value !== SVG_NAMESPACE)
            problem = `声明了 SVG 以外的命名空间 ${value.slice(0, 60)}`;
          else if (
            attr.startsWith('xmlns:') &&
            !(attr === 'xmlns:xlink' && value === XLINK_NAMESPACE)
          )
            problem = `声明了命名空间前缀 ${attr}`;
          else if (
            attr.includes(':') &&
            !attr.startsWith('xmlns:') &&
            !attr.startsWith('xlink:') &&
            !attr.startsWith('xml:')
          )
            problem = `含有带前缀的属性 ${attr}`;
          if (problem) return;
        }
        problem = elementProblem(name, Object.entries(attribs));
      },
    },
    { xmlMode: true },
  );
  parser.end(text);
  return problem;
}

/** The same file as the HTML tokenizer reads it (an SVG inside a page). */
function htmlProblem(text: string): string | null {
  let problem: string | null = null;
  const parser = new OneShotSaxParser();
  parser.on('startTag', (tag) => {
    problem ??= elementProblem(
      tag.tagName,
      tag.attrs.map((a) => [a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value] as const),
    );
  });
  parser.run(text);
  return problem;
}

/**
 * Why an SVG file could run script or show other content than this reading
 * when opened (in Chinese, for the gate's messages and the build's), or null
 * when it is a plain picture. `validUtf8` is false when its bytes did not
 * decode as UTF-8 (`text` is then a lossy decoding).
 */
export function svgScriptProblem(
  text: string,
  { validUtf8 = true }: { validUtf8?: boolean } = {},
): string | null {
  return textProblem(text, validUtf8) ?? xmlProblem(text) ?? htmlProblem(text);
}
