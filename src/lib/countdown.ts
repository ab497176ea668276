import { daysUntil, formatChineseDate } from './dates.ts';

export interface Countdown {
  /** Whole days from `now` to the target; negative once it has passed. */
  days: number;
  /** The sentence readers see: 距省级考核还有 N 天. */
  text: string;
}

/**
 * The countdown to a campaign date, worked out at build time from the build's
 * clock (passed in), so the page needs no script. Past dates say so plainly.
 */
export function describeCountdown(target: Date, now: Date, event = '省级考核'): Countdown {
  const days = daysUntil(target, now);
  if (days > 0) return { days, text: `距${event}还有 ${days} 天` };
  if (days === 0) return { days, text: `今天是${event}的日子` };
  return { days, text: `${event}已于${formatChineseDate(target)}进行` };
}
