/**
 * Which parts of a page's markup the search index reads, shared by the
 * build-time rewrite (src/lib/search/index-html.ts) and the tests that
 * compute which pages contain a query.
 */

/** Elements Pagefind never indexes, wherever they are (its REMOVE_SELECTORS). */
export const UNINDEXED_ELEMENTS: ReadonlySet<string> = new Set([
  'head',
  'style',
  'script',
  'noscript',
  'label',
  'form',
  'svg',
  'footer',
  'nav',
  'iframe',
  'template',
]);

/**
 * Elements that sit inside a line of text: characters on either side of them
 * are read as neighbours (<strong>登革</strong>热 is 登革热). Every other
 * element ends a run of text.
 */
export const INLINE_ELEMENTS: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  'ruby',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
]);
