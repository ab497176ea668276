import type { ReadingMode } from '../support/site-checks/axe.ts';
import type { Indicator } from './model.ts';

/** What axe found on one page template in one reading mode. */
export interface AxeResult {
  template: string;
  path: string;
  mode: ReadingMode;
  violations: string[];
}

const modeLabel: Record<ReadingMode, string> = {
  default: '标准模式',
  elderly: '长辈模式',
  'high-contrast': '高对比度',
};

/**
 * 无障碍和适老化: axe-core's WCAG 2.2 A/AA checks on every page template, in
 * the standard and the 长辈 mode (tools/support/site-checks/axe.ts, the checks the
 * accessibility tests run). `results` is null when the browser was not run.
 */
export function judgeAccessibility(results: readonly AxeResult[] | null): Indicator {
  const base = {
    id: 'accessibility',
    group: '无障碍与适老化',
    title: '无障碍(WCAG 2.2 AA,标准和长辈模式)',
    level: 'score' as const,
  };
  if (results === null)
    return {
      ...base,
      status: 'skipped',
      summary: '没有运行浏览器检查(--no-browser):去掉这个选项再运行一次',
    };
  const failing = results.filter((r) => r.violations.length > 0);
  const templates = new Set(results.map((r) => r.template)).size;
  return {
    ...base,
    status: failing.length > 0 ? 'fail' : 'pass',
    summary:
      failing.length > 0
        ? `${failing.length} 个页面(模式)有无障碍问题`
        : `${templates} 类页面在标准和长辈模式下都没有发现无障碍问题`,
    details: failing.flatMap((r) =>
      r.violations.map((v) => `${r.path}(${modeLabel[r.mode]}):${v.split('\n')[0]}`),
    ),
    table: {
      head: ['页面类型', '示例页面', '模式', '问题数'],
      rows: results.map((r) => [
        r.template,
        r.path,
        modeLabel[r.mode],
        String(r.violations.length),
      ]),
    },
  };
}
