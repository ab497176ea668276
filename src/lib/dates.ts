/** Campaign dates are calendar days in China's time zone. */
const CHINA_TZ = 'Asia/Shanghai';

/** YYYY-MM-DD of a content date (stored as UTC midnight by the schema). */
export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's calendar day in China, as YYYY-MM-DD. */
export function getChinaToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: CHINA_TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** 2026年3月5日: how Chinese readers expect a date. */
export function formatChineseDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** Whole days from `now` (China time) to `target`; negative once passed. */
export function daysUntil(target: Date, now: Date): number {
  const today = Date.parse(`${getChinaToday(now)}T00:00:00Z`);
  return Math.round((Date.parse(`${toIsoDay(target)}T00:00:00Z`) - today) / 86_400_000);
}
