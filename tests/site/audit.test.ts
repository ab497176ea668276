import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '../support/content.ts';
import { DIST } from '../support/dist.ts';
import { makeWorkDir } from '../support/work-dir.ts';

/**
 * `npm run audit` on the demo content and the build under test, and on copies
 * of the content broken the way inspections fail sites: a news column left
 * without news, an identifier of the wrong format. The day is fixed (the demo
 * news is dated late November 2026), and the browser part is left out (the
 * accessibility tests run the same axe checks).
 */
const TODAY = '2026-11-30';
const work = makeWorkDir('audit');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function audit(content: string, name: string) {
  const out = join(work, `${name}.html`);
  const run = spawnSync(
    'node',
    [
      'tools/audit/audit.ts',
      '--content',
      content,
      '--dist',
      DIST,
      '--today',
      TODAY,
      '--out',
      out,
      '--no-browser',
    ],
    { encoding: 'utf8' },
  );
  return {
    status: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    html: readFileSync(out, 'utf8'),
  };
}

/** A copy of the demo content with `edit` applied to each file of one folder. */
function copyWith(folder: string, edit: (text: string, file: string) => string): string {
  const dir = join(work, `content-${folder}-${Math.random().toString(36).slice(2, 8)}`);
  cpSync(CONTENT_DIR, dir, { recursive: true });
  for (const file of readdirSync(join(dir, folder)))
    writeFileSync(
      join(dir, folder, file),
      edit(readFileSync(join(dir, folder, file), 'utf8'), file),
    );
  return dir;
}

describe('npm run audit', () => {
  it('reports every indicator of the demo site in Chinese, passing every 单项否决, and writes the printable report', () => {
    const { status, stdout, html } = audit(CONTENT_DIR, 'demo');
    expect(status, stdout).toBe(0);
    for (const title of [
      '网站完整',
      '站内链接可用',
      '外部链接',
      '首页更新',
      '动态要闻类栏目更新',
      '空白栏目',
      '信息页面标注发布时间',
      '严重表述错误',
      '错别字',
      '标识格式',
      '每个页面底部展示标识',
      '无障碍',
      '安全响应头',
      '无商业广告',
      '网站地图',
      '站内搜索',
    ]) {
      expect(stdout, title).toContain(title);
    }
    expect(stdout).toMatch(/✓ \[单项否决\] 动态要闻类栏目更新:通过/);
    expect(stdout).toMatch(/✗ \[扣分项\] 标识为正式编号:不通过/);
    expect(stdout).toContain('无障碍(WCAG 2.2 AA,标准和长辈模式):未检查');
    expect(stdout).toMatch(/结论:单项否决指标全部通过/);
    expect(html).toContain('<h1>政府网站检查自查报告</h1>');
    expect(html).toMatch(/<td>创城动态 › 志愿服务<\/td><td>动态要闻类<\/td><td>2026-11-\d\d<\/td>/);
  });

  it('fails when a news column has had nothing new for more than two weeks', () => {
    const stale = copyWith('news', (text) =>
      /^column: volunteers$/m.test(text) ? text.replace(/^date: .*$/m, 'date: 2026-10-01') : text,
    );
    const { status, stdout, html } = audit(stale, 'stale');
    expect(status).toBe(1);
    expect(stdout).toMatch(/✗ \[单项否决\] 动态要闻类栏目更新:不通过/);
    expect(stdout).toContain(
      '创城动态 › 志愿服务:最近一条发布于 2026-10-01,已 60 天,超过 14 天的时限',
    );
    expect(stdout).toMatch(/结论:不合格:1 项单项否决指标未通过\(动态要闻类栏目更新\)/);
    expect(html).toContain('超期未更新');
  });

  it('fails when an identifier does not have its format, naming the field in Chinese', () => {
    const broken = copyWith('settings', (text) =>
      text.replace('siteCode: "0000000000"', 'siteCode: "00000"'),
    );
    const { status, stdout } = audit(broken, 'identifier');
    expect(status).toBe(1);
    expect(stdout).toMatch(/✗ \[单项否决\] 标识格式\(网站标识码、备案编号\):不通过/);
    expect(stdout).toMatch(/settings\/site\.yaml:\d+:\d+  schema  错误:.*网站标识码应为10位/);
  });
});
