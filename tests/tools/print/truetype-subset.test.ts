import { create, type Font } from 'fontkitten';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  findSystemFace,
  loadFace,
  subsetToTrueType,
} from '../../../tools/print/truetype-subset.ts';

/**
 * The subsets the handbooks embed: read back by a font parser as a PDF
 * reader would, they must draw every asked character with the source's
 * widths and outlines, and be small.
 */
const text = '手是传播病原体的重要途径。“正确洗手”，能减少肠道传染病！ABC abc 0123456789';
const codes = [...new Set([...text].map((c) => c.codePointAt(0)!))];
let source: Font;
let subset: Font;
let bytes: Uint8Array;

beforeAll(() => {
  source = loadFace(findSystemFace('Noto Sans CJK SC', false));
  bytes = subsetToTrueType(source, codes, { family: 'HandbookPrint', bold: false });
  subset = create(Buffer.from(bytes)) as Font;
});

describe('a TrueType subset of Noto Sans CJK SC', () => {
  it('is a TrueType font (glyf outlines, not CFF) named as asked', () => {
    expect(new DataView(bytes.buffer).getUint32(0)).toBe(0x00010000);
    expect(subset.familyName).toBe('HandbookPrint');
    expect(subset.unitsPerEm).toBe(source.unitsPerEm);
  });

  it('holds every asked character and nothing else (one glyph each, plus .notdef)', () => {
    for (const c of codes)
      expect(subset.hasGlyphForCodePoint(c), String.fromCodePoint(c)).toBe(true);
    expect(subset.hasGlyphForCodePoint('病'.codePointAt(0)! + 1)).toBe(false);
    expect(subset.numGlyphs).toBe(codes.length + 1);
  });

  it('keeps each glyph’s advance width and, within a unit or two, its outline’s box', () => {
    for (const c of codes) {
      const [a, b] = [source.glyphForCodePoint(c), subset.glyphForCodePoint(c)];
      expect(b.advanceWidth, String.fromCodePoint(c)).toBe(Math.round(a.advanceWidth));
      if (c === 0x20) continue;
      const [ba, bb] = [a.path.bbox, b.path.bbox];
      for (const k of ['minX', 'minY', 'maxX', 'maxY'] as const)
        expect(Math.abs(ba[k] - bb[k]), `${String.fromCodePoint(c)} ${k}`).toBeLessThanOrEqual(2);
    }
  });

  it('draws bold from the bold face', () => {
    const bold = create(
      Buffer.from(
        subsetToTrueType(loadFace(findSystemFace('Noto Sans CJK SC', true)), codes, {
          family: 'HandbookPrint',
          bold: true,
        }),
      ),
    ) as Font;
    expect(bold['OS/2'].usWeightClass).toBe(700);
    expect(bold.glyphForCodePoint('手'.codePointAt(0)!).path.commands.length).toBeGreaterThan(0);
  });

  it('weighs a few hundred bytes a character, not the megabytes of the collection', () => {
    expect(bytes.length).toBeLessThan(codes.length * 600);
  });

  it('says which package to install when the family is missing', () => {
    expect(() => findSystemFace('No Such Family 字体', false)).toThrow(/fonts-noto-cjk/);
  });
});
