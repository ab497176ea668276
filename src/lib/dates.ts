/** Campaign dates are calendar days in China's time zone. */
const CHINA_TZ = 'Asia/Shanghai';

/** YYYY-MM-DD of a content date (stored as UTC midnight by the schema). */
export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * YYYY-MM-DD of a date as a content file holds it before the schema has read
 * it (a YAML timestamp, or text starting with a day), or null.
 */
export function dayOf(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return toIsoDay(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return null;
}

/** Today's calendar day in China, as YYYY-MM-DD. */
export function getChinaToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: CHINA_TZ,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** 2026年3月5日: how Chinese readers expect a date. */
export function formatChineseDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Whole days from `now` (China time) to `target`; negative once passed. */
export function daysUntil(target: Date, now: Date): number {
  return daysBetween(getChinaToday(now), toIsoDay(target));
}
