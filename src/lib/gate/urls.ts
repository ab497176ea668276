import { decodeHTML } from 'entities';
import type { Place } from './parse.ts';
import type { LocalFinding } from './report.ts';

/**
 * URL safety. A URL is allowed when its scheme is http, https, mailto or tel,
 * or when it is a site-relative path (/x, ./x, ../x, #x). The scheme is read
 * the way a browser would after the worst an editor (or an attacker) could
 * write: HTML entities decoded (repeatedly), whitespace and control
 * characters removed, backslashes read as slashes, case folded.
 */

export const allowedSchemes = ['http', 'https', 'mailto', 'tel'] as const;
export type AllowedScheme = (typeof allowedSchemes)[number];

export type UrlClass =
  | { kind: 'external'; scheme: AllowedScheme }
  | { kind: 'site'; path: string }
  | { kind: 'relative'; path: string }
  | { kind: 'fragment' }
  | { kind: 'unsafe'; scheme: string }
  | { kind: 'empty' }
  | { kind: 'protocol-relative' }
  | { kind: 'bare' };

/** Where a URL was written; decides how a site-relative target must resolve. */
export type UrlContext = 'link' | 'image' | 'attachment' | 'definition';

export interface UrlRef extends Place {
  url: string;
  context: UrlContext;
  /** For messages: 链接 / 图片 / 属性 href … */
  label: string;
}

/** Attribute names that browsers load or navigate to (compared lower-cased). */
export const urlAttributeNames: ReadonlySet<string> = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'data',
  'cite',
  'background',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'manifest',
  'codebase',
  'classid',
  'archive',
  'usemap',
  'ping',
  'icon',
  'profile',
  'xlink:href',
  'xmlns:xlink',
]);

export function isUrlAttribute(name: string): boolean {
  const lower = name.toLowerCase();
  return urlAttributeNames.has(lower) || lower.endsWith('href') || lower.endsWith('src');
}

/** Whitespace, control and invisible formatting characters, which browsers strip or ignore inside URLs. */
const invisible = /[\s\p{Cc}\p{Cf}\p{Z}]/gu;

/** Decodes HTML character references until nothing changes (`&amp;#106;` → `j`). */
export function decodeEntitiesFully(value: string): string {
  let current = value;
  for (let i = 0; i < 5; i++) {
    const next = decodeHTML(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

/** The form of a URL used to decide its scheme. Never use it as the link target. */
export function normalizeForScheme(raw: string): string {
  return decodeEntitiesFully(raw).replace(invisible, '').replaceAll('\\', '/').toLowerCase();
}

const schemePattern = /^([a-z][a-z0-9+.-]*):/;

export function classifyUrl(raw: string): UrlClass {
  const n = normalizeForScheme(raw);
  if (n === '') return { kind: 'empty' };
  const scheme = schemePattern.exec(n)?.[1];
  if (scheme !== undefined) {
    return (allowedSchemes as readonly string[]).includes(scheme)
      ? { kind: 'external', scheme: scheme as AllowedScheme }
      : { kind: 'unsafe', scheme };
  }
  // A colon before any / ? # still makes some parsers see a scheme; refuse it.
  const colon = n.indexOf(':');
  const firstDelimiter = n.search(/[/?#]/);
  if (colon >= 0 && (firstDelimiter < 0 || colon < firstDelimiter))
    return { kind: 'unsafe', scheme: n.slice(0, colon) };
  if (n.startsWith('//')) return { kind: 'protocol-relative' };
  const path = raw.trim();
  if (n.startsWith('/')) return { kind: 'site', path };
  if (n.startsWith('./') || n.startsWith('../')) return { kind: 'relative', path };
  if (n.startsWith('#')) return { kind: 'fragment' };
  return { kind: 'bare' };
}

/** The unsafe-url finding for a URL, or `null` when it is allowed. Empty URLs are left to the link checks. */
export function checkUrlSafety(ref: UrlRef): LocalFinding | null {
  const c = classifyUrl(ref.url);
  const shown = ref.url.length > 60 ? `${ref.url.slice(0, 57)}…` : ref.url;
  const allowed = '只允许 https://、http://、mailto:、tel:,或以 / ./ ../ # 开头的站内地址';
  let message: string | null = null;
  switch (c.kind) {
    case 'unsafe':
      message = `${ref.label}“${shown}”使用了不允许的协议“${c.scheme}:”,可能在读者浏览器中执行代码。${allowed}`;
      break;
    case 'protocol-relative':
      message = `${ref.label}“${shown}”以 // 开头,请写完整的 https:// 网址`;
      break;
    case 'bare':
      message = `${ref.label}“${shown}”既不是完整网址,也不是站内路径:外部网址请以 https:// 开头,站内页面以 / 开头,上传的文件写作 ../uploads/文件名`;
      break;
    default:
      return null;
  }
  return { line: ref.line, column: ref.column, rule: 'unsafe-url', severity: 'error', message };
}

/** The URLs of a `srcset` value (`a.jpg 1x, b.jpg 2x`). */
export function splitSrcset(value: string): string[] {
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}
