import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { publicFolders } from '../lib/gate/files.ts';
import { unusedUploads, uploadsInBuild } from '../lib/published-uploads.ts';

/**
 * After the build, removes every uploaded file that no built page, feed,
 * stylesheet or script refers to (src/lib/published-uploads.ts): an upload
 * that no published entry uses never reaches the site. Listed before the
 * security headers in astro.config.mjs, which list the build's folders.
 */

/** Every file under `dir`, as paths relative to it with `/` separators. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(dir, path) : [path];
  });
}

/** Built files whose text can refer to an upload. */
const TEXT_FILE = /\.(?:html|xml|css|js|mjs|json|txt|webmanifest)$/i;

export default function publishedUploads({ contentDir }: { contentDir: string }): AstroIntegration {
  let publicDir = '';
  return {
    name: 'published-uploads',
    hooks: {
      'astro:config:setup': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = listFiles(out);
        const uploadsDir = join(contentDir, 'uploads');
        const images = existsSync(uploadsDir) ? readdirSync(uploadsDir) : [];
        const publicFiles = existsSync(publicDir) ? listFiles(publicDir) : [];
        const uploads = uploadsInBuild(files, publicFiles, Object.keys(publicFolders), images);
        const texts = (function* () {
          for (const file of files)
            if (TEXT_FILE.test(file)) yield readFileSync(join(out, file), 'utf8');
        })();
        const unused = unusedUploads(uploads, texts);
        for (const file of unused) rmSync(join(out, file));
        // Folders the removal emptied (dist/media/ of a site without media) go too.
        const folders = new Set(unused.map((file) => posix.dirname(file)));
        for (const folder of [...folders].sort((a, b) => b.length - a.length))
          for (let f = folder; f !== '.' && f !== '_astro'; f = posix.dirname(f)) {
            const path = join(out, f);
            if (!existsSync(path) || readdirSync(path).length > 0) break;
            rmdirSync(path);
          }
        if (unused.length > 0)
          logger.info(
            `没有页面用到的 ${unused.length} 个上传文件不发布 (uploads no page uses, left out): ${unused.slice(0, 20).join(', ')}${unused.length > 20 ? ' …' : ''}`,
          );
      },
    },
  };
}
