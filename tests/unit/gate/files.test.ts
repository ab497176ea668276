import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { refusalToServe } from '../../../src/integrations/content-gate.ts';
import { formatReport, type RuleId } from '../../../src/lib/gate/report.ts';
import { svgScriptProblem } from '../../../src/lib/svg.ts';
import { makeWorkDir } from '../../support/work-dir.ts';
import { checkFixtureDir, fixtureDir, repoRoot } from './helpers.ts';

/**
 * The files themselves: nothing under the content folder or public/ reaches
 * the build unread. tests/fixtures/gate/files is a small site (content/ and
 * public/) holding one file the build would take without the gate reading it,
 * for each case below; symbolic links, which git checkouts do not always
 * keep, are made in a copy of it.
 */
const site = `${fixtureDir}/files`;

/** Each refused file (relative to the copy) and the rule that must name it. */
const expected: Record<string, RuleId> = {
  'content/README.txt': 'file-place',
  'content/drafts': 'file-place',
  'content/health/.hidden-article.mdx': 'file-place',
  'content/health/Clear Standing Water.mdx': 'file-name',
  'content/health/UPPER-CASE-EXTENSION.MDX': 'file-type',
  'content/health/nested': 'file-place',
  'content/health/plain-markdown.md': 'file-type',
  'content/topics/other-extension.yml': 'file-type',
  'content/uploads/figure-with-script.svg': 'file-type',
  'content/uploads/renamed-page.png': 'file-type',
  'content/uploads/sub': 'file-place',
  'content/uploads/cover image#1.png': 'file-name',
  'content/health/linked-file.mdx': 'file-symlink',
  'content/news': 'file-symlink',
  'public/.htaccess': 'file-place',
  'public/_astro': 'file-place',
  'public/_headers': 'file-type',
  'public/downloads/page.html': 'file-type',
  'public/downloads/renamed-page.pdf': 'file-type',
  'public/downloads/手册 2026.pdf': 'file-name',
  'public/media/script.js': 'file-type',
  'public/media/linked-folder': 'file-symlink',
  'public/downloads/\uFFFD\uFFFD.pdf': 'file-name',
};

describe('files the build would take without the gate reading them', () => {
  const work = makeWorkDir('gate-files');
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  cpSync(join(repoRoot, site), work, { recursive: true });
  // A link to a file, and links to folders (Astro's loader and the copy of public/ follow both).
  symlinkSync('clear-standing-water.mdx', join(work, 'content/health/linked-file.mdx'));
  mkdirSync(join(work, 'elsewhere'));
  symlinkSync('../elsewhere', join(work, 'content/news'), 'dir');
  symlinkSync('../../elsewhere', join(work, 'public/media/linked-folder'), 'dir');
  // A name of bytes that are not UTF-8 (git keeps names as bytes): nothing can open it by its decoded name.
  writeFileSync(
    Buffer.concat([
      Buffer.from(`${join(work, 'public/downloads')}/`),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('.pdf'),
    ]),
    '%PDF-1.4\n',
  );
  const root = relative(repoRoot, work);
  const result = checkFixtureDir(
    `${root}/content`,
    {},
    { asSite: true, publicDir: `${root}/public` },
  );
  const errors = result.findings.filter((f) => f.severity === 'error');

  it.each(Object.entries(expected))('%s is refused (%s), naming it', (path, rule) => {
    const hits = errors.filter((f) => f.file === `${root}/${path}` && f.rule === rule);
    expect(hits, formatReport(errors, 0)).toHaveLength(1);
  });

  it('names every file of a page address twice taken (Astro would keep one and drop the rest)', () => {
    const twice = errors
      .filter((f) => f.rule === 'duplicate-id')
      .map((f) => f.file.slice(root.length + 1));
    expect(twice.sort()).toEqual([
      'content/health/Clear Standing Water.mdx',
      'content/health/clear-standing-water.mdx',
    ]);
  });

  // npm run dev runs the gate without stopping on its errors, and its server (no CSP, the origin of
  // /admin/, whose local back end writes any file of the checkout) would serve these files as they are.
  it('are not served by the dev server either, whatever address asks for them', () => {
    const at = resolve(work);
    const folders = {
      root: at,
      areas: [
        { area: 'content' as const, dir: join(at, 'content') },
        { area: 'public' as const, dir: join(at, 'public') },
      ],
      publicDir: join(at, 'public'),
    };
    const refusal = (url: string) => refusalToServe(url, folders) ?? '';
    for (const [url, rule] of [
      ['/downloads/page.html', 'file-type'],
      ['/media/script.js?import', 'file-type'],
      ['/content/uploads/figure-with-script.svg', 'file-type'],
      [`/@fs${at}/content/uploads/figure-with-script.svg`, 'file-type'],
      ['/content/drafts/unknown-folder.mdx', 'file-place'],
      ['/content/health/linked-file.mdx', 'file-symlink'],
      ['/media/linked-folder/anything.mp4', 'file-symlink'],
      ['/.htaccess', 'file-place'],
    ] as const) {
      expect(refusal(url), url).toMatch(new RegExp(`  ${rule}  `));
    }
    for (const url of [
      '/favicon.svg',
      '/downloads/sample.pdf',
      '/content/health/clear-standing-water.mdx?import',
      '/content/uploads/green.png',
      '/health/clear-standing-water/',
      '/src/pages/index.astro',
    ]) {
      expect(refusal(url), url).toBe('');
    }
  });

  it('refuses nothing else: the site’s own files pass, and a refused folder is named once, not file by file', () => {
    const named = new Set(Object.keys(expected).map((p) => `${root}/${p}`));
    const others = errors.filter((f) => !named.has(f.file) && f.rule !== 'duplicate-id');
    expect(others, formatReport(others, 0)).toEqual([]);
    expect(errors.some((f) => f.file.startsWith(`${root}/content/health/nested/`))).toBe(false);
  });
});

describe('the site’s own SVG in public/ (allowed by its path, so read for script)', () => {
  it('passes the favicon as it is, and refuses one that could run script', () => {
    expect(svgScriptProblem(readFileSync(join(repoRoot, 'public/favicon.svg'), 'utf8'))).toBeNull();
    for (const svg of [
      '<svg><script>alert(1)</script></svg>',
      '<svg onload="alert(1)"></svg>',
      '<svg><a href="javascript:alert(1)"><rect/></a></svg>',
      '<svg><use xlink:href="data:image/svg+xml,x#a"/></svg>',
      '<svg><foreignObject><iframe src="x"></iframe></foreignObject></svg>',
      '<svg><animate attributeName="href" to="javascript:alert(1)"/></svg>',
      '<svg><SCRIPT>alert(1)</SCRIPT></svg>',
    ]) {
      expect(svgScriptProblem(svg), svg).not.toBeNull();
    }
  });

  // Each of these ran its script in Chromium when opened as an SVG file, yet the HTML tokenizer saw no script in it.
  it('reads it as a browser opening the file does, with its XML parser', () => {
    const svg = (inner: string, attributes = '') =>
      `<svg xmlns="http://www.w3.org/2000/svg"${attributes}>${inner}</svg>`;
    for (const text of [
      // An entity declared in the file expands into markup.
      `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "&#60;script&#62;alert(1)&#60;/script&#62;">]>${svg('&x;')}`,
      // Prefixes bound to the SVG or XHTML namespace make a script element under another name.
      svg('<s:script>alert(1)</s:script>', ' xmlns:s="http://www.w3.org/2000/svg"'),
      svg('<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>'),
      svg(
        '<a l:href="javascript:alert(1)"><text>x</text></a>',
        ' xmlns:l="http://www.w3.org/1999/xlink"',
      ),
      svg('<g xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></g>'),
      // HTML leaves the SVG namespace at <p>, so its <style> hides the script; XML stays in SVG.
      svg('<p/><style><script>alert(1)</script></style>'),
      // CDATA and stylesheet instructions.
      svg('<style><![CDATA[</style><script>alert(1)</script>]]></style>'),
      `<?xml-stylesheet type="text/xsl" href="#t"?>${svg('')}`,
      // Another encoding than the UTF-8 the gate read.
      `<?xml version="1.0" encoding="UTF-16"?>${svg('')}`,
      svg('<script>alert(1)</script>').replace(/./g, (c) => `${c}\0`),
    ]) {
      expect(svgScriptProblem(text), text).not.toBeNull();
    }
    // A UTF-16 file with its byte-order mark: not UTF-8, whatever a lossy reading of it shows.
    expect(svgScriptProblem(svg(''), { validUtf8: false })).not.toBeNull();
  });
});
