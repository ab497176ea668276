/**
 * npm run handbooks: prints every handbook of content/handbooks to the PDF the
 * download centre offers (public/downloads/handbooks/<id>.pdf), from the site's
 * own page of it (/handbooks/<id>/): the same MDX, components and print styles.
 *
 *   npm run handbooks                 builds the site into .cache/handbooks/dist, then prints
 *   npm run handbooks -- --dist dist  prints from a site already built there
 *   HANDBOOKS=1 npm run build         prints them first, so the build's download centre has them
 *
 * For each handbook: the page's characters become two compact TrueType fonts
 * (Chromium would embed Noto Sans CJK as bulky Type 3 fonts); a first print
 * tells on which page Chromium put each article (the contents link to them,
 * and linked anchors become named destinations of the PDF, read with
 * poppler's pdfinfo); their numbers are written into the contents and the
 * page is printed again. The PDFs replace the old ones only when every
 * handbook printed. Needs Chromium, fonts-noto-cjk and poppler-utils.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { printedCreator } from '../../src/lib/handbooks.ts';
import { handbookPdfPath } from '../../src/lib/urls.ts';
import { getContentDir } from '../../src/schemas/index.ts';
import { launchBrowser } from '../support/browser.ts';
import { baseOfBuild } from '../support/site-checks/dist.ts';
import { startStaticServer } from '../support/static-server.ts';
import { findSystemFace, loadFace, subsetToTrueType } from './truetype-subset.ts';

export interface PrintedHandbook {
  id: string;
  /** Where the PDF was written. */
  file: string;
  pages: number;
  bytes: number;
  /** Bytes of the embedded font subsets (regular, bold) and how many characters they hold. */
  fonts: { regular: number; bold: number; characters: number };
  /** Page of each part (anchor id → page number), as printed in the contents. */
  contents: Record<string, number>;
  milliseconds: number;
}

export interface PrintOptions {
  /** The built site. */
  dist: string;
  /** The site's base path ('/' or '/ztzl/cjwscs/'). */
  base: string;
  /** The public/ folder the PDFs go to (at handbookPdfPath(id) inside it). */
  publicDir: string;
  /** Where PDFs are made before they replace the published ones. */
  scratchDir?: string;
  log?: (line: string) => void;
}

/** The family name the subsets are loaded under in the printed page. */
const PRINT_FAMILY = 'HandbookPrint';
/** Characters a page may draw without having them in its text: digits of page numbers, Latin of addresses. */
const ALWAYS =
  Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('') + '—·•…“”‘’';

/** Named destinations of a PDF (anchor → page number), by poppler's pdfinfo. */
export function readDestinations(pdf: string): Map<string, number> {
  const out = execFileSync('pdfinfo', ['-dests', pdf], { encoding: 'utf8' });
  const dests = new Map<string, number>();
  for (const m of out.matchAll(/^\s*(\d+)\s+\[[^\]]*\]\s+"(.*)"\s*$/gm))
    dests.set(m[2]!, Number(m[1]));
  return dests;
}

function pageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** The @font-face rules and overrides that make every text of the page, margin boxes included, use the subsets. */
function fontCss(regular: Uint8Array, bold: Uint8Array): string {
  const face = (font: Uint8Array, weights: string) =>
    `@font-face { font-family: ${PRINT_FAMILY}; src: url(data:font/ttf;base64,${Buffer.from(font).toString('base64')}) format('truetype'); font-weight: ${weights}; }`;
  const boxes = [
    'top-left',
    'top-center',
    'top-right',
    'bottom-left',
    'bottom-center',
    'bottom-right',
  ].map((b) => `@${b} { font-family: ${PRINT_FAMILY}; }`);
  return [
    face(regular, '100 549'),
    face(bold, '550 900'),
    `html, html *, html *::before, html *::after, html *::marker { font-family: ${PRINT_FAMILY} !important; }`,
    `@page { ${boxes.join(' ')} }`,
  ].join('\n');
}

/**
 * Chromium's own margins (1 cm) replace a page's `margin: 0` (the covers): with these at zero, every
 * page has the margins its @page rule gives.
 */
const NO_MARGIN = { top: '0', right: '0', bottom: '0', left: '0' };

/**
 * The PDF with its creation and modification times set to the edition's day
 * (printing the same content again gives the same bytes, and git sees a
 * handbook change only when its text does) and its creator saying what it was
 * printed from (`printedCreator`), in place: the same number of bytes, so the
 * cross-reference table holds. Chromium's creator, its user agent, leaves the room.
 */
export function stampPdf(pdf: Buffer, { day, creator }: { day: string; creator: string }): Buffer {
  let text = pdf
    .toString('latin1')
    .replace(
      /\/(CreationDate|ModDate) \(D:\d{14}/g,
      (_, key: string) => `/${key} (D:${day.replaceAll('-', '')}000000`,
    );
  text = text.replace(/\/Creator \(((?:\\.|[^\\)])*)\)/, (_, old: string) => {
    if (creator.length > old.length || /[\\()]/.test(creator))
      throw new Error(`PDF creator “${creator}” does not fit in place of “${old}”`);
    return `/Creator (${creator.padEnd(old.length, ' ')})`;
  });
  return Buffer.from(text, 'latin1');
}

async function print(
  page: Page,
  file: string,
  stamp: { day: string; creator: string },
): Promise<Map<string, number>> {
  writeFileSync(
    file,
    stampPdf(
      await page.pdf({
        preferCSSPageSize: true,
        printBackground: true,
        tagged: true,
        outline: true,
        margin: NO_MARGIN,
      }),
      stamp,
    ),
  );
  return readDestinations(file);
}

const faces = () => ({
  regular: loadFace(findSystemFace('Noto Sans CJK SC', false)),
  bold: loadFace(findSystemFace('Noto Sans CJK SC', true)),
});

async function printOne(
  page: Page,
  url: string,
  id: string,
  file: string,
  fonts: ReturnType<typeof faces>,
): Promise<Omit<PrintedHandbook, 'file' | 'bytes' | 'milliseconds'>> {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok())
    throw new Error(`${url}: ${response?.status() ?? '无响应'}(网站里没有手册 ${id} 的页面)`);
  // Every image before printing: the site's images load lazily, and a print does not scroll.
  await page.evaluate(async () => {
    const images = [...document.images];
    for (const img of images) img.loading = 'eager';
    const settled = (img: HTMLImageElement) =>
      new Promise((done) => {
        img.addEventListener('load', done, { once: true });
        img.addEventListener('error', done, { once: true });
      });
    await Promise.all(images.map((img) => (img.complete ? null : settled(img))));
  });
  // What prints: the text laid out for print (the site's header and toolbar are hidden there).
  await page.emulateMedia({ media: 'print' });
  const text = await page.evaluate(() => document.body.innerText);
  const codes = [...new Set([...text, ...ALWAYS].map((c) => c.codePointAt(0)!))];
  const missing = codes.filter(
    (c) =>
      c > 0x20 && !/\s/.test(String.fromCodePoint(c)) && !fonts.regular.hasGlyphForCodePoint(c),
  );
  if (missing.length)
    throw new Error(
      `手册 ${id}: Noto Sans CJK SC 中没有这些字符,印出来会缺字:${missing.map((c) => String.fromCodePoint(c)).join(' ')}`,
    );
  const regular = subsetToTrueType(fonts.regular, codes, { family: PRINT_FAMILY, bold: false });
  const bold = subsetToTrueType(fonts.bold, codes, { family: PRINT_FAMILY, bold: true });
  await page.addStyleTag({ content: fontCss(regular, bold) });
  await page.evaluate(async (family) => {
    await Promise.all([
      document.fonts.load(`400 16px ${family}`),
      document.fonts.load(`700 16px ${family}`),
    ]);
    await document.fonts.ready;
  }, PRINT_FAMILY);

  const anchors = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-handbook-page]')].map(
      (el) => el.dataset['handbookPage']!,
    ),
  );
  const fill = (numbers: Record<string, string>) =>
    page.evaluate((n) => {
      for (const el of document.querySelectorAll<HTMLElement>('[data-handbook-page]'))
        el.textContent = n[el.dataset['handbookPage']!] ?? '';
    }, numbers);
  // Placeholders as wide as the numbers (the contents' number column has a fixed width), so numbering moves nothing.
  await fill(Object.fromEntries(anchors.map((a) => [a, '000'])));
  const edition = await page.evaluate(
    () => document.querySelector<HTMLTimeElement>('.handbook-cover time')?.dateTime ?? '',
  );
  if (!/^\d{4}-\d{2}-\d{2}$/.test(edition)) throw new Error(`手册 ${id}: 封面上没有版次日期`);
  const digest = await page.evaluate(
    () => document.querySelector<HTMLMetaElement>('meta[name="handbook-source"]')?.content ?? '',
  );
  if (!digest) throw new Error(`手册 ${id}: 页面上没有 handbook-source`);
  const stamp = { day: edition, creator: printedCreator(digest) };
  let placed = await print(page, file, stamp);
  for (let pass = 0; ; pass++) {
    const lost = anchors.filter((a) => !placed.has(a));
    if (lost.length) throw new Error(`手册 ${id}: PDF 中找不到 ${lost.join('、')} 的位置`);
    await fill(Object.fromEntries(anchors.map((a) => [a, String(placed.get(a))])));
    const again = await print(page, file, stamp);
    if (anchors.every((a) => again.get(a) === placed.get(a))) break;
    if (pass === 2) throw new Error(`手册 ${id}: 目录页码填入后文章的页码一直在变,无法定稿`);
    placed = again;
  }
  // An A5 booklet is folded A4 sheets, four pages each: blank pages before the back cover make up the last sheet.
  const booklet = await page.evaluate(
    () => document.querySelector('.handbook')?.classList.contains('handbook-a5') === true,
  );
  const blanks = booklet ? (4 - (pageCount(file) % 4)) % 4 : 0;
  if (blanks > 0) {
    await page.evaluate((n) => {
      const back = document.querySelector('.handbook-back-cover');
      for (let i = 0; i < n; i++) {
        const blank = document.createElement('section');
        blank.className = 'handbook-blank';
        blank.setAttribute('aria-hidden', 'true');
        back?.before(blank);
      }
    }, blanks);
    await print(page, file, stamp);
    if (pageCount(file) % 4 !== 0)
      throw new Error(`手册 ${id}: 补了 ${blanks} 个空白页,总页数仍不是 4 的倍数`);
  }
  const type3 = execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => /Type 3/.test(l));
  if (type3.length)
    throw new Error(
      `手册 ${id}: PDF 里有 ${type3.length} 个 Type 3 字体(有文字没有用上嵌入的子集字体)`,
    );
  return {
    id,
    pages: pageCount(file),
    fonts: { regular: regular.length, bold: bold.length, characters: codes.length },
    contents: Object.fromEntries(anchors.map((a) => [a, placed.get(a)!])),
  };
}

/** Prints every handbook page of a built site; the PDFs replace those in `publicDir` only when all printed. */
export async function printHandbooks({
  dist,
  base,
  publicDir,
  scratchDir = join('.cache', 'handbooks', 'pdf'),
  log = console.log,
}: PrintOptions): Promise<PrintedHandbook[]> {
  const listDir = join(dist, 'handbooks');
  const ids = existsSync(listDir)
    ? readdirSync(listDir)
        .filter((d) => existsSync(join(listDir, d, 'index.html')))
        .sort()
    : [];
  const scratch = scratchDir;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const fonts = faces();
  const { server, origin } = await startStaticServer(dist, { base });
  const browser = await launchBrowser();
  const printed: PrintedHandbook[] = [];
  try {
    const page = await browser.newPage();
    for (const id of ids) {
      const started = performance.now();
      const file = join(scratch, `${id}.pdf`);
      const result = await printOne(page, `${origin}${base}handbooks/${id}/`, id, file, fonts);
      printed.push({
        ...result,
        file,
        bytes: statSync(file).size,
        milliseconds: Math.round(performance.now() - started),
      });
    }
  } finally {
    await browser.close();
    server.close();
  }
  // All printed: now they replace the published ones, and PDFs of handbooks that are gone go too.
  const folder = join(publicDir, handbookPdfPath('x').replace(/[^/]+$/, ''));
  mkdirSync(folder, { recursive: true });
  for (const old of readdirSync(folder))
    if (old.endsWith('.pdf') && !ids.includes(old.slice(0, -4))) rmSync(join(folder, old));
  for (const p of printed) {
    const target = join(publicDir, handbookPdfPath(p.id));
    renameSync(p.file, target);
    p.file = target;
    log(
      `${p.id}: ${p.pages} 页, ${(p.bytes / 1024).toFixed(0)} KB (字体子集 ${p.fonts.characters} 字: 常规 ${(p.fonts.regular / 1024).toFixed(0)} KB, 粗体 ${(p.fonts.bold / 1024).toFixed(0)} KB), ${(p.milliseconds / 1000).toFixed(1)} s`,
    );
  }
  return printed;
}

/**
 * The command. With `--if-asked` (the build's optional step) it does nothing
 * unless HANDBOOKS=1: printing needs Chromium, which a build machine may lack.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { dist: { type: 'string' }, 'if-asked': { type: 'boolean', default: false } },
  });
  if (values['if-asked'] && process.env['HANDBOOKS'] !== '1') return;
  const contentDir = getContentDir();
  const started = performance.now();
  let dist = values.dist;
  if (!dist) {
    // The site as it will be published, built apart so dist/ is left alone; without /admin/, which plays no part in print.
    dist = join('.cache', 'handbooks', 'dist');
    console.log(`handbooks: building the site into ${dist} …`);
    const build = spawnSync('npx', ['astro', 'build'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, OUT_DIR: dist, CMS_BACKEND: 'none' },
    });
    if (build.status !== 0) throw new Error('handbooks: 网站构建失败,见上方的错误信息');
  }
  const printed = await printHandbooks({
    dist: resolve(dist),
    base: baseOfBuild(contentDir),
    publicDir: resolve('public'),
  });
  console.log(
    `handbooks: ${printed.length} 本手册,用时 ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
