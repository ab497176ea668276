import { expect, test } from 'vitest';
import { noticeText } from '../../../src/lib/cms/toast-text.ts';

test("a refused media delete reads as Chinese, without Decap's English or the error's class name", () => {
  expect(noticeText('Failed to delete media: 不能删除“a.png”:《登革热》正在使用它')).toBe(
    '没有删除:不能删除“a.png”:《登革热》正在使用它',
  );
  expect(noticeText('Failed to persist media: API_ERROR: 图片“b.png”有 6.3 MB')).toBe(
    '图片或文件没有上传:图片“b.png”有 6.3 MB',
  );
  expect(noticeText('加载内容失败: API_ERROR: 内容仓库出了问题')).toBe(
    '加载内容失败: 内容仓库出了问题',
  );
});
