import { describe, expect, it } from 'vitest';
import { describeCountdown } from '../../src/lib/countdown.ts';

const inspection = new Date('2027-05-20');

describe('the countdown to the inspection', () => {
  it('says plainly how many days are left, counted in China time', () => {
    // 2027-05-09 17:00 UTC is already 10 May in China.
    expect(describeCountdown(inspection, new Date('2027-05-09T17:00:00Z'))).toEqual({
      days: 10,
      text: '距省级考核还有 10 天',
    });
    expect(describeCountdown(inspection, new Date('2027-05-09T15:00:00Z')).days).toBe(11);
  });
  it('says when the day has come and when it has passed', () => {
    expect(describeCountdown(inspection, new Date('2027-05-20T02:00:00Z')).text).toBe(
      '今天是省级考核的日子',
    );
    expect(describeCountdown(inspection, new Date('2027-06-01T02:00:00Z'))).toEqual({
      days: -12,
      text: '省级考核已于2027年5月20日进行',
    });
  });
  it('names another event when asked', () => {
    expect(describeCountdown(inspection, new Date('2027-05-18T02:00:00Z'), '技术评估').text).toBe(
      '距技术评估还有 2 天',
    );
  });
});
