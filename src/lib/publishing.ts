import { getChinaToday, toIsoDay } from './dates.ts';

interface Publishable {
  data: { draft?: boolean; date: Date };
}

/** Drafts and entries dated after today (China time) never reach the built site. */
export function isPublished(entry: Publishable, now: Date): boolean {
  return !entry.data.draft && toIsoDay(entry.data.date) <= getChinaToday(now);
}

/** Newest first; ties broken by id so the order is stable between builds. */
export function sortByDateDesc<T extends { id: string; data: { date: Date } }>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id),
  );
}
