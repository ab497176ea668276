import { describe, expect, it } from 'vitest';
import { stampEdition } from '../../../tools/print/handbooks.ts';

describe('stampEdition', () => {
  it('dates a PDF to its edition’s day in place, whatever the clock and zone of the printing machine', () => {
    const pdf = Buffer.from("<< /Creator (Chromium) /CreationDate (D:20261202013227+08'00') /ModDate (D:20261202013227+08'00') >>\nxref", 'latin1');
    const stamped = stampEdition(pdf, '2026-04-22');
    expect(stamped.length).toBe(pdf.length);
    expect(stamped.toString('latin1')).toBe("<< /Creator (Chromium) /CreationDate (D:20260422000000+08'00') /ModDate (D:20260422000000+08'00') >>\nxref");
  });
});
