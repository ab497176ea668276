import { posix } from 'node:path';

/**
 * Which uploaded files a build publishes: those its pages use. Astro copies
 * all of public/ into the build, and src/lib/uploads.ts imports every image
 * of content/uploads (so the bundler emits each one into _astro/), whether
 * or not anything links to it; a file uploaded through the CMS and then left
 * unused (or used only by an entry that is not on the site yet) would be
 * published at a guessable address. The build removes those
 * (src/integrations/published-uploads.ts).
 */

/** Extensions of the files editors upload: images, PDFs, video, audio and captions. */
const UPLOAD_EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg', 'webp', 'avif', 'gif'].concat([
  'mp4',
  'webm',
  'mp3',
  'ogg',
  'm4a',
  'vtt',
]);
const IMAGE_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'webp', 'avif', 'gif']);

/** An upload's extension ending an address (`.pdf` in `/downloads/x.pdf?v=1`). */
const EXTENSION = new RegExp(`\\.(?:${UPLOAD_EXTENSIONS.join('|')})(?![\\w.-])`, 'giu');
/**
 * What ends an address written in a page, feed, style or script, looking back from its extension
 * (`=` for an attribute without quotes). Upload names hold none of these (the content gate's name rule).
 */
const DELIMITER = /[\s"'`()<>,;=|{}[\]\\]/u;

/**
 * The paths a built text file refers to, decoded, without scheme and host:
 * `/downloads/x.pdf`, `https://site/media/a.mp3` → `/media/a.mp3`,
 * `/_astro/cover.Ab12_x.webp 640w` (in `srcset`). Found from each extension
 * back to the character that starts the address, so a long minified script
 * costs one pass.
 */
export function referencedPaths(text: string): string[] {
  // JSON may write `/` as `\/`; HTML attributes may write it as an entity.
  const plain = text.replace(/\\\//g, '/').replace(/&#(?:x2f|47);/gi, '/');
  const paths: string[] = [];
  for (const match of plain.matchAll(EXTENSION)) {
    const end = match.index + match[0].length;
    let start = match.index;
    while (start > 0 && !DELIMITER.test(plain[start - 1] ?? ' ')) start--;
    let path = plain.slice(start, end).replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
    try {
      path = decodeURI(path);
    } catch {
      // Not percent-encoded after all: compared as written.
    }
    paths.push(path);
  }
  return paths;
}

/**
 * The built files that came from an upload: the copies of the files of
 * public/<folder>/ (the folders the CMS uploads to; `publicFiles` relative to
 * public/), and the files the bundler made in _astro/ of an image of
 * content/uploads (`cover.png` → `_astro/cover.Ab12x.png`, and its resized
 * `cover.Ab12x_Z1.webp`).
 */
export function uploadsInBuild(
  builtFiles: readonly string[],
  publicFiles: readonly string[],
  publicFolders: readonly string[],
  uploadedImages: readonly string[],
): string[] {
  const copied = new Set(
    publicFiles.filter((file) => publicFolders.includes(file.split('/')[0] ?? '')),
  );
  const stems = uploadedImages.map(
    (name) => `${name.slice(0, name.length - posix.extname(name).length)}.`,
  );
  return builtFiles.filter((file) => {
    if (copied.has(file)) return true;
    if (!file.startsWith('_astro/') || file.indexOf('/', '_astro/'.length) !== -1) return false;
    const name = file.slice('_astro/'.length);
    const ext = posix.extname(name).slice(1).toLowerCase();
    return IMAGE_EXTENSIONS.has(ext) && stems.some((stem) => name.startsWith(stem));
  });
}

/** Of `uploads` (paths relative to the build's folder), those no text of the build refers to. */
export function unusedUploads(uploads: readonly string[], texts: Iterable<string>): string[] {
  const byName = new Map<string, string[]>();
  for (const text of texts)
    for (const path of referencedPaths(text)) {
      const name = posix.basename(path);
      const list = byName.get(name);
      if (list) list.push(path);
      else byName.set(name, [path]);
    }
  return uploads.filter((file) => {
    const paths = byName.get(posix.basename(file)) ?? [];
    return !paths.some((path) => path === file || path.endsWith(`/${file}`));
  });
}
