import { pastedHtmlToBlocks } from '../lib/cms/paste.ts';
import { showMessage } from './notice.ts';

/**
 * Pasting into the article body: the clipboard's HTML (Word, WPS, a web
 * page) becomes the editor's own blocks (src/lib/cms/paste.ts) instead of
 * going through Decap's paste handling, which loses tables, Word's bold and
 * links and keeps its § bullets. The blocks are inserted through the Slate
 * editor of the field pasted into, found from the editable element's React
 * props (Decap offers no paste hook). Plain-text pastes are left to Decap.
 */
interface SlateEditor {
  insertFragment(nodes: unknown[]): void;
  selection: unknown;
}

function slateEditorOf(el: Element): SlateEditor | null {
  const key = Object.keys(el).find((k) => k.startsWith('__reactFiber$'));
  type Fiber = { return: Fiber | null; memoizedProps?: Record<string, unknown> | null };
  for (
    let fiber = key ? (el as unknown as Record<string, Fiber>)[key] : null;
    fiber;
    fiber = fiber.return
  ) {
    const editor = fiber.memoizedProps?.['editor'] as SlateEditor | undefined;
    if (editor && typeof editor.insertFragment === 'function') return editor;
  }
  return null;
}

export function pasteFromWord(): void {
  document.addEventListener(
    'paste',
    (event) => {
      const target =
        event.target instanceof Element ? event.target.closest('[data-slate-editor="true"]') : null;
      const html = event.clipboardData?.getData('text/html');
      if (!target || !html) return;
      const editor = slateEditorOf(target);
      if (!editor?.selection) return;
      const { nodes, droppedImages } = pastedHtmlToBlocks(html);
      if (nodes.length === 0) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      editor.insertFragment(nodes);
      if (droppedImages > 0) {
        showMessage(
          '图片没有一起粘贴过来',
          `粘贴的内容里有 ${droppedImages} 张图片:图片不能直接粘贴,请把光标放到要放图片的地方,用工具栏的“＋”插入“带说明的图片”,上传图片并填写替代文字。`,
        );
      }
    },
    true,
  );
}
