import { formatChineseDate } from '../dates.ts';
import { whyUnpublished } from '../publishing.ts';

/**
 * What the CMS says under a date field and on a review card: the date in
 * Chinese (the browser's date box follows the computer's language, often
 * mm/dd/yyyy), and, for an article's publication date after today, that it
 * is scheduled: it reaches the site on that day, not when it is published.
 */
export interface DateNote {
  text: string;
  scheduled: boolean;
}

/** The note for `value` (YYYY-MM-DD…) of field `name`; `today` is YYYY-MM-DD (China time). Null without a date. */
export function dateNote(name: string, value: unknown, today: string): DateNote | null {
  const day =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
  if (!day) return null;
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return null;
  const chinese = formatChineseDate(date);
  if (name === 'date' && whyUnpublished({ draft: false, day }, today) !== null) {
    return {
      text: `定时发布:${chinese}起在网站上显示,在那之前即使已发布,居民也看不到`,
      scheduled: true,
    };
  }
  return { text: chinese, scheduled: false };
}

/** The short form on a review card: 定时发布:2026年12月20日. */
export function scheduledLabel(value: unknown, today: string): string | null {
  const note = dateNote('date', value, today);
  return note?.scheduled
    ? `定时发布:${formatChineseDate(new Date(`${String(value).slice(0, 10)}T00:00:00Z`))}`
    : null;
}

/**
 * The day an editor typed into a date box, as YYYY-MM-DD: 2026-05-01,
 * 2026-5-1, 2026/5/1, 2026.5.1, 2026年5月1日, 20260501, in full-width digits
 * too. Null for anything else, and for a day that does not exist (2026-02-30).
 */
export function parseTypedDay(text: string): string | null {
  const plain = text.normalize('NFKC').trim();
  const m =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(plain) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(plain);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
