import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countPdfPages, readPdfCreator } from '../../src/lib/pdf.ts';

const pdf = (body: string) => new TextEncoder().encode(`%PDF-1.4\n${body}\n%%EOF`);

describe('countPdfPages', () => {
  it('reads /Count of the catalog’s page tree, not of a nested node or an outline', () => {
    const text = [
      '1 0 obj << /Type /Catalog /Outlines 9 0 R /Pages 2 0 R >> endobj',
      '9 0 obj << /Type /Outlines /Count 3 >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R] /Count 12 >> endobj',
      '3 0 obj << /Type /Pages /Parent 2 0 R /Count 8 >> endobj',
      '5 0 obj << /Length 6 >> stream\n/Count 99\nendstream endobj',
    ].join('\n');
    expect(countPdfPages(pdf(text), 'x.pdf')).toBe(12);
  });

  it('reads the PDFs the site prints as poppler does', () => {
    for (const file of [
      'public/downloads/handbooks/chuangwei-shouce.pdf',
      'public/downloads/handbooks/jiankang-duben.pdf',
    ]) {
      const pages = Number(
        /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1],
      );
      expect(countPdfPages(readFileSync(file), file), file).toBe(pages);
    }
  });

  it('names the file it cannot read', () => {
    expect(() =>
      countPdfPages(new TextEncoder().encode('<html>'), 'public/downloads/a.pdf'),
    ).toThrow(/public\/downloads\/a\.pdf 不是 PDF/);
    expect(() =>
      countPdfPages(pdf('1 0 obj << /Type /ObjStm >> stream\nxx\nendstream endobj'), 'b.pdf'),
    ).toThrow(/b\.pdf:读不出页数/);
  });
});

describe('readPdfCreator', () => {
  it('reads the creator of the document information, escapes undone', () => {
    expect(
      readPdfCreator(
        pdf('1 0 obj << /Creator (Mozilla/5.0 \\(X11\\) x   ) /Producer (Skia) >> endobj'),
      ),
    ).toBe('Mozilla/5.0 (X11) x');
    expect(readPdfCreator(pdf('1 0 obj << /Producer (Skia) >> endobj'))).toBeUndefined();
  });
});
