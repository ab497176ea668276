import { describe, expect, it } from 'vitest';
import { judgeUpdateAges } from '../../../tools/audit/update-ages.ts';
import type { EntryInfo } from '../../../src/lib/gate/index.ts';

const entry = (collection: string, id: string, data: Record<string, unknown>): EntryInfo => ({
  file: `content/${collection}/${id}`,
  contentPath: `${collection}/${id}`,
  collection,
  id,
  data,
  keys: new Map(),
});
const site = (newsDay: string, extra: EntryInfo[] = []) => [
  entry('columns', 'campaign', { name: '创城专题' }),
  entry('columns', 'volunteers', { name: '志愿服务' }),
  entry('topics', 'hygiene', { name: '个人卫生' }),
  entry('news', 'a', { date: newsDay, column: 'campaign' }),
  entry('news', 'b', { date: newsDay, column: 'volunteers' }),
  entry('letters', 'l', { date: '2026-03-10' }),
  entry('health', 'h', { date: '2026-05-01', topic: 'hygiene' }),
  ...extra,
];
const byId = (list: ReturnType<typeof judgeUpdateAges>, id: string) =>
  list.find((i) => i.id === id)!;

describe('update ages against the inspection’s limits', () => {
  it('passes a site whose home page and news columns published within two weeks', () => {
    const result = judgeUpdateAges(site('2026-11-20'), '2026-11-30');
    for (const id of [
      'home-updates',
      'news-column-updates',
      'other-column-updates',
      'empty-columns',
    ])
      expect(byId(result, id).status, id).toBe('pass');
    expect(byId(result, 'news-column-updates').table?.rows).toContainEqual([
      '创城动态 › 志愿服务',
      '动态要闻类',
      '2026-11-20',
      '10',
      '14',
      '按时更新',
    ]);
  });

  it('fails the site (单项否决) when one news column has had nothing new for more than 14 days', () => {
    const entries = site('2026-11-20').map((e) =>
      e.id === 'b' ? entry('news', 'b', { date: '2026-11-01', column: 'volunteers' }) : e,
    );
    const news = byId(judgeUpdateAges(entries, '2026-11-30'), 'news-column-updates');
    expect(news.level).toBe('veto');
    expect(news.status).toBe('fail');
    expect(news.details).toEqual([
      '创城动态 › 志愿服务:最近一条发布于 2026-11-01,已 29 天,超过 14 天的时限',
    ]);
  });

  it('does not count drafts or items dated after the day of the check', () => {
    const extra = [
      entry('news', 'draft', { date: '2026-11-29', column: 'campaign', draft: true }),
      entry('news', 'later', { date: '2026-12-25', column: 'campaign' }),
    ];
    const home = byId(judgeUpdateAges(site('2026-10-01', extra), '2026-11-30'), 'home-updates');
    expect(home.status).toBe('fail');
    expect(home.summary).toContain('2026-10-01');
  });

  it('counts a column with nothing published as empty, and more than five of them as a veto', () => {
    const columns = Array.from({ length: 6 }, (_, i) =>
      entry('columns', `empty-${i}`, { name: `空栏目${i}` }),
    );
    const result = judgeUpdateAges(site('2026-11-20', columns), '2026-11-30');
    expect(byId(result, 'empty-columns')).toMatchObject({ level: 'veto', status: 'fail' });
    expect(byId(result, 'news-column-updates').status).toBe('fail');
    expect(
      byId(judgeUpdateAges(site('2026-11-20', columns.slice(0, 2)), '2026-11-30'), 'empty-columns')
        .level,
    ).toBe('score');
  });

  it('holds the other columns to a year, as a deduction', () => {
    const other = byId(judgeUpdateAges(site('2026-11-20'), '2027-04-01'), 'other-column-updates');
    expect(other).toMatchObject({ level: 'score', status: 'fail' });
    expect(other.details).toContain(
      '公开信与倡议书:最近一条发布于 2026-03-10,已 387 天,超过 365 天的时限',
    );
  });
});
