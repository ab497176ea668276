/**
 * What the local back end refuses to do with media, in Chinese for the
 * editor (the guard in cms-server.ts answers 409 with the message, and Decap
 * shows it):
 *
 * - deleting a file that an entry uses: the 媒体 page deletes straight on the
 *   site's branch, and every page that shows the image would then fail
 *   (astro dev answers 500 ImageNotFound; the build stops). Entries on the
 *   branch and in drafts (`cms/*` branches, git mode) are searched;
 * - uploading an image over the upload limit (src/lib/cms/upload-limits.ts),
 *   also from the 媒体 page, which Decap does not check;
 * - saving a draft that would take a published file off the site: decap-server
 *   deletes from a draft every file the draft changed that the save does not
 *   send again, so a draft that once replaced a published image, saved without
 *   it, deletes that image, and publishing the draft deletes it from the site.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { parseMdxFile, parseYamlFile } from '../../src/lib/cms/format.ts';
import { draftBranch, filesDraftChanged } from './drafts.ts';
import {
  IMAGE_UPLOAD_LIMIT_BYTES,
  UPLOADED_IMAGE,
  imageTooLargeMessage,
} from '../../src/lib/cms/upload-limits.ts';

const run = promisify(execFile);

/** Entry files (what is not one of these is media). */
const ENTRY_FILE = /\.(mdx|md|ya?ml)$/i;

export interface MediaUser {
  /** Repository path of the entry. */
  path: string;
  /** Its title (or name), else its file name. */
  title: string;
  /** Only in a draft (not yet on the site). */
  draft: boolean;
}

export interface MediaContext {
  repoDir: string;
  mode: 'git' | 'fs';
  /** The branch the site is built from (Decap's `backend.branch`). */
  branch: string;
  /** Environment for git (see cms-server.ts: names unquoted). */
  gitEnv: NodeJS.ProcessEnv;
}

function titleOf(path: string, text: string): string {
  try {
    const data =
      path.endsWith('.mdx') || path.endsWith('.md') ? parseMdxFile(text) : parseYamlFile(text);
    const title = data['title'] ?? data['name'];
    if (typeof title === 'string' && title.trim()) return title.trim();
  } catch {
    // an unreadable file is named by its path
  }
  return basename(path);
}

/** Entries whose text names `/<fileName>` (how content refers to uploads: ../uploads/x.png, /downloads/x.pdf). */
export async function entriesUsing(context: MediaContext, fileName: string): Promise<MediaUser[]> {
  const needle = `/${fileName}`;
  if (context.mode === 'fs') {
    const users: MediaUser[] = [];
    const walk = (dir: string, relative: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = relative ? `${relative}/${entry.name}` : entry.name;
        if (entry.isDirectory()) walk(join(dir, entry.name), path);
        else if (ENTRY_FILE.test(entry.name)) {
          const text = readFileSync(join(dir, entry.name), 'utf8');
          if (text.includes(needle)) users.push({ path, title: titleOf(path, text), draft: false });
        }
      }
    };
    walk(join(context.repoDir, 'content'), 'content');
    return users;
  }
  const git = async (...args: string[]) =>
    (
      await run('git', args, {
        cwd: context.repoDir,
        env: context.gitEnv,
        maxBuffer: 64 * 1024 * 1024,
      })
    ).stdout;
  const drafts = (await git('branch', '--format=%(refname:short)', '--list', 'cms/*'))
    .split('\n')
    .filter(Boolean);
  const users = new Map<string, MediaUser>();
  for (const ref of [context.branch, ...drafts]) {
    let listed = '';
    try {
      listed = await git('grep', '-l', '-z', '-F', '-e', needle, ref, '--', 'content');
    } catch {
      continue; // git grep exits 1 when nothing matches
    }
    for (const hit of listed.split('\0').filter(Boolean)) {
      const path = hit.slice(ref.length + 1);
      if (!ENTRY_FILE.test(path) || (users.has(path) && !users.get(path)?.draft)) continue;
      const text = await git('show', `${ref}:${path}`);
      users.set(path, { path, title: titleOf(path, text), draft: ref !== context.branch });
    }
  }
  return [...users.values()];
}

/** 《标题》、《标题》(草稿) 等 7 篇: the first five users, by title. */
function titlesOf(users: readonly MediaUser[]): string {
  const shown = users.slice(0, 5).map((u) => `《${u.title}》${u.draft ? '(草稿)' : ''}`);
  return `${shown.join('、')}${users.length > 5 ? ` 等 ${users.length} 篇` : ''}`;
}

/** The editor's message when `fileName` cannot be deleted because `users` use it. */
export function mediaInUseMessage(fileName: string, users: readonly MediaUser[]): string {
  return (
    `不能删除“${fileName}”:${titlesOf(users)}正在使用它,删掉后这些页面就显示不出来了。` +
    `请先在${users.length > 1 ? '这些' : '这篇'}内容里换掉或删去它,保存并发布以后,再回来删除。`
  );
}

interface Asset {
  path?: unknown;
  content?: unknown;
  encoding?: unknown;
}

function decodedSize(asset: Asset): number {
  const content = typeof asset.content === 'string' ? asset.content : '';
  if (asset.encoding !== 'base64') return Buffer.byteLength(content);
  const padding = content.endsWith('==') ? 2 : content.endsWith('=') ? 1 : 0;
  return Math.floor((content.length * 3) / 4) - padding;
}

/**
 * Published files in use elsewhere that saving this draft would delete (see the header). Only a
 * draft that exists already can: a new one starts from the site's branch and has changed nothing.
 */
async function publishedFilesThisSaveDeletes(
  context: MediaContext,
  params: Record<string, unknown>,
  assets: readonly Asset[],
): Promise<{ fileName: string; users: MediaUser[] } | null> {
  const options = (params['options'] ?? {}) as { useWorkflow?: unknown; collectionName?: unknown };
  const dataFiles = (
    Array.isArray(params['dataFiles']) ? params['dataFiles'] : [params['entry']]
  ) as { slug?: unknown; path?: unknown }[];
  const slug = dataFiles[0]?.slug;
  if (context.mode !== 'git' || options.useWorkflow !== true) return null;
  if (typeof options.collectionName !== 'string' || typeof slug !== 'string') return null;
  let changed: Set<string>;
  try {
    const draft = draftBranch(options.collectionName, slug);
    changed = await filesDraftChanged(context.repoDir, context.gitEnv, context.branch, draft);
  } catch {
    return null; // no such draft yet
  }
  const sent = new Set(assets.map((a) => a.path));
  const saved = new Set(dataFiles.map((f) => f.path));
  for (const path of changed) {
    if (ENTRY_FILE.test(path) || sent.has(path)) continue;
    try {
      await run('git', ['cat-file', '-e', `${context.branch}:${path}`], {
        cwd: context.repoDir,
        env: context.gitEnv,
      });
    } catch {
      continue; // only in the draft: deleting it takes nothing off the site
    }
    const users = (await entriesUsing(context, basename(path))).filter(
      (u) => !u.draft && !saved.has(u.path),
    );
    if (users.length > 0) return { fileName: basename(path), users };
  }
  return null;
}

/** Why the guard refuses `action` with `params`, or null to let it through. */
export async function mediaRefusal(
  context: MediaContext,
  action: string,
  params: Record<string, unknown>,
): Promise<string | null> {
  if (action === 'deleteFile' || action === 'deleteFiles') {
    const paths =
      action === 'deleteFile'
        ? [params['path']]
        : Array.isArray(params['paths'])
          ? params['paths']
          : [];
    for (const path of paths) {
      if (typeof path !== 'string' || ENTRY_FILE.test(path)) continue;
      const users = await entriesUsing(context, basename(path));
      if (users.length > 0) return mediaInUseMessage(basename(path), users);
    }
  }
  if (action === 'persistMedia' || action === 'persistEntry') {
    const assets = (
      action === 'persistMedia'
        ? [params['asset']]
        : Array.isArray(params['assets'])
          ? params['assets']
          : []
    ) as Asset[];
    for (const asset of assets) {
      if (!asset || typeof asset.path !== 'string' || !UPLOADED_IMAGE.test(asset.path)) continue;
      const size = decodedSize(asset);
      if (size > IMAGE_UPLOAD_LIMIT_BYTES) return imageTooLargeMessage(basename(asset.path), size);
    }
    if (action === 'persistEntry') {
      const loss = await publishedFilesThisSaveDeletes(context, params, assets);
      if (loss)
        return (
          `这次没有保存:这篇草稿曾经换过网站上的“${loss.fileName}”,照现在这样保存,发布时会把它从网站上删掉,` +
          `而${titlesOf(loss.users)}正在使用它。请在这篇内容里重新选用“${loss.fileName}”再保存,` +
          '或者把这篇草稿删掉重新写(审核发布页面上的“删除未发布的内容”)。'
        );
    }
  }
  return null;
}
