/**
 * A table of contents from the headings Astro's `render()` returns. Short
 * articles do without: a list of one or two links only gets in the way.
 */

/** The shape of Astro's MarkdownHeading. */
export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/** Fewer h2/h3 headings than this and there is no table of contents. */
export const MIN_TOC_HEADINGS = 3;

/**
 * h2 headings with their h3 headings nested under them; an h3 before any h2
 * stands on its own. Returns [] when there are fewer than `min` of them.
 */
export function buildToc(headings: readonly TocHeading[], min = MIN_TOC_HEADINGS): TocItem[] {
  const relevant = headings.filter(
    (h) => (h.depth === 2 || h.depth === 3) && h.slug && h.text.trim(),
  );
  if (relevant.length < min) return [];
  const items: TocItem[] = [];
  let section: TocItem | undefined;
  for (const h of relevant) {
    const item: TocItem = { slug: h.slug, text: h.text.trim(), children: [] };
    if (h.depth === 3 && section) section.children.push(item);
    else items.push(item);
    if (h.depth === 2) section = item;
  }
  return items;
}
