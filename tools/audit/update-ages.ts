import { dayOf, daysBetween } from '../../src/lib/dates.ts';
import {
  defaultStaleDays,
  latestNewsByColumn,
  unpublishedReason,
  type EntryInfo,
} from '../../src/lib/gate/index.ts';
import { articleCollections, sections } from '../../src/schemas/sections.ts';
import type { Indicator } from './model.ts';

/**
 * How long ago the home page and each column last published, against the
 * inspection's limits, judged from the entries the content gate read.
 * 动态要闻类 columns (the news and each of its columns) and the home page
 * must publish within two weeks (the gate's own stale-column limit); other
 * columns (letters, health education and its topics) within a year, which
 * costs points rather than failing the site. A column with nothing published
 * is a 空白栏目: more than five of them fail the site.
 */
export const NEWS_LIMIT_DAYS = defaultStaleDays;
export const OTHER_LIMIT_DAYS = 365;
export const EMPTY_COLUMNS_VETO = 5;

interface ColumnAge {
  name: string;
  kind: '首页' | '动态要闻类' | '其他栏目';
  last: string | undefined;
  limit: number;
}

const nameOf = (e: EntryInfo) =>
  typeof e.data?.['name'] === 'string' ? String(e.data['name']) : (e.id ?? e.file);
const latest = (days: (string | undefined)[]) =>
  days
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1);

function ages(entries: readonly EntryInfo[], today: string): ColumnAge[] {
  const published = entries.filter(
    (e) => e.data && e.id !== null && unpublishedReason(e.data, today) === null,
  );
  const dayOfEntry = (e: EntryInfo) => dayOf(e.data?.['date']) ?? undefined;
  const lastOf = (collection: string, filter: (e: EntryInfo) => boolean = () => true) =>
    latest(published.filter((e) => e.collection === collection && filter(e)).map(dayOfEntry));
  const byColumn = latestNewsByColumn(entries, today);
  const rows: ColumnAge[] = [
    {
      name: '首页',
      kind: '首页',
      last: latest(articleCollections.map((c) => lastOf(c))),
      limit: NEWS_LIMIT_DAYS,
    },
    { name: sections.news.name, kind: '动态要闻类', last: lastOf('news'), limit: NEWS_LIMIT_DAYS },
    ...entries
      .filter((e) => e.collection === 'columns')
      .map((c): ColumnAge => ({
        name: `${sections.news.name} › ${nameOf(c)}`,
        kind: '动态要闻类',
        last: byColumn.get(c.id ?? ''),
        limit: NEWS_LIMIT_DAYS,
      })),
    {
      name: sections.letters.name,
      kind: '其他栏目',
      last: lastOf('letters'),
      limit: OTHER_LIMIT_DAYS,
    },
    {
      name: sections.health.name,
      kind: '其他栏目',
      last: lastOf('health'),
      limit: OTHER_LIMIT_DAYS,
    },
    ...entries
      .filter((e) => e.collection === 'topics')
      .map((t): ColumnAge => ({
        name: `${sections.health.name} › ${nameOf(t)}`,
        kind: '其他栏目',
        last: lastOf('health', (e) => e.data?.['topic'] === t.id),
        limit: OTHER_LIMIT_DAYS,
      })),
  ];
  return rows;
}

const isStale = (a: ColumnAge, today: string) =>
  a.last !== undefined && daysBetween(a.last, today) > a.limit;

/** The update indicators: home page, 动态要闻类 columns, other columns, empty columns. */
export function judgeUpdateAges(entries: readonly EntryInfo[], today: string): Indicator[] {
  const rows = ages(entries, today);
  const table = (list: ColumnAge[]) => ({
    head: ['栏目', '类别', '最近发布', '距今(天)', '时限(天)', '结论'],
    rows: list.map((a) => [
      a.name,
      a.kind,
      a.last ?? '没有已发布的信息',
      a.last === undefined ? '—' : String(daysBetween(a.last, today)),
      String(a.limit),
      a.last === undefined ? '空白栏目' : isStale(a, today) ? '超期未更新' : '按时更新',
    ]),
  });
  const home = rows.filter((a) => a.kind === '首页');
  const news = rows.filter((a) => a.kind === '动态要闻类');
  const other = rows.filter((a) => a.kind === '其他栏目');
  const stale = (list: ColumnAge[]) =>
    list.filter((a) => isStale(a, today) || (a.kind !== '其他栏目' && a.last === undefined));
  const line = (a: ColumnAge) =>
    a.last === undefined
      ? `${a.name}:没有已发布的信息`
      : `${a.name}:最近一条发布于 ${a.last},已 ${daysBetween(a.last, today)} 天,超过 ${a.limit} 天的时限`;
  const empty = rows.filter((a) => a.kind !== '首页' && a.last === undefined);
  const staleHome = stale(home);
  const staleNews = stale(news);
  const staleOther = other.filter((a) => isStale(a, today));
  return [
    {
      id: 'home-updates',
      group: '信息更新',
      title: '首页更新',
      level: 'veto',
      status: staleHome.length > 0 ? 'fail' : 'pass',
      summary: home[0]?.last
        ? `首页最近一条信息发布于 ${home[0].last},距今 ${daysBetween(home[0].last, today)} 天(时限 ${NEWS_LIMIT_DAYS} 天)`
        : '首页没有任何已发布的信息',
      details: staleHome.map(line),
    },
    {
      id: 'news-column-updates',
      group: '信息更新',
      title: '动态要闻类栏目更新',
      level: 'veto',
      status: staleNews.length > 0 ? 'fail' : 'pass',
      summary:
        staleNews.length > 0
          ? `${staleNews.length} 个动态要闻类栏目超过 ${NEWS_LIMIT_DAYS} 天未更新或没有信息`
          : `${news.length} 个动态要闻类栏目都在 ${NEWS_LIMIT_DAYS} 天内更新过`,
      details: staleNews.map(line),
      table: table(news),
    },
    {
      id: 'other-column-updates',
      group: '信息更新',
      title: '其他栏目更新',
      level: 'score',
      status: staleOther.length > 0 ? 'fail' : 'pass',
      summary:
        staleOther.length > 0
          ? `${staleOther.length} 个栏目超过 ${OTHER_LIMIT_DAYS} 天未更新`
          : `其他 ${other.length} 个栏目都在 ${OTHER_LIMIT_DAYS} 天内更新过`,
      details: staleOther.map(line),
      table: table(other),
    },
    {
      id: 'empty-columns',
      group: '信息更新',
      title: '空白栏目',
      level: empty.length > EMPTY_COLUMNS_VETO ? 'veto' : 'score',
      status: empty.length > 0 ? 'fail' : 'pass',
      summary:
        empty.length > 0
          ? `${empty.length} 个栏目没有任何已发布的信息(超过 ${EMPTY_COLUMNS_VETO} 个为单项否决)`
          : '没有空白栏目',
      details: empty.map((a) => `${a.name}:请发布信息,或暂时不设这个栏目`),
    },
  ];
}
