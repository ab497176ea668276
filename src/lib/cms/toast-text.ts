/**
 * Decap's notices as an editor should read them. Some of Decap's messages
 * are hard-coded in English (media uploads and deletes), and error details
 * arrive as `String(error)`, prefixed with the error's class name
 * (`API_ERROR: …`), which means nothing to an editor.
 */
const ENGLISH_PREFIXES: readonly [RegExp, string][] = [
  [/^Failed to persist media:\s*/, '图片或文件没有上传:'],
  [/^Failed to delete media:\s*/, '没有删除:'],
  [/^Failed to load media:\s*/, '媒体文件加载失败:'],
];

/** `text` of a notice with English prefixes in Chinese and error class names left out. */
export function noticeText(text: string): string {
  let out = text;
  for (const [pattern, chinese] of ENGLISH_PREFIXES) out = out.replace(pattern, chinese);
  return out.replace(/\b(?:API_ERROR|APIError|TypeError|Error):\s*/g, '');
}
