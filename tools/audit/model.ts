/**
 * The inspection self-check (`npm run audit`): what each indicator of the
 * government-website inspection (国办秘函〔2019〕19号) looks like once judged
 * from the content and the build. Indicators are plain data: the modules
 * beside this one make them, report.ts prints them.
 */

/** 单项否决 fails the whole site; 扣分 costs points; 人工核查 is a list for a person to check. */
export type Level = 'veto' | 'score' | 'review';
export type Status = 'pass' | 'fail' | 'review' | 'skipped';

export const levelLabel: Record<Level, string> = {
  veto: '单项否决',
  score: '扣分项',
  review: '人工核查',
};
export const statusLabel: Record<Status, string> = {
  pass: '通过',
  fail: '不通过',
  review: '待人工核查',
  skipped: '未检查',
};

export interface Table {
  head: string[];
  rows: string[][];
}

export interface Indicator {
  /** Stable id, e.g. `column-updates`. */
  id: string;
  /** The inspection's heading it belongs to, e.g. 信息更新. */
  group: string;
  title: string;
  level: Level;
  status: Status;
  /** One sentence: what was found. */
  summary: string;
  /** What to fix or look at, one item a line. */
  details?: string[];
  table?: Table;
}

export interface AuditReport {
  siteName: string;
  /** The site's address, under its base path. */
  siteUrl: string;
  /** The day the content was judged on, YYYY-MM-DD (China time). */
  today: string;
  indicators: Indicator[];
}

export const failedVetoes = (report: AuditReport) =>
  report.indicators.filter((i) => i.level === 'veto' && i.status === 'fail');

/** A failed 单项否决 fails the check (exit 1); deductions and lists for review do not. */
export const exitCodeOf = (report: AuditReport): 0 | 1 => (failedVetoes(report).length > 0 ? 1 : 0);
