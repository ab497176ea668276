import { describe, expect, it } from 'vitest';
import { daysUntil, formatChineseDate, getChinaToday, toIsoDay } from '../../src/lib/dates.ts';

describe('dates', () => {
  it('formats a date the way Chinese readers expect', () => {
    expect(formatChineseDate(new Date('2026-03-05'))).toBe('2026年3月5日');
  });
  it('takes today in China, not in UTC', () => {
    // 17:00 UTC on 28 Nov is 01:00 on 29 Nov in Beijing.
    expect(getChinaToday(new Date('2026-11-28T17:00:00Z'))).toBe('2026-11-29');
    expect(toIsoDay(new Date('2026-11-28'))).toBe('2026-11-28');
  });
  it('counts whole days to an inspection, negative once passed', () => {
    const now = new Date('2026-11-29T02:00:00Z');
    expect(daysUntil(new Date('2026-12-01'), now)).toBe(2);
    expect(daysUntil(new Date('2026-11-29'), now)).toBe(0);
    expect(daysUntil(new Date('2026-11-20'), now)).toBe(-9);
  });
});
