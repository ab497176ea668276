import { expect, test } from 'vitest';
import { dateNote, parseTypedDay, scheduledLabel } from '../../../src/lib/cms/schedule.ts';

test('a publication date after today says the article is scheduled, and when it appears; other dates read in Chinese', () => {
  expect(dateNote('date', '2026-12-20', '2026-12-02')).toEqual({
    text: expect.stringMatching(/^定时发布:2026年12月20日起在网站上显示/),
    scheduled: true,
  });
  expect(dateNote('date', '2026-12-02', '2026-12-02')).toEqual({
    text: '2026年12月2日',
    scheduled: false,
  });
  expect(dateNote('nextReviewDue', '2027-04-20', '2026-12-02')).toEqual({
    text: '2027年4月20日',
    scheduled: false,
  });
  expect(dateNote('date', '', '2026-12-02')).toBeNull();
  expect(scheduledLabel('2026-12-20', '2026-12-02')).toBe('定时发布:2026年12月20日');
  expect(scheduledLabel('2026-11-20', '2026-12-02')).toBeNull();
});

test('a typed date is read in year-month-day order however it is written, and only when the day exists', () => {
  for (const typed of [
    '2026-05-01',
    '2026-5-1',
    ' 2026/5/1 ',
    '2026.5.1',
    '2026年5月1日',
    '20260501',
    '２０２６－５－１',
  ])
    expect(parseTypedDay(typed), typed).toBe('2026-05-01');
  for (const typed of [
    '',
    '05/01/2026',
    '2026-02-30',
    '2026-13-01',
    '2026-5',
    '明天',
    '2026-05-01 10:00',
  ])
    expect(parseTypedDay(typed), typed).toBeNull();
});
