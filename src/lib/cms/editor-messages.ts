import type { RuleId } from '../gate/report.ts';

/**
 * The content gate's findings as the CMS shows them: tied to the form field
 * they are about, and worded for someone writing in the rich-text editor.
 * The gate speaks of the file (line numbers, `##`, `{…}`, `alt`), which is
 * right for `npm run check:content` and the raw Markdown editor, not for the
 * form; here each such message says what to click instead.
 */

/**
 * The top-level frontmatter key written on `line` of `text` (an .mdx file
 * with frontmatter, or a .yaml file), or `body` for a line after the
 * frontmatter. Nested values belong to their top-level key.
 */
export function fieldAtLine(
  text: string,
  line: number,
  format: 'mdx' | 'yaml',
): string | undefined {
  const lines = text.split('\n');
  let first = 0;
  let last = lines.length;
  if (format === 'mdx') {
    if (lines[0]?.trimEnd() !== '---') return 'body';
    const close = lines.findIndex((l, i) => i > 0 && /^---[ \t]*$/.test(l));
    if (close < 0) return undefined;
    if (line > close + 1) return 'body';
    first = 1;
    last = close;
  }
  let key: string | undefined;
  for (let i = first; i < Math.min(line, last); i++) {
    const match = /^([A-Za-z_][\w-]*)\s*:/.exec(lines[i] ?? '');
    if (match) key = match[1];
  }
  return key;
}

const CODE_RULES: ReadonlySet<RuleId> = new Set([
  'mdx-import',
  'mdx-export',
  'mdx-spread',
  'mdx-unknown-element',
  'mdx-unknown-prop',
  'mdx-prop-value',
  'mdx-event-handler',
  'dangerous-html',
]);

/**
 * `message` of a finding of `rule`, for the form; `label` is the Chinese
 * label of the field it is in. An editor writing the body as raw Markdown
 * (`rawBody`) gets the gate's own words about it, which name the syntax.
 */
export function editorMessage(
  rule: RuleId,
  message: string,
  field: string | undefined,
  label: string,
  rawBody = false,
): string {
  const inBody = field === 'body';
  if (inBody && rawBody) return message;
  if (rule === 'heading-order') {
    if (message.includes('一级标题'))
      return '正文里有“标题 1”:文章的题目就是标题 1,正文的小标题请从“标题 2”开始(把光标放在那一行,在工具栏点“标题 2”)';
    const skip = /这里直接用了 #+\((\d) 级\);请改为 (#+)/.exec(message);
    if (skip) {
      const used = Number(skip[1]);
      const should = skip[2]!.length;
      return `小标题跳级了:这里用了“标题 ${used}”,前面还没有“标题 ${should}”;请改成“标题 ${should}”(读屏软件靠小标题的层级为视障读者导航)`;
    }
  }
  if (rule === 'image-alt') {
    if (!inBody)
      return `“${label}”缺少替代文字:请在“替代文字”框里用一句话说明图片里有什么,给看不见图片的读者(读屏软件会朗读它)`;
    return '正文里有一张图片没有替代文字:请点开那张图片(或“带说明的图片”组件),在“替代文字”里用一句话说明图片里有什么';
  }
  if (inBody && rule === 'mdx-expression')
    return '正文里有英文花括号 { }:网站会把它当作程序代码。请改成全角的“｛ ｝”,或删掉';
  if (inBody && rule === 'parse-error')
    return '正文里有网站读不懂的写法,常见的是英文尖括号 < > 或花括号 { }:请改成全角的“〈 〉”“｛ ｝”;找不到时请技术人员帮忙';
  if (inBody && CODE_RULES.has(rule))
    return '正文里有手写的代码,网站不能发布它:请删掉这一段,需要提示框、要点框或图片时用工具栏的“＋”(添加组件)插入;不清楚的请技术人员帮忙';
  return message;
}
