import type { StandardStatus } from '../schemas/standards.ts';

/**
 * Counting the standard's items by status for the /progress/ page. Statuses
 * are listed from done to not started, the order the overview draws them in.
 */
export const statusOrder = [
  '已达标',
  '推进中',
  '未开始',
] as const satisfies readonly StandardStatus[];

export type StatusCounts = Record<StandardStatus, number> & { total: number };

export interface AreaInput {
  id: string;
  name: string;
  example: boolean;
  items: { status: StandardStatus }[];
}

export interface AreaSummary {
  id: string;
  name: string;
  example: boolean;
  counts: StatusCounts;
}

/** How many items are in each status. */
export function countStatuses(items: readonly { status: StandardStatus }[]): StatusCounts {
  const counts: StatusCounts = { 已达标: 0, 推进中: 0, 未开始: 0, total: items.length };
  for (const item of items) counts[item.status] += 1;
  return counts;
}

/** Each area's counts and the whole standard's; `example` when any area holds demo data. */
export function summariseAreas(areas: readonly AreaInput[]): {
  areas: AreaSummary[];
  overall: StatusCounts;
  example: boolean;
} {
  return {
    areas: areas.map(({ id, name, example, items }) => ({
      id,
      name,
      example,
      counts: countStatuses(items),
    })),
    overall: countStatuses(areas.flatMap((a) => a.items)),
    example: areas.some((a) => a.example),
  };
}

/** 已达标 3 项,推进中 2 项,未开始 1 项,共 6 项: the counts as a sentence, for bars' text alternatives. */
export function describeCounts(counts: StatusCounts): string {
  return `${statusOrder.map((s) => `${s} ${counts[s]} 项`).join('，')}，共 ${counts.total} 项`;
}

/** Whole per cent of items that meet the standard (0 when there are none). */
export function percentDone(counts: StatusCounts): number {
  return counts.total === 0 ? 0 : Math.round((counts.已达标 / counts.total) * 100);
}

/** Where each status's part of a stacked bar `width` wide starts and how wide it is; empty parts are left out. */
export function toBarSegments(
  counts: StatusCounts,
  width: number,
): { status: StandardStatus; x: number; width: number }[] {
  if (counts.total === 0) return [];
  let x = 0;
  return statusOrder.flatMap((status) => {
    const w = (counts[status] / counts.total) * width;
    const segment = { status, x, width: w };
    x += w;
    return w > 0 ? [segment] : [];
  });
}
