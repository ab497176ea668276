import { describe, expect, it } from 'vitest';
import { judgeAccessibility } from '../../../tools/audit/accessibility.ts';
import { judgeContent } from '../../../tools/audit/content.ts';
import { exitCodeOf, type AuditReport, type Indicator } from '../../../tools/audit/model.ts';
import { formatSummary, renderReportHtml, verdictOf } from '../../../tools/audit/report.ts';
import type { Finding } from '../../../src/lib/gate/report.ts';

const indicator = (over: Partial<Indicator>): Indicator => ({
  id: 'x',
  group: '信息更新',
  title: '首页更新',
  level: 'veto',
  status: 'pass',
  summary: '按时更新',
  ...over,
});
const report = (indicators: Indicator[]): AuditReport => ({
  siteName: 'AA市创建省级卫生城市',
  siteUrl: 'https://www.aa.gov.cn/ztzl/cjwscs/',
  today: '2026-11-30',
  indicators,
});

describe('the audit report', () => {
  it('fails (exit 1) on a failed 单项否决 only; deductions and lists for review do not', () => {
    expect(
      exitCodeOf(
        report([
          indicator({}),
          indicator({ level: 'score', status: 'fail' }),
          indicator({ level: 'review', status: 'review' }),
        ]),
      ),
    ).toBe(0);
    expect(exitCodeOf(report([indicator({ status: 'fail' })]))).toBe(1);
    expect(verdictOf(report([indicator({ status: 'fail' })]))).toBe(
      '不合格:1 项单项否决指标未通过(首页更新)',
    );
  });

  it('prints one line per indicator and the details of failures, at most five each', () => {
    const text = formatSummary(
      report([
        indicator({
          status: 'fail',
          summary: '首页已 30 天没有更新',
          details: ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
        }),
      ]),
      'reports/x.html',
    );
    expect(text).toContain('✗ [单项否决] 首页更新:不通过。首页已 30 天没有更新');
    expect(text).toContain('    e\n    ……另有 2 条,见报告');
    expect(text).toMatch(/结论:不合格/);
    expect(text).toContain('完整报告(可打印存档):reports/x.html');
  });

  it('writes a printable page in Chinese with the content escaped', () => {
    const html = renderReportHtml(
      report([
        indicator({
          details: ['<script>alert(1)</script>'],
          table: { head: ['栏目'], rows: [['创城 & 动态']] },
        }),
      ]),
    );
    expect(html).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(html).toContain('@page { size: A4');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<td>创城 &amp; 动态</td>');
    expect(html).toContain('自查人');
  });
});

describe('the content gate’s findings as indicators', () => {
  const f = (over: Partial<Finding>): Finding => ({
    file: 'content/news/a.mdx',
    line: 3,
    column: 1,
    rule: 'wording-forbidden',
    severity: 'error',
    message: '禁用',
    ...over,
  });
  it('makes forbidden wording a veto, wrong forms a deduction, other errors the gate’s, and leaves the settings to the identifiers', () => {
    const [serious, typos, gate] = judgeContent(
      [
        f({}),
        f({ rule: 'wording-correction', severity: 'warning' }),
        f({ rule: 'broken-link' }),
        f({ file: 'content/settings/site.yaml', rule: 'schema' }),
      ],
      'content/settings/site.yaml',
    );
    expect(serious).toMatchObject({
      level: 'veto',
      status: 'fail',
      details: ['content/news/a.mdx:3:1  wording-forbidden  错误:禁用'],
    });
    expect(typos).toMatchObject({ level: 'score', status: 'fail' });
    expect(gate?.details).toHaveLength(1);
    expect(gate?.details?.[0]).toContain('broken-link');
  });
});

describe('accessibility as an indicator', () => {
  it('names the page and the mode of each violation, and says when the browser was not run', () => {
    const result = judgeAccessibility([
      { template: '/', path: '/', mode: 'default', violations: [] },
      {
        template: '/health/*/',
        path: '/health/x/',
        mode: 'elderly',
        violations: [
          'color-contrast (serious): Elements must meet minimum color contrast\n    at h1',
        ],
      },
    ]);
    expect(result.status).toBe('fail');
    expect(result.details).toEqual([
      '/health/x/(长辈模式):color-contrast (serious): Elements must meet minimum color contrast',
    ]);
    expect(judgeAccessibility(null).status).toBe('skipped');
  });
});
