import { getChinaToday, toIsoDay } from './dates.ts';

/**
 * Why an entry is not on the site on `today` (YYYY-MM-DD, China time): it is
 * a draft, or dated after today. Null once it is published. The build (through
 * `isPublished`) and the content gate (on a file's raw frontmatter) both ask here.
 */
export function whyUnpublished(
  entry: { draft: boolean; day: string | null },
  today: string,
): string | null {
  // In the words of the CMS field (draft: true), not 草稿, which the CMS uses for a review stage.
  if (entry.draft) return '勾选了“暂不在网站显示”';
  if (entry.day !== null && entry.day > today) return `发布日期 ${entry.day} 还没到`;
  return null;
}

interface Publishable {
  data: { draft?: boolean; date: Date };
}

/** Drafts and entries dated after today (China time) never reach the built site. */
export function isPublished(entry: Publishable, now: Date): boolean {
  return (
    whyUnpublished(
      { draft: entry.data.draft === true, day: toIsoDay(entry.data.date) },
      getChinaToday(now),
    ) === null
  );
}

/** Newest first; ties broken by id so the order is stable between builds. */
export function sortByDateDesc<T extends { id: string; data: { date: Date } }>(
  entries: readonly T[],
): T[] {
  return [...entries].sort(
    (a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id),
  );
}
