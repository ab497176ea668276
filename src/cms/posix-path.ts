/**
 * The few `node:path` posix functions the content gate uses, for the
 * browser: the CMS runs the gate before saving (see events.ts), and Vite
 * has no `node:path` in a browser bundle. Swapped in by the
 * `browserPosixPath` Vite plugin (src/cms/vite-plugin.ts) for client code only.
 */
function normalize(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(part);
  }
  const joined = out.join('/');
  const trailing = path.endsWith('/') && joined ? '/' : '';
  return (absolute ? `/${joined}` : joined || '.') + trailing;
}

function join(...parts: string[]): string {
  const nonEmpty = parts.filter((p) => p !== '');
  return nonEmpty.length === 0 ? '.' : normalize(nonEmpty.join('/'));
}

function dirname(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  const i = trimmed.lastIndexOf('/');
  if (i < 0) return '.';
  return i === 0 ? '/' : trimmed.slice(0, i);
}

function basename(path: string, ext?: string): string {
  const base = path.replace(/\/+$/, '').split('/').pop() ?? '';
  return ext && base.endsWith(ext) && base !== ext ? base.slice(0, -ext.length) : base;
}

function extname(path: string): string {
  const base = basename(path);
  const i = base.lastIndexOf('.');
  return i <= 0 ? '' : base.slice(i);
}

export const posix = { normalize, join, dirname, basename, extname, sep: '/' };
export { basename, dirname, extname, join, normalize };
export const sep = '/';
export default posix;
