import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseMdxFile } from '../../../src/lib/cms/format.ts';
import { keepUnchangedBlocks } from '../../../src/lib/cms/keep-unchanged.ts';

const before =
  '## 一\n\n- 甲\n- 乙\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n<Callout type="tip">\n\n提示\n\n</Callout>\n\n最后一段。';

test('blocks the editor did not change are written as they were; a changed block as the editor wrote it', () => {
  // What Decap's rich-text editor writes after one word changed in the last paragraph.
  const decap =
    '## 一\n\n* 甲\n* 乙\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n<Callout type="tip">\n\n提示\n\n</Callout>\n\n最后一段,改了。';
  expect(keepUnchangedBlocks(before, decap)).toBe(before.replace('最后一段。', '最后一段,改了。'));
});

test('added, removed and moved blocks come from the editor, the rest stays', () => {
  const decap =
    '新的开头。\n\n## 一\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n* 甲\n* 乙\n\n最后一段。';
  expect(keepUnchangedBlocks(before, decap)).toBe(
    '新的开头。\n\n## 一\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n* 甲\n* 乙\n\n最后一段。',
  );
});

test('a body that does not parse is left as the editor wrote it', () => {
  expect(keepUnchangedBlocks(before, '<Callout\n\n未闭合')).toBe('<Callout\n\n未闭合');
});

test('every demo article, re-serialised with other list markers, comes back byte for byte', () => {
  for (const path of [
    'content/health/influenza-autumn-winter-respiratory.mdx',
    'content/health/dengue-mosquito-breeding-sites.mdx',
  ]) {
    const body = String(parseMdxFile(readFileSync(path, 'utf8'))['body']);
    const restyled = body.replace(/^(\s*)- /gm, '$1* ');
    expect(keepUnchangedBlocks(body, restyled), path).toBe(body);
  }
});
