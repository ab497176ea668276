import { posix } from 'node:path';
import { contentModel } from '../../schemas/index.ts';
import { audioExtensions, videoExtensions } from '../../schemas/media.ts';
import { svgScriptProblem } from '../svg.ts';
import type { Finding, RuleId } from './report.ts';

/**
 * Which files may be in the content directory and in public/. Astro's glob
 * loaders follow symbolic links, skip hidden files, load only the exact
 * extension of each collection from the top of its folder, and Astro copies
 * every file of public/ to the site as it is: so everything the gate cannot
 * or does not read is refused here, by name, before the build sees it.
 * Pure: the inventory (what is on disk, links not followed) comes in.
 */

export interface InventoryEntry {
  area: 'content' | 'public';
  /** Path inside the area's folder, with forward slashes. */
  path: string;
  /** Path relative to the repository, as findings name it. */
  file: string;
  kind: 'file' | 'directory' | 'symlink' | 'other';
  /** For files: size in bytes and the first bytes (for the type's signature). */
  size?: number;
  head?: Uint8Array;
  /** A name whose bytes are not UTF-8 (`path` then shows it decoded lossily). */
  badName?: boolean;
  /** For SVG files, their text (checked for script), and whether their bytes were UTF-8. */
  text?: string;
  invalidUtf8?: boolean;
}

type FileFinding = Omit<Finding, 'line' | 'column' | 'severity'> & { rule: RuleId };

/** How each allowed type's files begin; a file whose bytes say otherwise was renamed. */
const signatures: Readonly<Record<string, (b: Uint8Array) => boolean>> = (() => {
  const ascii = (b: Uint8Array, at: number, text: string) =>
    [...text].every((c, i) => b[at + i] === c.charCodeAt(0));
  const isoMedia = (b: Uint8Array) => ascii(b, 4, 'ftyp');
  return {
    png: (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((x, i) => b[i] === x),
    jpg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
    jpeg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
    gif: (b) => ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a'),
    webp: (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP'),
    avif: (b) => isoMedia(b) && (ascii(b, 8, 'avif') || ascii(b, 8, 'avis')),
    pdf: (b) => ascii(b, 0, '%PDF-'),
    mp3: (b) => ascii(b, 0, 'ID3') || (b[0] === 0xff && ((b[1] ?? 0) & 0xe0) === 0xe0),
    ogg: (b) => ascii(b, 0, 'OggS'),
    m4a: isoMedia,
    mp4: isoMedia,
    webm: (b) => [0x1a, 0x45, 0xdf, 0xa3].every((x, i) => b[i] === x),
    vtt: (b) =>
      ascii(b, 0, 'WEBVTT') ||
      (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf && ascii(b, 3, 'WEBVTT')),
  };
})();

/** Images editors upload to content/uploads: the types src/lib/uploads.ts imports (SVG can carry script, so never). */
export const uploadImageTypes = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif'] as const;

/** What public/ may hold, by folder: the PDFs of downloads and attachments, the news items' media, the site's identifier images. */
export const publicFolders: Readonly<Record<string, readonly string[]>> = {
  downloads: ['pdf'],
  media: [...videoExtensions, ...audioExtensions, 'vtt', 'jpg', 'jpeg', 'png', 'webp'],
  // The 党政机关网站标识 and the 公安 filing icon, as the issuing offices hand them out (settings.identifiers).
  identifiers: ['png', 'gif', 'jpg', 'jpeg'],
};

/** Files of the site itself in public/ (not content), allowed by their exact path. */
export const publicSiteFiles: readonly string[] = ['favicon.svg'];

/** Folders of the content directory that hold no collection: uploaded images, and the gate's word lists. */
const contentSupportFolders = { uploads: 'uploads', wording: 'wording' } as const;

/** Entry file names: what the CMS writes (pinyin of the title) and what a page address can hold unchanged. */
const entryStem = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Public file names: ASCII letters, digits, `_ . -`, as the schemas' paths allow. */
const publicName = /^[\w-][\w.-]*$/;
/** Uploaded images: letters and digits of any script too (the CMS keeps Chinese names), never spaces or `# ? % \`. */
const uploadName = /^[\p{L}\p{N}_-][\p{L}\p{N}_.-]*$/u;

const extensionOf = (name: string) => posix.extname(name).slice(1);

const collectionFolders = new Map<string, string>(
  Object.values(contentModel).map((c) => [c.folder, c.format]),
);

function describeType(name: string): string {
  const ext = extensionOf(name).toLowerCase();
  if (ext === 'svg') return 'SVG 图片可以包含脚本,请转换为 PNG 或 JPG 后再上传';
  if (
    [
      'html',
      'htm',
      'xhtml',
      'shtml',
      'js',
      'mjs',
      'cjs',
      'css',
      'wasm',
      'xml',
      'xsl',
      'json',
      'txt',
      'map',
      'php',
    ].includes(ext) ||
    name.startsWith('_')
  ) {
    return '这种文件会被原样发布到网站上,可能在读者浏览器中执行代码或改变网站设置';
  }
  return '这种类型的文件不能发布';
}

/** Checks the inventory of the content directory and public/: links, hidden files, places, types and names. */
export function checkFiles(inventory: readonly InventoryEntry[]): Finding[] {
  const out: FileFinding[] = [];
  const refuse = (e: InventoryEntry, rule: RuleId, message: string) =>
    out.push({ file: e.file, rule, message });
  // A refused folder is reported once, not once for each file in it.
  const refusedFolders: string[] = [];
  const insideRefused = (e: InventoryEntry) =>
    refusedFolders.some((f) => e.file.startsWith(`${f}/`));

  for (const e of inventory) {
    if (insideRefused(e)) continue;
    const parts = e.path.split('/');
    const name = parts.at(-1) ?? '';
    const where = e.area === 'content' ? '内容目录' : 'public 目录';
    if (e.badName) {
      refuse(
        e,
        'file-name',
        `这个名字不是 UTF-8 编码的文字(显示为“${name}”):网站构建和内容检查都无法按名字打开它,请用英文字母、数字和连字符重新命名`,
      );
      continue;
    }
    if (e.kind === 'symlink') {
      refuse(
        e,
        'file-symlink',
        `这是符号链接(symlink):网站构建会跟着它读到内容检查看不到的文件。请删除链接,换成真实的文件`,
      );
      continue;
    }
    if (e.kind === 'other') {
      refuse(e, 'file-type', `这不是普通文件或文件夹,不能放在${where}中`);
      continue;
    }
    if (name.startsWith('.')) {
      refuse(
        e,
        'file-place',
        `隐藏文件(名称以 . 开头)不能放在${where}中:网站不会发布它,内容检查也不读它,请删除`,
      );
      if (e.kind === 'directory') refusedFolders.push(e.file);
      continue;
    }
    const problem = e.area === 'content' ? placeInContent(e, parts) : placeInPublic(e, parts);
    if (problem) {
      refuse(e, problem.rule, problem.message);
      if (e.kind === 'directory') refusedFolders.push(e.file);
    }
  }
  return out.map((f) => ({ ...f, line: 1, column: 1, severity: 'error' as const }));
}

type Problem = { rule: RuleId; message: string } | null;

function typeProblem(
  e: InventoryEntry,
  allowed: readonly string[],
  nameRule = publicName,
): Problem {
  const name = e.path.split('/').at(-1) ?? '';
  const ext = extensionOf(name);
  if (!allowed.includes(ext)) {
    const hint =
      allowed.length > 0
        ? `这里只能放 ${allowed.map((x) => `.${x}`).join('、')} 文件(扩展名小写)`
        : '';
    return {
      rule: 'file-type',
      message: `不能放 ${ext ? `.${ext}` : '没有扩展名的'} 文件:${describeType(name)}。${hint}`,
    };
  }
  const signature = signatures[ext];
  if (signature && e.head && !signature(e.head)) {
    return {
      rule: 'file-type',
      message: `文件内容不是 .${ext} 格式(可能只改了扩展名):请上传真正的 .${ext} 文件`,
    };
  }
  if (!nameRule.test(name)) {
    return nameRule === uploadName
      ? {
          rule: 'file-name',
          message:
            '文件名只能用文字、数字和 _ . -(不能有空格或 # ? % 等符号),例如 cover-dengue.png',
        }
      : {
          rule: 'file-name',
          message:
            '文件名只能用英文字母、数字和 _ . -(不能有空格、中文或 # ? % 等符号),例如 handbook-2026.pdf',
        };
  }
  return null;
}

function placeInContent(e: InventoryEntry, parts: readonly string[]): Problem {
  const [top = '', ...rest] = parts;
  const folders = [...collectionFolders.keys(), ...Object.values(contentSupportFolders)]
    .map((f) => `${f}/`)
    .join('、');
  if (rest.length === 0) {
    if (e.kind === 'file')
      return {
        rule: 'file-place',
        message: `内容目录的最上层不能放文件:文章和资料放在各栏目的文件夹中(${folders})`,
      };
    if (
      !collectionFolders.has(top) &&
      !Object.values<string>(contentSupportFolders).includes(top)
    ) {
      return {
        rule: 'file-place',
        message: `${top}/ 不是网站的内容栏目,其中的文件不会发布。可用的文件夹:${folders}`,
      };
    }
    return null;
  }
  const format = collectionFolders.get(top);
  if (format !== undefined) {
    if (rest.length > 1 || e.kind === 'directory') {
      return {
        rule: 'file-place',
        message: `栏目文件夹 ${top}/ 里不能再有子文件夹:子文件夹中的文件不会发布`,
      };
    }
    const name = rest[0] ?? '';
    const ext = extensionOf(name);
    if (ext !== format) {
      return {
        rule: 'file-type',
        message: `${top}/ 中只能放 .${format} 文件(扩展名小写),这个文件不会发布:请改名为 .${format} 或删除`,
      };
    }
    if (!entryStem.test(name.slice(0, -(ext.length + 1)))) {
      return {
        rule: 'file-name',
        message: `文件名就是页面地址,只能用小写英文字母、数字和连字符 -(不能有空格、大写字母、中文或其他符号),例如 dengue-prevention.${format}`,
      };
    }
    return null;
  }
  if (top === contentSupportFolders.uploads) {
    if (rest.length > 1 || e.kind === 'directory')
      return {
        rule: 'file-place',
        message: 'uploads/ 里不能有子文件夹:网站只使用 uploads/ 中直接存放的图片',
      };
    return typeProblem(e, uploadImageTypes, uploadName);
  }
  if (top === contentSupportFolders.wording) {
    if (e.kind === 'directory') return null;
    return extensionOf(rest.at(-1) ?? '') === 'yaml'
      ? null
      : { rule: 'file-type', message: 'wording/ 中只能放 .yaml 词表文件' };
  }
  return null;
}

function placeInPublic(e: InventoryEntry, parts: readonly string[]): Problem {
  const [top = '', ...rest] = parts;
  const folders = Object.keys(publicFolders)
    .map((f) => `${f}/`)
    .join('、');
  if (rest.length === 0) {
    if (e.kind === 'directory') {
      return Object.hasOwn(publicFolders, top)
        ? null
        : {
            rule: 'file-place',
            message: `public/ 中只能有这些文件夹:${folders};${top}/ 中的文件会被原样发布到网站上`,
          };
    }
    if (publicSiteFiles.includes(top)) {
      const why =
        e.text === undefined ? null : svgScriptProblem(e.text, { validUtf8: !e.invalidUtf8 });
      return why
        ? {
            rule: 'file-type',
            message: `网站自己的图片 ${top} ${why}:打开它时可能执行脚本,请换回不含脚本的图片`,
          }
        : null;
    }
    return {
      rule: 'file-type',
      message: `public/ 的最上层只能放网站自己的文件(${publicSiteFiles.join('、')}):${describeType(top)}`,
    };
  }
  const allowed = publicFolders[top] ?? [];
  if (e.kind === 'directory') return null;
  return typeProblem(e, allowed);
}
