import { expect, test } from 'vitest';
import { editorMessage, fieldAtLine } from '../../../src/lib/cms/editor-messages.ts';

const mdx =
  '---\ntitle: 标题\ncover:\n  src: ../uploads/a.png\n  alt: ""\nsummary: 摘要\n---\n\n## 小标题\n\n正文。\n';

test('a line of the file is the field the editor sees: nested values belong to their top-level field, the body is 正文', () => {
  expect(fieldAtLine(mdx, 2, 'mdx')).toBe('title');
  expect(fieldAtLine(mdx, 5, 'mdx')).toBe('cover');
  expect(fieldAtLine(mdx, 6, 'mdx')).toBe('summary');
  expect(fieldAtLine(mdx, 9, 'mdx')).toBe('body');
  expect(fieldAtLine('name: 控烟\ndescription: >-\n  两行\n', 3, 'yaml')).toBe('description');
});

test('messages that speak Markdown or code say, in the form, what to click instead', () => {
  const messages = [
    editorMessage(
      'heading-order',
      '正文不能使用一级标题(#):文章标题就是页面的一级标题,正文标题请从 ## 开始',
      'body',
      '正文',
    ),
    editorMessage(
      'heading-order',
      '标题层级跳跃:上一个标题是##(2 级),这里直接用了 ####(4 级);请改为 ###,读屏软件靠标题层级为读者导航',
      'body',
      '正文',
    ),
    editorMessage(
      'mdx-expression',
      '正文中不允许 {…} 表达式({x}):它会被当作代码执行。如果要显示花括号,请写成 \\{ 或使用全角“｛”',
      'body',
      '正文',
    ),
    editorMessage(
      'image-alt',
      '图片 cover 缺少替代文字(alt),请用一句话说明图片内容',
      'cover',
      '封面图',
    ),
    editorMessage('mdx-unknown-element', '不认识的元素 <Script>(名称区分大小写)。', 'body', '正文'),
  ];
  expect(messages[0]).toMatch(/“标题 1”.*“标题 2”/);
  expect(messages[1]).toContain('请改成“标题 3”');
  expect(messages[3]).toMatch(/^“封面图”缺少替代文字:请在“替代文字”框里/);
  for (const m of messages) expect(m).not.toMatch(/#|\\|\{…\}|\balt\b|<\w|第 \d+ 行/);
  // In the raw Markdown editor the gate's own words (which name the syntax) are the useful ones.
  expect(editorMessage('mdx-expression', '正文中不允许 {…} 表达式', 'body', '正文', true)).toBe(
    '正文中不允许 {…} 表达式',
  );
  expect(editorMessage('wording-forbidden', '“根治”:健康科普不得承诺疗效', 'summary', '摘要')).toBe(
    '“根治”:健康科普不得承诺疗效',
  );
});
