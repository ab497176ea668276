import { describe, expect, it } from 'vitest';
import {
  countStatuses,
  describeCounts,
  percentDone,
  summariseAreas,
  toBarSegments,
} from '../../src/lib/progress.ts';

const area = (id: string, statuses: ('未开始' | '推进中' | '已达标')[], example = false) => ({
  id,
  name: id,
  example,
  items: statuses.map((status) => ({ status })),
});

describe('counting the standard by status', () => {
  it('counts each status and the total', () => {
    expect(
      countStatuses([{ status: '已达标' }, { status: '推进中' }, { status: '推进中' }]),
    ).toEqual({ 已达标: 1, 推进中: 2, 未开始: 0, total: 3 });
  });
  it('sums every area into the overall counts and flags demo data', () => {
    const s = summariseAreas([area('a', ['已达标', '未开始']), area('b', ['推进中'], true)]);
    expect(s.overall).toEqual({ 已达标: 1, 推进中: 1, 未开始: 1, total: 3 });
    expect(s.areas.map((a) => a.counts.total)).toEqual([2, 1]);
    expect(s.example).toBe(true);
    expect(summariseAreas([area('a', ['已达标'])]).example).toBe(false);
  });
  it('says every status in words, done first', () => {
    expect(describeCounts(countStatuses([{ status: '未开始' }, { status: '已达标' }]))).toBe(
      '已达标 1 项，推进中 0 项，未开始 1 项，共 2 项',
    );
  });
  it('gives whole per cents, and 0 for an empty area', () => {
    expect(
      percentDone(
        countStatuses([{ status: '已达标' }, { status: '推进中' }, { status: '未开始' }]),
      ),
    ).toBe(33);
    expect(percentDone(countStatuses([]))).toBe(0);
  });
});

describe('stacked bar segments', () => {
  it('lays statuses end to end across the width, leaving out empty ones', () => {
    const segments = toBarSegments({ 已达标: 1, 推进中: 0, 未开始: 3, total: 4 }, 100);
    expect(segments).toEqual([
      { status: '已达标', x: 0, width: 25 },
      { status: '未开始', x: 25, width: 75 },
    ]);
  });
  it('draws nothing when there are no items', () => {
    expect(toBarSegments({ 已达标: 0, 推进中: 0, 未开始: 0, total: 0 }, 100)).toEqual([]);
  });
});
