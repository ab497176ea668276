import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.mp3': 'audio/mpeg',
  '.mp4': 'video/mp4',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.wasm': 'application/wasm',
};

/** Resolves a URL path to a file in `root` the way a static host does, or undefined. */
export function resolveStaticFile(root: string, urlPath: string): string | undefined {
  const path = normalize(decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/'));
  if (path.includes('..')) return undefined;
  const file = join(root, path);
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

export interface StaticServerOptions {
  /** 0 (the default) for any free port. */
  port?: number;
  /** Response headers by URL path (e.g. those of dist/_headers). */
  headersFor?: (urlPath: string) => Record<string, string>;
  /** Gzip text to clients that accept it, as production hosts do (transfer sizes then match theirs). */
  gzip?: boolean;
  /**
   * Serve `root` under this path (`/ztzl/cjwscs/`), as a portal serves a 专栏:
   * paths outside it are the portal's, not the site's, and get a bare 404.
   */
  base?: string;
}

/** A static file server for `dist/`, as a host would serve it (404.html for misses). */
export function startStaticServer(
  root: string,
  options: StaticServerOptions = {},
): Promise<{ server: Server; origin: string }> {
  const { port = 0, headersFor = () => ({}), base = '/' } = options;
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not part of this site');
      return;
    }
    const file = resolveStaticFile(root, `/${url.slice(base.length)}`);
    const notFound = join(root, '404.html');
    const served = file ?? (existsSync(notFound) ? notFound : undefined);
    if (!served) {
      res.writeHead(404).end('not found');
      return;
    }
    const path = (req.url ?? '/').split(/[?#]/)[0] ?? '/';
    const type = TYPES[extname(served)] ?? 'application/octet-stream';
    const gzip =
      options.gzip === true &&
      COMPRESSIBLE.test(type) &&
      /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(file ? 200 : 404, {
      ...headersFor(path),
      'content-type': type,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
    });
    const stream = createReadStream(served);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({ server, origin: `http://127.0.0.1:${actualPort}` });
    });
  });
}
