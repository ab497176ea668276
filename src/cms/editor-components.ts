import type { CMS, EditorComponentOptions } from 'decap-cms-core';
import { renderComponentHtml } from '../lib/cms/component-html.ts';
import { editorComponents } from '../lib/cms/components.ts';

type GetAsset = (path: string) => { toString(): string } | undefined;

/** "添加组件" entries for Callout, KeyPoints and Figure (src/lib/cms/components.ts). */
export function registerEditorComponents(cms: CMS): void {
  for (const def of editorComponents) {
    const options = {
      id: def.id,
      label: def.label,
      fields: def.fields,
      pattern: def.pattern,
      fromBlock: def.fromBlock,
      toBlock: def.toBlock,
      // Decap passes getAsset as the second argument (not in its typings).
      toPreview: (data: Record<string, unknown>, getAsset?: GetAsset) =>
        renderComponentHtml(def.component, data, (src) => getAsset?.(src)?.toString() ?? src),
    };
    cms.registerEditorComponent(options as unknown as EditorComponentOptions);
  }
}
