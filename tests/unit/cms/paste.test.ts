import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import {
  pastedHtmlToBlocks,
  type SlateElement,
  type SlateNode,
} from '../../../src/lib/cms/paste.ts';

const text = (nodes: SlateNode[]): string =>
  nodes.map((n) => ('text' in n ? n.text : text(n.children))).join('');

test("a Word document keeps its headings (from 二级 down), bold, link, list and table, without Word's § bullets; its image is counted", () => {
  const { nodes, droppedImages } = pastedHtmlToBlocks(
    readFileSync('tests/fixtures/cms/paste-word.html', 'utf8'),
  );
  expect(nodes.map((n) => n.type)).toEqual([
    'heading-two',
    'paragraph',
    'bulleted-list',
    'heading-three',
    'table',
  ]);
  expect(text(nodes[0]!.children)).toBe('诺如病毒感染的预防');
  expect(nodes[1]!.children[0]).toEqual({ text: '诺如病毒', bold: true });
  expect(nodes[1]!.children).toContainEqual({
    type: 'link',
    url: 'https://www.chinacdc.cn/jkzt/crb/qt/nrbdgr/',
    data: { url: 'https://www.chinacdc.cn/jkzt/crb/qt/nrbdgr/' },
    children: [{ text: '中国疾控中心的介绍' }],
  });
  const list = nodes[2] as SlateElement;
  expect(list.children.map((item) => text((item as SlateElement).children))).toEqual([
    '饭前便后洗手',
    '生吃瓜果要洗净',
  ]);
  const table = nodes[4] as SlateElement;
  expect(
    table.children.map((row) =>
      (row as SlateElement).children.map((cell) => text((cell as SlateElement).children)),
    ),
  ).toEqual([
    ['症状', '怎么办'],
    ['呕吐、腹泻', '少量多次喝口服补液盐'],
  ]);
  expect(JSON.stringify(nodes)).not.toMatch(/§|mso|宋体|StartFragment/);
  expect(droppedImages).toBe(1);
});

test('WPS: bold by style and a numbered list keep their meaning', () => {
  const { nodes } = pastedHtmlToBlocks(readFileSync('tests/fixtures/cms/paste-wps.html', 'utf8'));
  expect(nodes.map((n) => n.type)).toEqual(['paragraph', 'paragraph', 'numbered-list']);
  expect(nodes[1]!.children[0]).toEqual({ text: '室内公共场所', bold: true });
  expect(text(nodes[2]!.children)).toBe('劝阻身边的人不吸烟;戒烟门诊可以帮助戒烟。');
});

test('a web page: headings start at 二级, unsafe links keep only their text, scripts and styles are dropped', () => {
  const { nodes } = pastedHtmlToBlocks(
    '<h2>小标题</h2><h3>更小</h3><p>点<a href="javascript:alert(1)">这里</a>。</p><script>alert(1)</script><style>p{}</style><ul><li>一</li><li><b>二</b></li></ul>',
  );
  expect(nodes.map((n) => n.type)).toEqual([
    'heading-two',
    'heading-three',
    'paragraph',
    'bulleted-list',
  ]);
  expect(nodes[2]!.children).toEqual([{ text: '点这里。' }]);
  expect(JSON.stringify(nodes)).not.toContain('alert');
});
