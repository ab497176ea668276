import { describe, expect, it } from 'vitest';
import { stampPdf } from '../../../tools/print/handbooks.ts';

describe('stampPdf', () => {
  const pdf = Buffer.from(
    "<< /Creator (Mozilla/5.0 \\(X11; Linux\\) HeadlessChrome/156) /CreationDate (D:20261202013227+08'00') /ModDate (D:20261202013227+08'00') >>\nxref",
    'latin1',
  );

  it('dates a PDF to its edition’s day and names what it was printed from, in place, whatever the clock and zone of the machine', () => {
    const stamped = stampPdf(pdf, { day: '2026-04-22', creator: 'npm run handbooks; source ab12' });
    expect(stamped.length).toBe(pdf.length);
    expect(stamped.toString('latin1')).toMatch(
      /^<< \/Creator \(npm run handbooks; source ab12 +\) \/CreationDate \(D:20260422000000\+08'00'\) \/ModDate \(D:20260422000000\+08'00'\) >>\nxref$/,
    );
  });

  it('refuses a creator that does not fit', () => {
    expect(() => stampPdf(pdf, { day: '2026-04-22', creator: 'x'.repeat(80) })).toThrow(
      /does not fit/,
    );
  });
});
