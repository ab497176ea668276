/**
 * Builds the two demo PDFs offered in the download centre:
 *   public/downloads/chuangwei-shouce.pdf  创建省级卫生城市宣传手册
 *   public/downloads/jiankang-duben.pdf    健康教育读本
 * Each is written as A5 HTML pages and printed with headless Chromium; then
 * the real page count is read with `pdfinfo` and the first page is rendered
 * to a small cover image in content/uploads with `pdftoppm` (poppler-utils).
 *
 * Chromium embeds CFF-flavoured OpenType fonts such as Noto Sans CJK as Type 3
 * fonts, which makes a Chinese booklet of ten pages weigh close to a megabyte.
 * So the script first converts just the characters the booklets use from
 * Noto Sans CJK SC (Regular and Bold) into two small TrueType fonts, loaded
 * with @font-face; Chromium then embeds them as compact CID TrueType subsets.
 *
 * Run from the project root:  node tools/demo/make-demo-pdfs.ts
 * Needs: chromium, poppler-utils, fonts-noto-cjk, and the `fontkitten` font
 * parser from node_modules (installed with Astro).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { create, type Font, type FontCollection } from 'fontkitten';
import { CHROMIUM_ARGS } from '../support/browser.ts';

interface Page {
  /** Page heading; the cover page has none. */
  title?: string;
  /** Inner HTML of the page. */
  html: string;
  cover?: boolean;
}

interface Booklet {
  file: string;
  coverImage: string;
  title: string;
  accent: string;
  pages: Page[];
}

const root = resolve(import.meta.dirname, '../..');
const downloads = join(root, 'public/downloads');
const uploads = join(root, 'content/uploads');

const css = (accent: string): string => `
@font-face { font-family: 'DemoCJK'; src: url('demo-regular.ttf') format('truetype'); font-weight: 400; }
@font-face { font-family: 'DemoCJK'; src: url('demo-bold.ttf') format('truetype'); font-weight: 700; }
@page { size: A5; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: 'DemoCJK', 'Noto Sans CJK SC', sans-serif; color: #1f2937; font-size: 13pt; line-height: 1.7; }
.page { width: 148mm; height: 210mm; padding: 14mm 13mm 16mm; position: relative; overflow: hidden; page-break-after: always; break-after: page; }
.page:last-child { page-break-after: auto; break-after: auto; }
h1 { font-size: 18pt; color: ${accent}; margin: 0 0 5mm; padding-bottom: 2mm; border-bottom: 1.2mm solid ${accent}; line-height: 1.4; }
h2 { font-size: 13pt; color: ${accent}; margin: 4mm 0 1.5mm; line-height: 1.4; }
p { margin: 0 0 2.2mm; text-align: justify; }
ul, ol { margin: 0 0 2.5mm; padding-left: 6mm; }
li { margin-bottom: 1mm; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 3mm; font-size: 11pt; line-height: 1.5; }
th, td { border: 0.3mm solid #9ca3af; padding: 1.4mm 2mm; vertical-align: top; text-align: left; }
th { background: #f3f4f6; }
.box { border: 0.5mm solid ${accent}; border-radius: 2mm; padding: 2.5mm 3.5mm; margin: 3mm 0; background: #fafafa; }
.box strong { color: ${accent}; }
.folio { position: absolute; bottom: 7mm; left: 0; right: 0; text-align: center; font-size: 8.5pt; color: #6b7280; }
.cover { background: ${accent}; color: #fff; display: flex; flex-direction: column; justify-content: space-between; padding: 24mm 14mm 18mm; }
.cover .kicker { font-size: 12pt; letter-spacing: 1mm; opacity: 0.9; }
.cover .big { font-size: 30pt; font-weight: 700; line-height: 1.35; margin: 8mm 0 6mm; }
.cover .slogan { font-size: 14pt; border-top: 0.6mm solid rgba(255,255,255,0.7); padding-top: 4mm; }
.cover .badge { display: inline-block; border: 0.5mm solid #fff; border-radius: 10mm; padding: 1mm 5mm; font-size: 10pt; margin-top: 6mm; }
.cover .foot { font-size: 10.5pt; line-height: 1.8; }
.toc li { margin-bottom: 2mm; }
`;

// ---------------------------------------------------------------------------
// A minimal TrueType writer: the glyphs of the given characters, taken from a
// CFF-flavoured OpenType font, with cubic curves approximated by quadratics.

const NOTO_DIR = '/usr/share/fonts/opentype/noto';

interface Point {
  x: number;
  y: number;
  on: boolean;
}

class Bytes {
  private parts: number[] = [];
  u8(v: number): this {
    this.parts.push(v & 0xff);
    return this;
  }
  u16(v: number): this {
    return this.u8(v >> 8).u8(v);
  }
  i16(v: number): this {
    return this.u16(v < 0 ? v + 0x10000 : v);
  }
  u32(v: number): this {
    return this.u16(Math.floor(v / 0x10000) & 0xffff).u16(v & 0xffff);
  }
  bytes(b: Uint8Array | number[]): this {
    for (const v of b) this.parts.push(v);
    return this;
  }
  get length(): number {
    return this.parts.length;
  }
  pad4(): this {
    while (this.parts.length % 4) this.parts.push(0);
    return this;
  }
  build(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

/** Closed contours of TrueType points from a glyph path in font units. */
function contoursOf(commands: { command: string; args: number[] }[]): Point[][] {
  const contours: Point[][] = [];
  let cur: Point[] = [];
  let x = 0;
  let y = 0;
  const point = (px: number, py: number, on: boolean): Point => ({ x: Math.round(px), y: Math.round(py), on });
  const close = (): void => {
    const first = cur[0];
    const last = cur[cur.length - 1];
    if (cur.length > 1 && first && last && last.on && first.x === last.x && first.y === last.y) cur.pop();
    if (cur.length > 2) contours.push(cur);
    cur = [];
  };
  for (const { command, args } of commands) {
    const a = (i: number): number => args[i] ?? 0;
    if (command === 'moveTo') {
      close();
      [x, y] = [a(0), a(1)];
      cur.push(point(x, y, true));
    } else if (command === 'lineTo') {
      [x, y] = [a(0), a(1)];
      cur.push(point(x, y, true));
    } else if (command === 'quadraticCurveTo') {
      cur.push(point(a(0), a(1), false));
      [x, y] = [a(2), a(3)];
      cur.push(point(x, y, true));
    } else if (command === 'bezierCurveTo') {
      // Split the cubic in two at t = 0.5 and approximate each half by one quadratic.
      const [x1, y1, x2, y2, x3, y3] = [a(0), a(1), a(2), a(3), a(4), a(5)];
      const mid = (p: number, q: number): number => (p + q) / 2;
      const ax = mid(x, x1), ay = mid(y, y1), bx = mid(x1, x2), by = mid(y1, y2), cx = mid(x2, x3), cy = mid(y2, y3);
      const dx = mid(ax, bx), dy = mid(ay, by), ex = mid(bx, cx), ey = mid(by, cy);
      const mx = mid(dx, ex), my = mid(dy, ey);
      const quad = (p0x: number, p0y: number, p1x: number, p1y: number, p2x: number, p2y: number, p3x: number, p3y: number): void => {
        cur.push(point((3 * (p1x + p2x) - p0x - p3x) / 4, (3 * (p1y + p2y) - p0y - p3y) / 4, false));
        cur.push(point(p3x, p3y, true));
      };
      quad(x, y, ax, ay, dx, dy, mx, my);
      quad(mx, my, ex, ey, cx, cy, x3, y3);
      [x, y] = [x3, y3];
    } else if (command === 'closePath') {
      close();
    }
  }
  close();
  // CFF outlines run counter-clockwise, TrueType outlines clockwise: reverse
  // each contour, keeping its first (on-curve) point first.
  return contours.map((c) => [...c.slice(0, 1), ...c.slice(1).reverse()]);
}

interface BuiltGlyph {
  data: Uint8Array;
  advance: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  points: number;
  contours: number;
}

function glyphData(contours: Point[][], advance: number): BuiltGlyph {
  if (!contours.length) return { data: new Uint8Array(0), advance, xMin: 0, yMin: 0, xMax: 0, yMax: 0, points: 0, contours: 0 };
  const all = contours.flat();
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  const box = { xMin: Math.min(...xs), yMin: Math.min(...ys), xMax: Math.max(...xs), yMax: Math.max(...ys) };
  const b = new Bytes().i16(contours.length).i16(box.xMin).i16(box.yMin).i16(box.xMax).i16(box.yMax);
  let end = -1;
  for (const c of contours) b.u16((end += c.length));
  b.u16(0); // no instructions
  for (const p of all) b.u8(p.on ? 1 : 0); // x and y as signed 16-bit deltas
  let px = 0;
  for (const p of all) {
    b.i16(p.x - px);
    px = p.x;
  }
  let py = 0;
  for (const p of all) {
    b.i16(p.y - py);
    py = p.y;
  }
  while (b.length % 4) b.u8(0);
  return { data: b.build(), advance, ...box, points: all.length, contours: contours.length };
}

function checksum(data: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) {
    sum = (sum + (((data[i] ?? 0) << 24) | ((data[i + 1] ?? 0) << 16) | ((data[i + 2] ?? 0) << 8) | (data[i + 3] ?? 0))) >>> 0;
  }
  return sum;
}

function nameTable(family: string, style: string): Uint8Array {
  const records: [number, string][] = [
    [1, family],
    [2, style],
    [3, `${family} ${style}; demo subset`],
    [4, `${family} ${style}`],
    [6, `${family.replace(/\s/g, '')}-${style}`],
  ];
  const encoded = records.map(([id, text]) => {
    const b = new Bytes();
    for (const ch of text) b.u16(ch.charCodeAt(0));
    return [id, b.build()] as const;
  });
  const b = new Bytes().u16(0).u16(encoded.length).u16(6 + encoded.length * 12);
  let offset = 0;
  for (const [id, data] of encoded) {
    b.u16(3).u16(1).u16(0x409).u16(id).u16(data.length).u16(offset);
    offset += data.length;
  }
  for (const [, data] of encoded) b.bytes(data);
  return b.build();
}

/** A TrueType font holding `chars` as drawn by the named face of a Noto CJK collection. */
function makeTrueType(ttcFile: string, postscriptName: string, chars: number[], family: string, bold: boolean): Uint8Array {
  const collection = create(readFileSync(join(NOTO_DIR, ttcFile))) as FontCollection;
  const font = collection.getFont(postscriptName) as Font;
  const codes = [...new Set(chars)].filter((c) => c <= 0xffff && font.hasGlyphForCodePoint(c)).sort((a, b) => a - b);
  const glyphs: BuiltGlyph[] = [glyphData([], Math.round(font.unitsPerEm / 2))];
  for (const c of codes) {
    const g = font.glyphForCodePoint(c);
    glyphs.push(glyphData(contoursOf(g.path.commands), Math.round(g.advanceWidth)));
  }
  const n = glyphs.length;
  const os2 = font['OS/2'];
  const inked = glyphs.filter((g) => g.contours);
  const xMin = Math.min(...inked.map((g) => g.xMin));
  const yMin = Math.min(...inked.map((g) => g.yMin));
  const xMax = Math.max(...inked.map((g) => g.xMax));
  const yMax = Math.max(...inked.map((g) => g.yMax));

  const glyf = new Bytes();
  const loca = new Bytes();
  for (const g of glyphs) {
    loca.u32(glyf.length);
    glyf.bytes(g.data);
  }
  loca.u32(glyf.length);

  const hmtx = new Bytes();
  for (const g of glyphs) hmtx.u16(g.advance).i16(g.xMin);

  // cmap format 4: runs of consecutive code points map to consecutive glyph ids.
  const segments: [number, number, number][] = [];
  codes.forEach((c, i) => {
    const last = segments[segments.length - 1];
    if (last && last[1] === c - 1 && last[2] + (c - last[0]) === i + 1) last[1] = c;
    else segments.push([c, c, i + 1]);
  });
  segments.push([0xffff, 0xffff, 0]);
  const segCount = segments.length;
  const searchRange = 2 * 2 ** Math.floor(Math.log2(segCount));
  const sub = new Bytes()
    .u16(4)
    .u16(16 + segCount * 8)
    .u16(0)
    .u16(segCount * 2)
    .u16(searchRange)
    .u16(Math.log2(searchRange / 2))
    .u16(segCount * 2 - searchRange);
  for (const [, end] of segments) sub.u16(end);
  sub.u16(0);
  for (const [start] of segments) sub.u16(start);
  for (const [start, , gid] of segments) sub.u16(start === 0xffff ? 1 : (gid - start + 0x10000) & 0xffff);
  for (let i = 0; i < segCount; i++) sub.u16(0);
  const cmap = new Bytes().u16(0).u16(1).u16(3).u16(1).u32(12).bytes(sub.build());

  const head = new Bytes()
    .u32(0x00010000)
    .u32(0x00010000)
    .u32(0) // checkSumAdjustment, set below
    .u32(0x5f0f3cf5)
    .u16(0x0009)
    .u16(font.unitsPerEm)
    .u32(0).u32(0).u32(0).u32(0) // created, modified
    .i16(xMin).i16(yMin).i16(xMax).i16(yMax)
    .u16(bold ? 1 : 0)
    .u16(8)
    .i16(2)
    .i16(1) // long loca
    .i16(0);

  const hhea = new Bytes()
    .u32(0x00010000)
    .i16(font.hhea.ascent)
    .i16(font.hhea.descent)
    .i16(font.hhea.lineGap)
    .u16(Math.max(...glyphs.map((g) => g.advance)))
    .i16(Math.min(...inked.map((g) => g.xMin)))
    .i16(Math.min(...inked.map((g) => g.advance - g.xMax)))
    .i16(Math.max(...inked.map((g) => g.xMax)))
    .i16(1).i16(0).i16(0)
    .i16(0).i16(0).i16(0).i16(0)
    .i16(0)
    .u16(n);

  const maxp = new Bytes()
    .u32(0x00010000)
    .u16(n)
    .u16(Math.max(...glyphs.map((g) => g.points)))
    .u16(Math.max(...glyphs.map((g) => g.contours)))
    .u16(0).u16(0)
    .u16(2)
    .u16(0).u16(0).u16(0).u16(0).u16(0).u16(0).u16(0).u16(0);

  const fsSelection = (bold ? 0x20 : 0x40) | (os2.fsSelection.useTypoMetrics ? 0x80 : 0);
  const os2Table = new Bytes()
    .u16(4)
    .i16(os2.xAvgCharWidth)
    .u16(bold ? 700 : 400)
    .u16(os2.usWidthClass)
    .u16(0) // fsType: installable
    .i16(os2.ySubscriptXSize).i16(os2.ySubscriptYSize).i16(os2.ySubscriptXOffset).i16(os2.ySubscriptYOffset)
    .i16(os2.ySuperscriptXSize).i16(os2.ySuperscriptYSize).i16(os2.ySuperscriptXOffset).i16(os2.ySuperscriptYOffset)
    .i16(os2.yStrikeoutSize).i16(os2.yStrikeoutPosition)
    .i16(0)
    .bytes([0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
    .u32(1).u32(0x08010000).u32(0x00000010).u32(0) // Basic Latin, CJK symbols, CJK ideographs, halfwidth/fullwidth forms
    .bytes([...'NONE'].map((c) => c.charCodeAt(0)))
    .u16(fsSelection)
    .u16(codes[0] ?? 0x20)
    .u16(codes[codes.length - 1] ?? 0x20)
    .i16(os2.typoAscender).i16(os2.typoDescender).i16(os2.typoLineGap)
    .u16(os2.winAscent).u16(os2.winDescent)
    .u32(1 << 18).u32(0) // code page: simplified Chinese
    .i16(os2.xHeight).i16(os2.capHeight)
    .u16(0).u16(32).u16(2);

  const post = new Bytes()
    .u32(0x00030000)
    .u32(0)
    .i16(font.underlinePosition)
    .i16(font.underlineThickness)
    .u32(0).u32(0).u32(0).u32(0).u32(0);

  const tables: [string, Uint8Array][] = (
    [
      ['OS/2', os2Table.build()],
      ['cmap', cmap.build()],
      ['glyf', glyf.build()],
      ['head', head.build()],
      ['hhea', hhea.build()],
      ['hmtx', hmtx.build()],
      ['loca', loca.build()],
      ['maxp', maxp.build()],
      ['name', nameTable(family, bold ? 'Bold' : 'Regular')],
      ['post', post.build()],
    ] as [string, Uint8Array][]
  ).sort((a, b) => (a[0] < b[0] ? -1 : 1));

  const numTables = tables.length;
  const tSearch = 16 * 2 ** Math.floor(Math.log2(numTables));
  const out = new Bytes()
    .u32(0x00010000)
    .u16(numTables)
    .u16(tSearch)
    .u16(Math.log2(tSearch / 16))
    .u16(numTables * 16 - tSearch);
  let offset = 12 + numTables * 16;
  const placed: { offset: number; data: Uint8Array }[] = [];
  for (const [tag, data] of tables) {
    out.bytes([...tag].map((c) => c.charCodeAt(0))).u32(checksum(data)).u32(offset).u32(data.length);
    placed.push({ offset, data });
    offset += Math.ceil(data.length / 4) * 4;
  }
  for (const { data } of placed) out.bytes(data).pad4();
  const file = out.build();
  const headOffset = placed[tables.findIndex(([tag]) => tag === 'head')]?.offset ?? 0;
  const adjust = (0xb1b0afba - checksum(file)) >>> 0;
  new DataView(file.buffer).setUint32(headOffset + 8, adjust);
  return file;
}

function render(b: Booklet): string {
  const pages = b.pages
    .map((p, i) =>
      p.cover
        ? `<section class="page cover">${p.html}</section>`
        : `<section class="page">${p.title ? `<h1>${p.title}</h1>` : ''}${p.html}<div class="folio">— ${i + 1} —</div></section>`,
    )
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${b.title}</title><style>${css(b.accent)}</style></head><body>${pages}</body></html>`;
}

const hotlineNote =
  '创城投诉热线设在市创城办，与市长公开电话联动受理。热线号码和受理时间以“AA市创建省级卫生城市”网站首页公布的为准。';

const shouce: Booklet = {
  file: 'chuangwei-shouce.pdf',
  coverImage: 'download-chuangwei-shouce-cover.png',
  title: 'AA市创建省级卫生城市宣传手册',
  accent: '#1b6e3a',
  pages: [
    {
      cover: true,
      html: `<div><div class="kicker">创建省级卫生城市</div>
<div class="big">AA市创建省级<br>卫生城市<br>宣传手册</div>
<div class="slogan">人人参与创卫 共建健康家园</div>
<div class="badge">免费发放 欢迎取阅</div></div>
<div class="foot">AA市创建省级卫生城市指挥部办公室 编印<br>2026年4月</div>`,
    },
    {
      title: '致全市居民',
      html: `<p>亲爱的市民朋友：</p>
<p>创建省级卫生城市，是市委、市政府为改善城市环境、保护人民健康、提升城市形象作出的一项重要决策。创城不是为了一块牌子，而是为了让我们每一个人住得更干净、吃得更放心、活得更健康。</p>
<p>城市是我们共同的家。街巷干不干净，楼道有没有杂物，餐馆讲不讲卫生，公共场所有没有人吸烟，都和每个家庭的生活息息相关。创城工作离不开政府和各部门的努力，更离不开每一位市民的理解、支持和参与。</p>
<p>这本小册子用简明的文字介绍了创城是什么、我市怎样开展创城、市民可以做些什么，以及垃圾分类、除四害、控烟、食品和饮用水安全等日常卫生知识。请您读一读，也请讲给家里的老人和孩子听。</p>
<p>让我们从自己做起、从家庭做起、从身边小事做起，共同建设整洁、文明、健康的新AA。</p>
<p style="text-align:right">AA市创建省级卫生城市指挥部</p>`,
    },
    {
      title: '什么是创建省级卫生城市',
      html: `<p>卫生城市创建是爱国卫生运动的重要载体。省级卫生城市由省爱国卫生运动委员会按照省级卫生城市标准组织评审、考核后命名，考核看的是一座城市长期、全面的卫生管理水平，而不只是一时的面貌。</p>
<h2>考核通常涉及哪些方面</h2>
<ul>
<li>爱国卫生组织管理和健康教育、健康促进；</li>
<li>市容环境卫生，背街小巷、城乡接合部、农贸市场的卫生状况；</li>
<li>生态环境保护；</li>
<li>公共场所、学校、餐饮单位等重点场所卫生；</li>
<li>食品安全和生活饮用水安全；</li>
<li>传染病防控、慢性病防控等公共卫生与医疗服务；</li>
<li>病媒生物（鼠、蚊、蝇、蟑螂）预防控制；</li>
<li>市民对创卫工作的知晓和支持。</li>
</ul>
<div class="box"><strong>创城为了谁？</strong>环境变好、食品更安全、传染病更少，最先受益的是我们自己和家人。</div>`,
    },
    {
      title: '我市怎样开展创城',
      html: `<h2>一级抓一级的组织网络</h2>
<table><tr><th style="width:32%">层级</th><th>主要职责</th></tr>
<tr><td>创建省级卫生城市指挥部</td><td>由市委书记、市长任组长，统一领导全市创城工作，定期召开调度会、推进会。</td></tr>
<tr><td>指挥部办公室（创城办）</td><td>负责综合、协调、指导、督查，受理群众投诉。</td></tr>
<tr><td>18个创城工作推进组</td><td>由副市级领导担任组长，分领域推进重点任务。</td></tr>
<tr><td>街道办事处</td><td>督导社区工作，发动居民参与。</td></tr>
<tr><td>各责任单位</td><td>明确分管领导和专人，落实本单位、本区域的创建任务。</td></tr></table>
<h2>全媒体宣传</h2>
<p>《新AA》报、电视台、广播电台和市政府网站开设“创城专题”“健康教育”栏目，努力做到“电视天天有影、报纸天天有文、广播天天有声”。城市入口和主要街道设立了6块大型创城广告牌。</p>`,
    },
    {
      title: '市民可以做的十件事',
      html: `<ol>
<li>生活垃圾分类投放，不乱扔、不乱倒。</li>
<li>不随地吐痰，不乱贴乱画，不从楼上往下扔东西。</li>
<li>楼道、阳台不堆放杂物，不在公共区域私搭乱建。</li>
<li>每周检查并清除家中和房前屋后的积水，不给蚊子留下孳生地。</li>
<li>不在室内公共场所、公共交通工具内吸烟，吸烟者尽早戒烟。</li>
<li>生熟分开、烧熟煮透，不购买、不食用来历不明的食品。</li>
<li>饭前便后、外出回家后用流动水和肥皂洗手。</li>
<li>咳嗽、打喷嚏时用纸巾或肘部遮掩口鼻。</li>
<li>文明养犬，及时清理宠物粪便。</li>
<li>发现卫生问题，通过创城投诉热线或市长公开电话反映。</li>
</ol>
<div class="box"><strong>门前三包：</strong>沿街商户请做好门前市容、环境卫生和秩序，共同维护街面整洁。</div>`,
    },
    {
      title: '生活垃圾分类',
      html: `<p>生活垃圾一般分为四类。分类容器的颜色和标志以小区、街道设置的为准。</p>
<table><tr><th style="width:22%">类别</th><th>常见物品</th><th style="width:30%">投放提示</th></tr>
<tr><td>可回收物</td><td>废纸、纸板箱、塑料瓶、金属罐、玻璃瓶、旧衣物</td><td>尽量清洁、干燥，纸箱压平</td></tr>
<tr><td>有害垃圾</td><td>废电池、废灯管、废药品、废油漆及其容器、废水银温度计</td><td>轻放，防止破损，投入有害垃圾收集容器</td></tr>
<tr><td>厨余垃圾</td><td>剩菜剩饭、菜叶果皮、蛋壳、茶渣</td><td>沥干水分，去除包装袋</td></tr>
<tr><td>其他垃圾</td><td>用过的纸巾、尿不湿、烟头、陶瓷碎片、难以回收的包装</td><td>难以判断时先咨询，不要混入有害垃圾</td></tr></table>
<div class="box"><strong>小提醒：</strong>过期药品不要随手扔进普通垃圾桶；大件家具、装修垃圾请按社区规定预约清运。</div>`,
    },
    {
      title: '除四害 防病害',
      html: `<p>“四害”指老鼠、蚊子、苍蝇和蟑螂，它们能携带、传播多种病原体。防制的关键是清除它们赖以生存的环境。</p>
<table><tr><th style="width:16%">四害</th><th>可能带来的危害</th><th>居民能做的事</th></tr>
<tr><td>鼠</td><td>污染食物，传播多种疾病，咬坏电线物品</td><td>封堵墙洞缝隙，清理杂物堆，食物加盖存放</td></tr>
<tr><td>蚊</td><td>叮咬传播登革热、疟疾、流行性乙型脑炎等</td><td>清除积水，翻盆倒罐，安装纱门纱窗</td></tr>
<tr><td>蝇</td><td>在粪便、垃圾和食物间往返，污染食物</td><td>垃圾袋装、加盖，及时清运，食物防蝇罩</td></tr>
<tr><td>蟑螂</td><td>污染食物和餐具</td><td>保持厨房干燥整洁，封闭缝隙，剩饭菜及时处理</td></tr></table>
<p>使用杀虫剂、灭鼠药时，请选择正规产品，按说明书使用，放在儿童和宠物接触不到的地方。灭鼠毒饵应由专业人员规范投放。</p>`,
    },
    {
      title: '控烟：拒绝烟草 远离二手烟',
      html: `<ul>
<li>吸烟和二手烟暴露都会危害健康，可导致癌症、心脑血管疾病和呼吸系统疾病。</li>
<li>二手烟暴露没有安全水平，在同一室内划分吸烟区不能消除二手烟危害。</li>
<li>室内公共场所、工作场所和公共交通工具内不吸烟；学校、幼儿园和其他未成年人集中活动的场所不吸烟。</li>
<li>任何时候戒烟都不晚，戒烟越早，对健康越有利。</li>
<li>戒烟有困难时，可以到医疗机构的戒烟门诊寻求帮助。</li>
</ul>
<div class="box"><strong>公共场所经营者请注意：</strong>在醒目位置张贴禁止吸烟标识，劝阻在禁烟区域吸烟的行为，场所内不摆放烟具。</div>`,
    },
    {
      title: '食品安全与饮用水',
      html: `<h2>家庭食品安全五要点</h2>
<table><tr><th style="width:28%">要点</th><th>怎么做</th></tr>
<tr><td>保持清洁</td><td>做饭前、便后洗手；厨具、抹布常清洗</td></tr>
<tr><td>生熟分开</td><td>生熟食物分开存放，刀具砧板分开使用</td></tr>
<tr><td>烧熟煮透</td><td>肉、禽、蛋和海产品要彻底做熟</td></tr>
<tr><td>在安全的温度下保存</td><td>熟食在室温下存放不超过2小时，及时冷藏</td></tr>
<tr><td>使用安全的水和原料</td><td>选择新鲜食材，不吃过期和来历不明的食品</td></tr></table>
<h2>饮用水小常识</h2>
<ul>
<li>提倡喝烧开的自来水，不喝生水。</li>
<li>住在高层、使用二次供水的居民，发现水色、气味异常时，请及时向物业和供水单位反映。</li>
<li>家用净水设备要按说明书定期更换滤芯。</li>
</ul>`,
    },
    {
      title: '文明卫生好习惯',
      html: `<h2>勤洗手</h2>
<p>用流动水和肥皂（或洗手液）洗手，按“内、外、夹、弓、大、立、腕”七个步骤揉搓双手，揉搓时间不少于20秒。</p>
<h2>讲究咳嗽礼仪</h2>
<p>咳嗽、打喷嚏时用纸巾遮住口鼻，没有纸巾时用肘部遮挡；用过的纸巾投入垃圾桶。出现发热、咳嗽等症状时，尽量减少外出，到人多的地方佩戴口罩。</p>
<h2>常通风 勤打扫</h2>
<p>居室每天开窗通风，保持厨房、卫生间清洁干燥；楼道、院落是大家共同的空间，请一起保持整洁。</p>
<h2>健康生活方式</h2>
<p>合理膳食，少盐少油，适量运动，戒烟限酒，心理平衡。成年人定期测量血压。</p>`,
    },
    {
      title: '投诉与监督',
      html: `<p>发现下列问题，欢迎您反映：</p>
<ul>
<li>卫生死角、垃圾长时间未清运；</li>
<li>污水外溢、积水长期不处理；</li>
<li>餐饮单位卫生条件差、食品来源可疑；</li>
<li>室内公共场所有人吸烟、无人劝阻；</li>
<li>老鼠、蚊蝇、蟑螂密度明显偏高的地点。</li>
</ul>
<div class="box"><strong>创城投诉热线：</strong>${hotlineNote}</div>
<p>反映问题时，请尽量说明具体地点、问题情况和发现时间，方便有关单位及时核实处理。</p>
<p>了解更多创城动态和健康知识，请访问“AA市创建省级卫生城市”网站，或关注《新AA》报、电视台、广播电台的“创城专题”“健康教育”栏目。</p>
<p style="margin-top:8mm;text-align:center;font-weight:700">人人参与创卫 共建健康家园</p>`,
    },
  ],
};

const duben: Booklet = {
  file: 'jiankang-duben.pdf',
  coverImage: 'download-jiankang-duben-cover.png',
  title: 'AA市健康教育读本',
  accent: '#0b5c8a',
  pages: [
    {
      cover: true,
      html: `<div><div class="kicker">创建省级卫生城市 · 健康教育</div>
<div class="big">健康教育<br>读本</div>
<div class="slogan">健康知识进万家</div>
<div class="badge">免费发放 欢迎取阅</div></div>
<div class="foot">AA市创建省级卫生城市指挥部办公室 编印<br>2026年4月</div>`,
    },
    {
      title: '目录',
      html: `<ol class="toc">
<li>正确洗手</li>
<li>家庭食品安全五要点</li>
<li>预防细菌性食物中毒</li>
<li>生活饮用水与二次供水</li>
<li>登革热与清除蚊虫孳生地</li>
<li>烟草危害与科学戒烟</li>
<li>高血压的预防与自我管理</li>
<li>流感与秋冬季呼吸道传染病</li>
<li>老年人心理健康</li>
</ol>
<div class="box"><strong>说明：</strong>本读本介绍的是日常预防知识，不能代替医生的诊断和治疗。身体不适时，请及时到正规医疗机构就诊。</div>`,
    },
    {
      title: '一、正确洗手',
      html: `<p>手是传播病原体的重要途径。正确洗手能减少肠道传染病和呼吸道传染病的发生。</p>
<h2>七步洗手法</h2>
<table><tr><th style="width:14%">口诀</th><th>动作</th></tr>
<tr><td>内</td><td>掌心相对，手指并拢相互揉搓</td></tr>
<tr><td>外</td><td>手心对手背，沿指缝相互揉搓，两手交换</td></tr>
<tr><td>夹</td><td>掌心相对，双手交叉沿指缝相互揉搓</td></tr>
<tr><td>弓</td><td>弯曲手指关节，在另一手掌心旋转揉搓，两手交换</td></tr>
<tr><td>大</td><td>一手握住另一手大拇指旋转揉搓，两手交换</td></tr>
<tr><td>立</td><td>五个指尖并拢，在另一手掌心旋转揉搓，两手交换</td></tr>
<tr><td>腕</td><td>揉搓手腕，两手交换</td></tr></table>
<p>用流动水和肥皂或洗手液，揉搓时间不少于20秒，最后冲净、用干净毛巾或纸巾擦干。</p>`,
    },
    {
      title: '二、家庭食品安全五要点',
      html: `<p>世界卫生组织提出的“食品安全五大要点”简单易记：</p>
<ol>
<li><strong>保持清洁</strong>：拿食品前、做饭过程中和便后要洗手；清洗厨房用具和台面；防止虫、鼠进入厨房。</li>
<li><strong>生熟分开</strong>：生的肉、禽和海产品与其他食物分开；处理生食使用专用的刀具和砧板。</li>
<li><strong>烧熟煮透</strong>：食物要彻底做熟，尤其是肉、禽、蛋和海产品；剩饭菜再次食用前要彻底加热。</li>
<li><strong>在安全的温度下保存食物</strong>：熟食在室温下存放不超过2小时；熟食和易腐食物及时冷藏；不要在室温下解冻食物。</li>
<li><strong>使用安全的水和原料</strong>：使用安全的水；选择新鲜、完好的食材；不吃超过保质期的食品。</li>
</ol>
<div class="box"><strong>冰箱不是保险箱：</strong>冷藏只能减缓细菌生长，剩菜也不宜久放。</div>`,
    },
    {
      title: '三、预防细菌性食物中毒',
      html: `<p>夏秋季气温高，细菌在食物中繁殖快，是细菌性食物中毒的多发季节。沙门氏菌、致病性大肠埃希菌、副溶血性弧菌等是常见的致病菌。</p>
<h2>容易出问题的情况</h2>
<ul>
<li>剩饭剩菜在室温下放置过久，食用前又没有彻底加热；</li>
<li>生熟食品共用刀具、砧板、容器；</li>
<li>肉、蛋、海产品没有烧熟煮透；</li>
<li>凉拌菜、冷食加工不卫生。</li>
</ul>
<h2>出现症状怎么办</h2>
<p>食物中毒常见恶心、呕吐、腹痛、腹泻，有时伴有发热。出现症状要及时就医，老人、儿童和孕妇更要重视；剩余可疑食物不要再吃，可保留下来供医生和疾控部门调查。</p>`,
    },
    {
      title: '四、生活饮用水与二次供水',
      html: `<p>安全的饮用水是健康的基础。受污染的水可以传播腹泻等疾病。</p>
<h2>家庭用水建议</h2>
<ul>
<li>喝烧开的水，不喝生水；</li>
<li>储水容器要加盖并经常清洗；</li>
<li>家用净水器按说明书定期更换滤芯；</li>
<li>长时间外出回家后，可先放掉水管中存留的水再使用。</li>
</ul>
<h2>二次供水</h2>
<p>高层住宅常通过水箱、水池和加压设备供水，即“二次供水”。管理单位应当定期清洗消毒水箱，保持设施密闭、加锁，并公示水质检测情况。居民发现水有异色、异味或浑浊，请及时向物业、供水单位或卫生健康部门反映。</p>`,
    },
    {
      title: '五、登革热与清除蚊虫孳生地',
      html: `<p>登革热是由登革病毒引起、经伊蚊叮咬传播的急性传染病。常见症状有高热、剧烈头痛、眼眶后疼痛、肌肉和关节疼痛、恶心呕吐、皮疹等。</p>
<h2>防蚊灭蚊，关键是清积水</h2>
<ul>
<li>每周至少清理一次花盆托盘、水桶、水缸等积水容器；</li>
<li>储水容器加盖，水生植物定期换水；</li>
<li>清理废弃轮胎、瓶罐等容易积水的杂物；</li>
<li>安装纱门纱窗，外出时穿浅色长袖衣裤，使用驱蚊剂。</li>
</ul>
<div class="box"><strong>提醒：</strong>出现突发高热等症状，特别是近期去过登革热流行地区的，请及时就医并主动告知医生。</div>`,
    },
    {
      title: '六、烟草危害与科学戒烟',
      html: `<p>吸烟危害健康，是多种癌症、心脑血管疾病和慢性呼吸系统疾病的重要危险因素。二手烟同样有害，暴露于二手烟没有安全水平。</p>
<h2>保护家人</h2>
<ul>
<li>不在家中、车内吸烟，不在孩子和孕妇身边吸烟；</li>
<li>开窗、开排风扇不能消除二手烟的危害。</li>
</ul>
<h2>科学戒烟</h2>
<ul>
<li>下定决心，确定戒烟日，告诉家人朋友请他们支持；</li>
<li>清理烟具，避开容易引起吸烟冲动的场合；</li>
<li>戒烟困难时可到戒烟门诊，在医生指导下使用戒烟药物；</li>
<li>复吸不要灰心，总结原因后再次尝试。</li>
</ul>`,
    },
    {
      title: '七、高血压的预防与自我管理',
      html: `<p>在未使用降压药物的情况下，非同日测量血压，收缩压≥140 mmHg和（或）舒张压≥90 mmHg，可诊断为高血压。很多高血压患者没有明显症状，只有测量才能发现。</p>
<h2>预防要点</h2>
<ul>
<li>减少食盐摄入，成年人每天食盐不超过5克，少吃咸菜、腌制食品；</li>
<li>多吃蔬菜水果，控制油脂；</li>
<li>坚持身体活动，控制体重；</li>
<li>戒烟限酒，保持心情舒畅。</li>
</ul>
<h2>已经患病的朋友</h2>
<p>遵医嘱长期规律服药，不要自行停药或换药；在家定期测量并记录血压，复诊时带给医生看。</p>`,
    },
    {
      title: '八、流感与秋冬季呼吸道传染病',
      html: `<p>流感是由流感病毒引起的急性呼吸道传染病，常见突起发热、咳嗽、头痛、肌肉关节酸痛、乏力、咽痛等。老年人、儿童、孕妇和慢性病患者感染后出现重症的风险较高。</p>
<h2>怎样预防</h2>
<ul>
<li>接种流感疫苗是预防流感的有效手段，建议每年接种；</li>
<li>勤洗手，常通风，咳嗽、打喷嚏时遮掩口鼻；</li>
<li>流行季节尽量少去人群密集的场所，必要时佩戴口罩；</li>
<li>规律作息，均衡饮食，适量运动。</li>
</ul>
<div class="box"><strong>有症状时：</strong>居家休息，避免带病上班上学；老年人和慢性病患者症状加重时，要尽早就医。</div>`,
    },
    {
      title: '九、老年人心理健康',
      html: `<p>退休、丧偶、子女不在身边、疾病缠身等变化，都可能影响老年人的情绪。孤独和社会隔离不利于身心健康。抑郁、焦虑不是“变老的正常现象”，是可以识别、可以治疗的。</p>
<h2>值得留意的信号</h2>
<ul>
<li>情绪持续低落，对以前喜欢的事情失去兴趣；</li>
<li>睡眠、食欲明显改变，总说身体不舒服却查不出原因；</li>
<li>不愿出门、不愿与人来往。</li>
</ul>
<h2>家人和邻里可以做的</h2>
<p>多陪伴、多倾听，鼓励老人参加社区活动和适量运动。情绪问题持续存在时，请陪同老人到医院心理科或精神科就诊。</p>
<p style="margin-top:6mm;font-size:9pt;color:#4b5563">参考资料：世界卫生组织实况报道；《中国公民健康素养—基本知识与技能》；《中国居民膳食指南（2022）》。</p>`,
    },
  ],
};

function build(b: Booklet): void {
  const work = mkdtempSync(join(tmpdir(), 'demo-pdf-'));
  try {
    const html = join(work, 'booklet.html');
    const pdf = join(downloads, b.file);
    const page = render(b);
    const chars = [...page, ' •—0123456789'].join('') + Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
    const codes = [...chars].map((c) => c.codePointAt(0) ?? 32);
    writeFileSync(join(work, 'demo-regular.ttf'), makeTrueType('NotoSansCJK-Regular.ttc', 'NotoSansCJKsc-Regular', codes, 'DemoCJK', false));
    writeFileSync(join(work, 'demo-bold.ttf'), makeTrueType('NotoSansCJK-Bold.ttc', 'NotoSansCJKsc-Bold', codes, 'DemoCJK', true));
    writeFileSync(html, page, 'utf8');
    execFileSync(
      'chromium',
      [
        ...CHROMIUM_ARGS,
        '--no-pdf-header-footer',
        `--user-data-dir=${join(work, 'profile')}`,
        `--print-to-pdf=${pdf}`,
        `file://${html}`,
      ],
      { stdio: ['ignore', 'ignore', 'ignore'] },
    );
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    if (/Type 3/.test(fonts)) console.warn(`  warning: ${b.file} fell back to Type 3 fonts (the TrueType subset was not used)`);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
    const coverBase = join(uploads, b.coverImage.replace(/\.png$/, ''));
    execFileSync('pdftoppm', ['-png', '-r', '40', '-singlefile', '-f', '1', '-l', '1', pdf, coverBase]);
    const kb = Math.round(statSync(pdf).size / 1024);
    console.log(`${b.file}: ${pages} pages (${b.pages.length} written), ${kb} KB; cover ${b.coverImage}`);
    if (pages !== b.pages.length) console.warn(`  warning: a page overflowed in ${b.file}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

build(shouce);
build(duben);
