import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { create, type Font, type FontCollection } from 'fontkitten';

/**
 * Compact TrueType subsets of a system font, for PDFs printed by Chromium.
 *
 * Chromium embeds CFF-flavoured OpenType fonts (Noto Sans CJK) as Type 3
 * fonts: a Chinese booklet of ten pages then weighs close to a megabyte, and
 * some readers draw its text blurred. Given a TrueType font it embeds a CID
 * TrueType subset instead. So the characters a document uses are converted
 * here into a small TrueType font (cubic outlines approximated by quadratics,
 * no hinting), which the page loads with @font-face.
 */

export interface SubsetOptions {
  /** The family name written into the subset (what @font-face may call it). */
  family: string;
  bold: boolean;
}

/** A face of a font file on this machine, as fontconfig names it. */
export interface SystemFace {
  file: string;
  postscriptName: string;
}

/**
 * The file and face fontconfig picks for `family` ("Noto Sans CJK SC"), regular
 * or bold; fails, naming the package to install, when it falls back to another family.
 */
export function findSystemFace(family: string, bold: boolean): SystemFace {
  const pattern = `${family}:${bold ? 'bold' : 'regular'}`;
  let out: string;
  try {
    out = execFileSync('fc-match', ['-f', '%{file}|%{postscriptname}|%{family}', pattern], {
      encoding: 'utf8',
    });
  } catch {
    throw new Error(`找不到 fc-match(fontconfig),无法查找字体“${pattern}”:请安装 fontconfig`);
  }
  const [file = '', postscriptName = '', families = ''] = out.split('|');
  if (!families.split(',').includes(family)) {
    throw new Error(
      `系统中没有字体“${family}”(fontconfig 给出的是 ${file || '无'}):请安装 fonts-noto-cjk`,
    );
  }
  return { file, postscriptName };
}

/** The named face of a font file or of a collection (.ttc). */
export function loadFace({ file, postscriptName }: SystemFace): Font {
  const loaded = create(readFileSync(file), postscriptName) as Font | FontCollection;
  const font = loaded.isCollection ? loaded.getFont(postscriptName) : loaded;
  if (!font) throw new Error(`${file} 中没有字体 ${postscriptName}`);
  return font;
}

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
  const point = (px: number, py: number, on: boolean): Point => ({
    x: Math.round(px),
    y: Math.round(py),
    on,
  });
  const close = (): void => {
    const first = cur[0];
    const last = cur[cur.length - 1];
    if (cur.length > 1 && first && last && last.on && first.x === last.x && first.y === last.y)
      cur.pop();
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
      const ax = mid(x, x1),
        ay = mid(y, y1),
        bx = mid(x1, x2),
        by = mid(y1, y2),
        cx = mid(x2, x3),
        cy = mid(y2, y3);
      const dx = mid(ax, bx),
        dy = mid(ay, by),
        ex = mid(bx, cx),
        ey = mid(by, cy);
      const mx = mid(dx, ex),
        my = mid(dy, ey);
      const quad = (
        p0x: number,
        p0y: number,
        p1x: number,
        p1y: number,
        p2x: number,
        p2y: number,
        p3x: number,
        p3y: number,
      ): void => {
        cur.push(
          point((3 * (p1x + p2x) - p0x - p3x) / 4, (3 * (p1y + p2y) - p0y - p3y) / 4, false),
        );
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
  if (!contours.length)
    return {
      data: new Uint8Array(0),
      advance,
      xMin: 0,
      yMin: 0,
      xMax: 0,
      yMax: 0,
      points: 0,
      contours: 0,
    };
  const all = contours.flat();
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  const box = {
    xMin: Math.min(...xs),
    yMin: Math.min(...ys),
    xMax: Math.max(...xs),
    yMax: Math.max(...ys),
  };
  const b = new Bytes()
    .i16(contours.length)
    .i16(box.xMin)
    .i16(box.yMin)
    .i16(box.xMax)
    .i16(box.yMax);
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
    sum =
      (sum +
        (((data[i] ?? 0) << 24) |
          ((data[i + 1] ?? 0) << 16) |
          ((data[i + 2] ?? 0) << 8) |
          (data[i + 3] ?? 0))) >>>
      0;
  }
  return sum;
}

function nameTable(family: string, style: string): Uint8Array {
  const records: [number, string][] = [
    [1, family],
    [2, style],
    [3, `${family} ${style}; subset`],
    [4, `${family} ${style}`],
    [6, `${family.replace(/\s/g, '')}-${style}`],
  ];
  const encoded = records.map(([id, text]) => {
    const b = new Bytes();
    for (const ch of text) b.u16(ch.charCodeAt(0));
    return [id, b.build()] as const;
  });
  const b = new Bytes()
    .u16(0)
    .u16(encoded.length)
    .u16(6 + encoded.length * 12);
  let offset = 0;
  for (const [id, data] of encoded) {
    b.u16(3).u16(1).u16(0x409).u16(id).u16(data.length).u16(offset);
    offset += data.length;
  }
  for (const [, data] of encoded) b.bytes(data);
  return b.build();
}

/**
 * A TrueType font holding the glyphs of `codePoints` (those the face has, in
 * the Basic Multilingual Plane) as drawn by `font`, plus an empty .notdef.
 */
export function subsetToTrueType(
  font: Font,
  codePoints: Iterable<number>,
  { family, bold }: SubsetOptions,
): Uint8Array {
  const codes = [...new Set(codePoints)]
    .filter((c) => c <= 0xffff && font.hasGlyphForCodePoint(c))
    .sort((a, b) => a - b);
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
  for (const [start, , gid] of segments)
    sub.u16(start === 0xffff ? 1 : (gid - start + 0x10000) & 0xffff);
  for (let i = 0; i < segCount; i++) sub.u16(0);
  const cmap = new Bytes().u16(0).u16(1).u16(3).u16(1).u32(12).bytes(sub.build());

  const head = new Bytes()
    .u32(0x00010000)
    .u32(0x00010000)
    .u32(0) // checkSumAdjustment, set below
    .u32(0x5f0f3cf5)
    .u16(0x0009)
    .u16(font.unitsPerEm)
    .u32(0)
    .u32(0)
    .u32(0)
    .u32(0) // created, modified
    .i16(xMin)
    .i16(yMin)
    .i16(xMax)
    .i16(yMax)
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
    .i16(1)
    .i16(0)
    .i16(0)
    .i16(0)
    .i16(0)
    .i16(0)
    .i16(0)
    .i16(0)
    .u16(n);

  const maxp = new Bytes()
    .u32(0x00010000)
    .u16(n)
    .u16(Math.max(...glyphs.map((g) => g.points)))
    .u16(Math.max(...glyphs.map((g) => g.contours)))
    .u16(0)
    .u16(0)
    .u16(2)
    .u16(0)
    .u16(0)
    .u16(0)
    .u16(0)
    .u16(0)
    .u16(0)
    .u16(0)
    .u16(0);

  const fsSelection = (bold ? 0x20 : 0x40) | (os2.fsSelection.useTypoMetrics ? 0x80 : 0);
  const os2Table = new Bytes()
    .u16(4)
    .i16(os2.xAvgCharWidth)
    .u16(bold ? 700 : 400)
    .u16(os2.usWidthClass)
    .u16(0) // fsType: installable
    .i16(os2.ySubscriptXSize)
    .i16(os2.ySubscriptYSize)
    .i16(os2.ySubscriptXOffset)
    .i16(os2.ySubscriptYOffset)
    .i16(os2.ySuperscriptXSize)
    .i16(os2.ySuperscriptYSize)
    .i16(os2.ySuperscriptXOffset)
    .i16(os2.ySuperscriptYOffset)
    .i16(os2.yStrikeoutSize)
    .i16(os2.yStrikeoutPosition)
    .i16(0)
    .bytes([0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
    .u32(1)
    .u32(0x08010000)
    .u32(0x00000010)
    .u32(0) // Basic Latin, CJK symbols, CJK ideographs, halfwidth/fullwidth forms
    .bytes([...'NONE'].map((c) => c.charCodeAt(0)))
    .u16(fsSelection)
    .u16(codes[0] ?? 0x20)
    .u16(codes[codes.length - 1] ?? 0x20)
    .i16(os2.typoAscender)
    .i16(os2.typoDescender)
    .i16(os2.typoLineGap)
    .u16(os2.winAscent)
    .u16(os2.winDescent)
    .u32(1 << 18)
    .u32(0) // code page: simplified Chinese
    .i16(os2.xHeight)
    .i16(os2.capHeight)
    .u16(0)
    .u16(32)
    .u16(2);

  const post = new Bytes()
    .u32(0x00030000)
    .u32(0)
    .i16(font.underlinePosition)
    .i16(font.underlineThickness)
    .u32(0)
    .u32(0)
    .u32(0)
    .u32(0)
    .u32(0);

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
    out
      .bytes([...tag].map((c) => c.charCodeAt(0)))
      .u32(checksum(data))
      .u32(offset)
      .u32(data.length);
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
