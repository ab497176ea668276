import type { CMS } from 'decap-cms-core';

/**
 * The rich-text editor writes Markdown in the project's style: `-` for list
 * items (Decap hard-codes `*`) and tables without padding (`| a | b |`, as the
 * demo content is written), so what it writes anew matches the rest of the
 * file. Decap builds its remark-stringify (v6) processor and then applies
 * registered remark plugins: this one adjusts that processor's options.
 */
interface StringifyProcessor {
  Compiler?: { prototype: { options?: Record<string, unknown> } };
}

function projectMarkdownStyle(this: StringifyProcessor): void {
  const compiler = this.Compiler;
  if (compiler?.prototype.options)
    compiler.prototype.options = { ...compiler.prototype.options, bullet: '-', paddedTable: false };
}

export function registerMarkdownStyle(cms: CMS): void {
  (cms as unknown as { registerRemarkPlugin(plugin: unknown): void }).registerRemarkPlugin(
    projectMarkdownStyle,
  );
}
