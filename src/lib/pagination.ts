import { pagedPath } from './urls.ts';

export interface Page<T> {
  items: T[];
  current: number;
  total: number;
  /** URLs of neighbouring pages, absent at the ends. */
  prevUrl?: string;
  nextUrl?: string;
  /** Every page's number and URL, for the numbered page links. */
  links: { page: number; url: string }[];
}

export const PAGE_SIZE = 10;

/**
 * Splits a list into pages at `base`, `base` + page/2/, … The first page is
 * always the base URL, so links shared from it never break. An empty list
 * still gets its first page, which then says there is nothing yet.
 */
export function paginate<T>(items: readonly T[], base: string, size = PAGE_SIZE): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  const links = Array.from({ length: total }, (_, i) => ({
    page: i + 1,
    url: pagedPath(base, i + 1),
  }));
  return links.map(({ page }) => ({
    items: items.slice((page - 1) * size, page * size),
    current: page,
    total,
    ...(page > 1 && { prevUrl: pagedPath(base, page - 1) }),
    ...(page < total && { nextUrl: pagedPath(base, page + 1) }),
    links,
  }));
}

/** The rest-parameter value of an Astro `[...page]` route for page n. */
export function pageParam(page: number): string | undefined {
  return page <= 1 ? undefined : `page/${page}`;
}

/** getStaticPaths entries for a `[...page]` route listing `items` at `base`. */
export function getPagedPaths<T, P extends Record<string, string>>(
  items: readonly T[],
  base: string,
  params = {} as P,
  props: Record<string, unknown> = {},
) {
  return paginate(items, base).map((page) => ({
    params: { ...params, page: pageParam(page.current) },
    props: { ...props, page },
  }));
}
