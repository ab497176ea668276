import {
  closeSync,
  existsSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
} from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { InventoryEntry } from './files.ts';
import { kindOf, type ContentFile, type GateInput } from './index.ts';

/**
 * The gate's only file-system code: reads the content directory, public/
 * and the word lists into a `GateInput` (everything but today's date).
 * Directories are passed in; nothing here reads the environment or the clock.
 * Everything under both folders is listed as it is on disk — hidden files,
 * symbolic links and all — so that nothing can reach the build unseen.
 */

export interface LoadOptions {
  /** The repository root; file paths in findings are relative to it. */
  root: string;
  contentDir: string;
  publicDir: string;
  /** Folder holding forbidden.yaml and corrections.yaml (and, optionally, jargon.yaml). */
  wordingDir: string;
}

export type LoadedInput = Omit<
  GateInput,
  'today' | 'staleDays' | 'sizeLimits' | 'only' | 'extraPages' | 'buildParser'
> & {
  inventory: InventoryEntry[];
};

const toPosix = (p: string) => p.split(sep).join('/');

/** Bytes read from the start of each file, enough for the signatures of the allowed file types. */
const HEAD_BYTES = 16;

function readHead(abs: string): Uint8Array {
  const fd = openSync(abs, 'r');
  try {
    const head = new Uint8Array(HEAD_BYTES);
    const n = readSync(fd, head, 0, HEAD_BYTES, 0);
    return head.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/**
 * Everything under `dir`, as it is on disk: symbolic links are listed as
 * links (never followed), sockets and devices as `other`.
 */
export function listEntries(
  dir: string,
  area: InventoryEntry['area'],
  root: string,
): InventoryEntry[] {
  const out: InventoryEntry[] = [];
  if (!existsSync(dir)) return out;
  const visit = (abs: string) => {
    // Names as bytes: one that is not UTF-8 cannot be opened by its decoded name (nor read by the build).
    const names = readdirSync(abs, { encoding: 'buffer' }).map((raw) => {
      try {
        return { name: utf8.decode(raw), badName: false };
      } catch {
        return { name: lossy.decode(raw), badName: true };
      }
    });
    for (const { name, badName } of names.sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    )) {
      const full = join(abs, name);
      if (badName) {
        out.push({
          area,
          path: toPosix(relative(dir, full)),
          file: toPosix(relative(root, full)),
          kind: 'other',
          badName: true,
        });
        continue;
      }
      const stat = lstatSync(full);
      const entry = {
        area,
        path: toPosix(relative(dir, full)),
        file: toPosix(relative(root, full)),
      };
      if (stat.isSymbolicLink()) out.push({ ...entry, kind: 'symlink' });
      else if (stat.isDirectory()) {
        out.push({ ...entry, kind: 'directory' });
        visit(full);
      } else if (stat.isFile()) {
        const svg = /\.svg$/i.test(name) ? readText(full) : {};
        out.push({ ...entry, kind: 'file', size: stat.size, head: readHead(full), ...svg });
      } else out.push({ ...entry, kind: 'other' });
    }
  };
  visit(dir);
  return out;
}

/**
 * One file under `dir` as `listEntries` would list it, with every folder on
 * the way to it (a file is judged by where it is, as in the full listing):
 * `uploads/x.svg` gives the folder `uploads` and the file. Links are listed
 * as links, never followed. Null when nothing is there.
 */
export function entriesAlong(
  dir: string,
  area: InventoryEntry['area'],
  root: string,
  path: string,
): InventoryEntry[] | null {
  const parts = path.split('/').filter((p) => p !== '');
  const out: InventoryEntry[] = [];
  for (let i = 0; i < parts.length; i++) {
    const full = join(dir, ...parts.slice(0, i + 1));
    let stat;
    try {
      stat = lstatSync(full);
    } catch {
      return null;
    }
    const entry = {
      area,
      path: parts.slice(0, i + 1).join('/'),
      file: toPosix(relative(root, full)),
    };
    const last = i === parts.length - 1;
    if (stat.isSymbolicLink()) return [...out, { ...entry, kind: 'symlink' }];
    if (stat.isDirectory()) out.push({ ...entry, kind: 'directory' });
    else if (stat.isFile() && last) {
      const svg = /\.svg$/i.test(full) ? readText(full) : {};
      out.push({ ...entry, kind: 'file', size: stat.size, head: readHead(full), ...svg });
    } else return [...out, { ...entry, kind: 'other' }];
  }
  return out.length > 0 ? out : null;
}

/** Regular files of an inventory: path → size in bytes. */
function sizes(entries: readonly InventoryEntry[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of entries) if (e.kind === 'file') out.set(e.path, e.size ?? 0);
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossy = new TextDecoder('utf-8', { ignoreBOM: true });

/** A text file's content; not UTF-8 is flagged, not thrown. A BOM is kept, for the gate to refuse. */
function readText(abs: string): { text: string; invalidUtf8?: true } {
  const bytes = readFileSync(abs);
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { text: lossy.decode(bytes), invalidUtf8: true };
  }
}

export function loadGateInput(options: LoadOptions): LoadedInput {
  const root = resolve(options.root);
  const contentDir = resolve(root, options.contentDir);
  const publicDir = resolve(root, options.publicDir);
  const wordingDir = resolve(root, options.wordingDir);
  if (!existsSync(contentDir)) throw new Error(`内容目录不存在:${contentDir}`);

  const contentEntries = listEntries(contentDir, 'content', root);
  const publicEntries = listEntries(publicDir, 'public', root);
  const contentAssets = sizes(contentEntries);
  const files: ContentFile[] = [];
  for (const contentPath of contentAssets.keys()) {
    if (kindOf(contentPath) === null) continue;
    const abs = join(contentDir, contentPath);
    // The word lists are the gate's configuration, not content.
    if (resolve(abs).startsWith(wordingDir + sep)) continue;
    files.push({ path: toPosix(relative(root, abs)), contentPath, ...readText(abs) });
  }
  files.sort((a, b) => a.path.localeCompare(b.path));

  const publicAssets = new Map<string, number>();
  for (const [path, size] of sizes(publicEntries)) publicAssets.set(`/${path}`, size);

  const list = (name: string) => {
    const abs = join(wordingDir, name);
    if (!existsSync(abs)) throw new Error(`词表文件不存在:${abs}`);
    return { path: toPosix(relative(root, abs)), text: readText(abs).text };
  };
  const jargon = existsSync(join(wordingDir, 'jargon.yaml')) ? list('jargon.yaml') : undefined;
  return {
    files,
    contentAssets,
    publicAssets,
    inventory: [...contentEntries, ...publicEntries],
    wording: { forbidden: list('forbidden.yaml'), corrections: list('corrections.yaml'), jargon },
  };
}
