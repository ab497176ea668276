import { describe, expect, it } from 'vitest';
import { toTelHref } from '../../src/lib/phone.ts';

describe('tel: links', () => {
  it('keep digits and a leading + only', () => {
    expect(toTelHref('0000-12345678')).toBe('tel:000012345678');
    expect(toTelHref('+86 (0000) 1234')).toBe('tel:+8600001234');
    expect(toTelHref('12345')).toBe('tel:12345');
  });
});
