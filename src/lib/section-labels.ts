/**
 * The label on each card of a section's own list: what sorts the section.
 * A letter shows its kind (公开信 or 倡议书), a health article its topic, a
 * news item its column, by the names the topics and columns give them.
 */

/** What the label is read from; every letter, health article and news item has it. */
export type SectionListed =
  | { collection: 'letters'; data: { kind: string } }
  | { collection: 'health'; data: { topic: { id: string } } }
  | { collection: 'news'; data: { column: { id: string } } };

/** Topic and column names by id. */
export interface TaxonomyNames {
  topics: ReadonlyMap<string, string>;
  columns: ReadonlyMap<string, string>;
}

export function getSectionLabel(article: SectionListed, names: TaxonomyNames): string | undefined {
  switch (article.collection) {
    case 'letters':
      return article.data.kind;
    case 'health':
      return names.topics.get(article.data.topic.id);
    case 'news':
      return names.columns.get(article.data.column.id);
  }
}
