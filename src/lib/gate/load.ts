import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { kindOf, type ContentFile, type GateInput } from './index.ts';

/**
 * The gate's only file-system code: reads the content directory, public/
 * and the word lists into a `GateInput` (everything but today's date).
 * Directories are passed in; nothing here reads the environment or the clock.
 */

export interface LoadOptions {
  /** The repository root; file paths in findings are relative to it. */
  root: string;
  contentDir: string;
  publicDir: string;
  /** Folder holding forbidden.yaml and corrections.yaml. */
  wordingDir: string;
}

export type LoadedInput = Omit<GateInput, 'today' | 'staleDays' | 'sizeLimits' | 'only' | 'extraPages'>;

const toPosix = (p: string) => p.split(sep).join('/');

/** Every file under `dir` (dot folders and node_modules skipped): posix path relative to `dir` → size. */
export function listFiles(dir: string): Map<string, number> {
  const out = new Map<string, number>();
  if (!existsSync(dir)) return out;
  const visit = (abs: string) => {
    for (const d of readdirSync(abs, { withFileTypes: true })) {
      if (d.name.startsWith('.') || d.name === 'node_modules') continue;
      const full = join(abs, d.name);
      if (d.isDirectory()) visit(full);
      else if (d.isFile()) out.set(toPosix(relative(dir, full)), statSync(full).size);
    }
  };
  visit(dir);
  return out;
}

export function loadGateInput(options: LoadOptions): LoadedInput {
  const root = resolve(options.root);
  const contentDir = resolve(root, options.contentDir);
  const publicDir = resolve(root, options.publicDir);
  const wordingDir = resolve(root, options.wordingDir);
  if (!existsSync(contentDir)) throw new Error(`内容目录不存在:${contentDir}`);

  const contentAssets = listFiles(contentDir);
  const files: ContentFile[] = [];
  for (const contentPath of contentAssets.keys()) {
    if (kindOf(contentPath) === null) continue;
    const abs = join(contentDir, contentPath);
    // The word lists are the gate's configuration, not content.
    if (resolve(abs).startsWith(wordingDir + sep)) continue;
    files.push({ path: toPosix(relative(root, abs)), contentPath, text: readFileSync(abs, 'utf8') });
  }
  files.sort((a, b) => a.path.localeCompare(b.path));

  const publicAssets = new Map<string, number>();
  for (const [path, size] of listFiles(publicDir)) publicAssets.set(`/${path}`, size);

  const list = (name: string) => {
    const abs = join(wordingDir, name);
    if (!existsSync(abs)) throw new Error(`词表文件不存在:${abs}`);
    return { path: toPosix(relative(root, abs)), text: readFileSync(abs, 'utf8') };
  };
  return {
    files,
    contentAssets,
    publicAssets,
    wording: { forbidden: list('forbidden.yaml'), corrections: list('corrections.yaml') },
  };
}
