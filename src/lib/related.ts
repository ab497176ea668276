interface Relatable {
  id: string;
  data: { date: Date; tags: string[]; topic?: { id: string }; column?: { id: string } };
}

/**
 * Articles worth reading next: same topic or column first, then shared tags,
 * newer before older. The article itself is never its own relation.
 */
export function getRelatedEntries<T extends Relatable>(entry: T, candidates: readonly T[], limit = 3): T[] {
  const group = (e: Relatable) => e.data.topic?.id ?? e.data.column?.id;
  const score = (e: Relatable) =>
    (group(e) !== undefined && group(e) === group(entry) ? 10 : 0) +
    e.data.tags.filter((t) => entry.data.tags.includes(t)).length;
  return candidates
    .filter((c) => c.id !== entry.id)
    .map((c) => ({ c, s: score(c) }))
    .filter(({ s }) => s > 0)
    .sort((a, b) => b.s - a.s || b.c.data.date.getTime() - a.c.data.date.getTime())
    .slice(0, limit)
    .map(({ c }) => c);
}

/** The neighbours of `id` in a newest-first list: `newer` and `older`. */
export function getNeighbours<T extends { id: string }>(id: string, sorted: readonly T[]) {
  const i = sorted.findIndex((e) => e.id === id);
  return { newer: i > 0 ? sorted[i - 1] : undefined, older: i >= 0 ? sorted[i + 1] : undefined };
}
