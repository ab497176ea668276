import { expect, test } from 'vitest';
import { cardText, plainText } from '../../../src/lib/cms/card-text.ts';

test('a review card shows the summary, else the body as text without Markdown or components', () => {
  expect(cardText({ summary: '登革热靠花蚊子叮咬传播。', body: '## 小标题' })).toBe(
    '登革热靠花蚊子叮咬传播。',
  );
  const body =
    '## 怎么防\n\n<Callout type="tip" title="每周一次">\n\n**翻盆倒罐**,清除[积水](https://x.cn/)。\n\n</Callout>\n\n- 装纱窗\n\n| 做法 | 次数 |\n| --- | --- |\n| 倒水 | 每周 |\n';
  expect(plainText(body)).toBe('怎么防 翻盆倒罐,清除积水。 装纱窗 做法 次数 倒水 每周');
  expect(cardText({ body: '字'.repeat(100) })).toBe(`${'字'.repeat(80)}…`);
});
