/**
 * Who a health article is for. A fixed list: each audience has a page of its
 * own, and its id is the page's URL segment.
 */
export const audiences = [
  { id: 'residents', name: '居民' },
  { id: 'elderly', name: '老年人' },
  { id: 'children', name: '儿童' },
  { id: 'students', name: '学校师生' },
  { id: 'pregnant', name: '孕产妇' },
  { id: 'food-workers', name: '餐饮从业人员' },
  { id: 'public-venues', name: '公共场所经营者' },
  { id: 'employers', name: '机关企事业单位' },
] as const;

export type AudienceId = (typeof audiences)[number]['id'];
export const audienceIds = audiences.map((a) => a.id) as [AudienceId, ...AudienceId[]];

export function getAudienceName(id: AudienceId): string {
  return audiences.find((a) => a.id === id)?.name ?? id;
}
