import { describe, expect, it } from 'vitest';
import { isPublished, sortByDateDesc } from '../../src/lib/publishing.ts';

const entry = (id: string, date: string, draft = false) => ({
  id,
  data: { date: new Date(date), draft },
});
const now = new Date('2026-11-29T02:00:00Z'); // 10:00 in Beijing

describe('isPublished', () => {
  it('publishes entries dated today or earlier', () => {
    expect(isPublished(entry('a', '2026-11-29'), now)).toBe(true);
    expect(isPublished(entry('a', '2025-01-01'), now)).toBe(true);
  });
  it('holds back drafts and future-dated entries', () => {
    expect(isPublished(entry('a', '2026-11-01', true), now)).toBe(false);
    expect(isPublished(entry('a', '2026-11-30'), now)).toBe(false);
  });
  it('publishes on the China calendar day, even while it is still yesterday in UTC', () => {
    expect(isPublished(entry('a', '2026-11-30'), new Date('2026-11-29T16:30:00Z'))).toBe(true);
  });
});

describe('sortByDateDesc', () => {
  it('puts the newest first and breaks ties by id so builds are stable', () => {
    const sorted = sortByDateDesc([
      entry('b', '2026-01-01'),
      entry('c', '2026-05-01'),
      entry('a', '2026-01-01'),
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });
});
