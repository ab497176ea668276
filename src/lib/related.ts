interface Relatable {
  id: string;
  data: { date: Date; tags: string[]; topic?: { id: string }; column?: { id: string } };
}

interface RelatedIndex<T> {
  /** Position in the candidate list and publication time, for tie-breaks. */
  rank: Map<T, { position: number; time: number }>;
  /** Each group's members, newest first. */
  byGroup: Map<string, T[]>;
  /** Candidates by tag, once per time the tag appears on them; and by group and tag. */
  byTag: Map<string, T[]>;
  byGroupTag: Map<string, T[]>;
  /** The most tags any candidate has: no article outside the group can score more. */
  maxTags: number;
}

const groupOf = (e: Relatable) => e.data.topic?.id ?? e.data.column?.id;
const groupTag = (group: string, tag: string) => `${group}\u0000${tag}`;

function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// Built once per candidate list: every page of a build asks with the same list,
// and scoring all of it for each page made the build quadratic in articles.
const indexes = new WeakMap<readonly Relatable[], RelatedIndex<Relatable>>();

function indexOf<T extends Relatable>(candidates: readonly T[]): RelatedIndex<T> {
  const cached = indexes.get(candidates) as RelatedIndex<T> | undefined;
  if (cached) return cached;
  const index: RelatedIndex<T> = {
    rank: new Map(),
    byGroup: new Map(),
    byTag: new Map(),
    byGroupTag: new Map(),
    maxTags: 0,
  };
  for (const [position, c] of candidates.entries()) {
    index.rank.set(c, { position, time: c.data.date.getTime() });
    index.maxTags = Math.max(index.maxTags, c.data.tags.length);
    const group = groupOf(c);
    if (group !== undefined) addTo(index.byGroup, group, c);
    for (const tag of c.data.tags) {
      addTo(index.byTag, tag, c);
      if (group !== undefined) addTo(index.byGroupTag, groupTag(group, tag), c);
    }
  }
  const newestFirst = (a: T, b: T) =>
    index.rank.get(b)!.time - index.rank.get(a)!.time ||
    index.rank.get(a)!.position - index.rank.get(b)!.position;
  for (const members of index.byGroup.values()) members.sort(newestFirst);
  indexes.set(candidates, index as RelatedIndex<Relatable>);
  return index;
}

/**
 * Articles worth reading next: same topic or column first, then shared tags,
 * newer before older. The article itself is never its own relation.
 * Score: 10 for the same topic or column, plus one per shared tag.
 */
export function getRelatedEntries<T extends Relatable>(
  entry: T,
  candidates: readonly T[],
  limit = 3,
): T[] {
  const { rank, byGroup, byTag, byGroupTag, maxTags } = indexOf(candidates);
  const group = groupOf(entry);
  const tags = [...new Set(entry.data.tags)];
  // The `limit` highest scores, newer first on a tie, then earlier in the list: one pass, no full sort.
  const best = (scores: Map<T, number>) => {
    const top: { c: T; s: number; time: number; position: number }[] = [];
    const before = (a: (typeof top)[number], b: (typeof top)[number]) =>
      a.s - b.s || a.time - b.time || b.position - a.position;
    for (const [c, s] of scores) {
      if (s <= 0 || c.id === entry.id) continue;
      const item = { c, s, ...rank.get(c)! };
      if (top.length === limit && before(item, top[limit - 1]!) <= 0) continue;
      let i = Math.min(top.length, limit - 1);
      while (i > 0 && before(item, top[i - 1]!) > 0) i--;
      top.splice(i, 0, item);
      if (top.length > limit) top.pop();
    }
    return top.map(({ c }) => c);
  };
  const members = group === undefined ? [] : (byGroup.get(group) ?? []);
  if (group !== undefined && members.filter((c) => c.id !== entry.id).length >= limit) {
    // Within the group: tag matches first, then the newest members.
    const shared = new Map<T, number>();
    for (const tag of tags)
      for (const c of byGroupTag.get(groupTag(group, tag)) ?? [])
        shared.set(c, (shared.get(c) ?? 10) + 1);
    const picked = best(shared);
    for (const c of members) {
      if (picked.length >= limit) break;
      if (c.id !== entry.id && !shared.has(c)) picked.push(c);
    }
    // An article outside the group scores at most `maxTags`: if the last pick beats that, it is final.
    const last = picked[limit - 1];
    if (last && (shared.get(last) ?? 10) > maxTags) return picked;
  }
  const scores = new Map<T, number>();
  for (const c of members) scores.set(c, 10);
  for (const tag of tags)
    for (const c of byTag.get(tag) ?? []) scores.set(c, (scores.get(c) ?? 0) + 1);
  return best(scores);
}

/** The neighbours of `id` in a newest-first list: `newer` and `older`. */
export function getNeighbours<T extends { id: string }>(id: string, sorted: readonly T[]) {
  const i = sorted.findIndex((e) => e.id === id);
  return { newer: i > 0 ? sorted[i - 1] : undefined, older: i >= 0 ? sorted[i + 1] : undefined };
}

/** What an article route `[id]` gets for each entry: the entry, its neighbours and related articles. */
export interface ArticlePageProps<T> {
  entry: T;
  newer?: T | undefined;
  older?: T | undefined;
  related: T[];
}

/** getStaticPaths entries for an article route `[id]` over `entries`, newest first. */
export function getArticlePaths<T extends Relatable>(entries: readonly T[]) {
  return entries.map((entry) => ({
    params: { id: entry.id },
    props: {
      entry,
      ...getNeighbours(entry.id, entries),
      related: getRelatedEntries(entry, entries),
    } satisfies ArticlePageProps<T>,
  }));
}
