import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { printedCreator } from '../../src/lib/handbooks.ts';
import { readPdfCreator } from '../../src/lib/pdf.ts';
import { printHandbooks, type PrintedHandbook } from '../../tools/print/handbooks.ts';
import { makeWorkDir } from '../support/work-dir.ts';

/**
 * A handbook of two fixture articles (a 倡议书 and a health article), built
 * and printed as `npm run handbooks` does, then read back with poppler as a
 * reader's PDF viewer reads it: its pages, its text, its contents' numbers,
 * and its QR codes decoded from rendered pages as a phone would.
 */
const FIXTURE = 'tests/fixtures/handbook-site';
const SITE = 'https://chuangwei.example.gov.cn/';
const letterUrl = `${SITE}letters/keep-the-stairwell-clear/`;
const healthUrl = `${SITE}health/clear-standing-water/`;

let work: string;
let printed: PrintedHandbook;
let pdf: string;
/** Each page's text, whitespace removed (a PDF's text has line breaks wherever lines broke). */
let pages: string[];

const pageText = (n: number) =>
  execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'], {
    encoding: 'utf8',
  });
const squeeze = (s: string) => s.replace(/\s+/g, '');

beforeAll(async () => {
  work = makeWorkDir('handbook');
  const own = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(k),
    ),
  );
  const dist = join(work, 'dist');
  const build = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: {
      ...own,
      CMS_BACKEND: 'none',
      CONTENT_DIR: FIXTURE,
      ASTRO_CACHE_DIR: join(work, 'cache'),
      OUT_DIR: dist,
    },
  });
  if (build.status !== 0)
    throw new Error(`the fixture build failed:\n${build.stdout}\n${build.stderr}`);
  [printed] = (await printHandbooks({
    dist,
    base: '/',
    publicDir: join(work, 'public'),
    scratchDir: join(work, 'scratch'),
    log: () => {},
  })) as [PrintedHandbook];
  pdf = printed.file;
  pages = Array.from({ length: printed.pages }, (_, i) => squeeze(pageText(i + 1)));
}, 300_000);

describe('a handbook printed from two articles', () => {
  it('is one A5 PDF whose page count pdfinfo reads', () => {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/^Page size:\s+420 x 594\.96 pts \(A5\)/m);
    expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(printed.pages);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    // Cover, contents, foreword, the letter, the article (at least two pages), back cover,
    // made up to whole folded A4 sheets of four pages.
    expect(printed.pages).toBeGreaterThanOrEqual(8);
    expect(printed.pages % 4).toBe(0);
  });

  it('holds the text of both articles as selectable text, in the handbook’s order', () => {
    // After the cover and the contents (which list the titles too).
    const body = pages.slice(2).join('');
    const order = [
      '前言',
      '这本读本收录了一封倡议书',
      '楼道清理倡议书',
      '楼道是大家共同的通道',
      '清除积水，预防登革热',
      '伊蚊喜欢在花盆托盘',
      '及时就医',
      '世界卫生组织',
      '创城投诉热线',
    ].map(squeeze);
    const at = order.map((s) => body.indexOf(s));
    expect(
      order.filter((_, i) => at[i] === -1),
      'missing',
    ).toEqual([]);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(pages[0]).toContain('测试读本');
    expect(pages.at(-1)).toContain(squeeze('0000-12345678'));
  });

  it('numbers the contents with the page each article starts on, and heads those pages with its title', () => {
    const contents = pageText(2);
    for (const [title, anchor] of [
      ['楼道清理倡议书', 'handbook-part-1'],
      ['清除积水，预防登革热', 'handbook-part-2'],
    ] as const) {
      const line = contents.split('\n').find((l) => l.includes(title));
      const number = Number(/(\d+)\s*$/.exec(line ?? '')?.[1]);
      expect(number, title).toBe(printed.contents[anchor]);
      const page = pageText(number);
      // Running header (the handbook's title and the article's) and the folio at the foot.
      expect(squeeze(page.split('\n').slice(0, 3).join('')), title).toContain(squeeze(title));
      expect(page.trimEnd().split('\n').at(-1)?.trim()).toBe(String(number));
      // The article's own heading is on that page, and on no page before it but the contents.
      expect(pages[number - 1]).toContain(squeeze(title));
    }
  });

  it('ends each article with a QR code that decodes to its address, printed beside it', async () => {
    const decoded: string[] = [];
    const dir = join(work, 'pages');
    execFileSync('mkdir', ['-p', dir]);
    execFileSync('pdftoppm', ['-r', '150', '-png', pdf, join(dir, 'p')]);
    for (let n = 1; n <= printed.pages; n++) {
      const file = join(dir, `p-${String(n).padStart(String(printed.pages).length, '0')}.png`);
      const { data, info } = await sharp(file)
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      const code = jsQR(
        new Uint8ClampedArray(data.buffer, data.byteOffset, data.length),
        info.width,
        info.height,
      );
      if (code) decoded.push(code.data);
    }
    expect(decoded).toEqual([letterUrl, healthUrl, SITE]);
    for (const url of [letterUrl, healthUrl])
      expect(pages.join('')).toContain(url.replace('https://', ''));
  });

  it('records what it was printed from, as the page of the handbook states it', () => {
    const page = readFileSync(
      join(work, 'dist', 'handbooks', 'fixture-reader', 'index.html'),
      'utf8',
    );
    const digest = /<meta name="handbook-source" content="([0-9a-f]{32})"/.exec(page)?.[1];
    expect(digest).toBeDefined();
    expect(readPdfCreator(readFileSync(pdf))).toBe(printedCreator(digest!));
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(
      /^CreationDate:\s+Wed Jun 10 00:00:00 2026/m,
    );
  });

  it('embeds its fonts as small TrueType subsets, never as Type 3', () => {
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    expect(fonts).not.toMatch(/Type 3/);
    expect(fonts).toMatch(/CID TrueType/);
    expect(printed.fonts.regular).toBeLessThan(200_000);
  });
});
