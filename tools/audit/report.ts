import {
  failedVetoes,
  levelLabel,
  statusLabel,
  type AuditReport,
  type Indicator,
} from './model.ts';

/**
 * The self-check report, twice: a short summary for the terminal and a
 * printable HTML page an office can file (A4, no script, no outside files).
 */

const mark: Record<Indicator['status'], string> = {
  pass: '✓',
  fail: '✗',
  review: '?',
  skipped: '-',
};

/** The conclusion in one sentence. */
export function verdictOf(report: AuditReport): string {
  const vetoes = failedVetoes(report);
  const deductions = report.indicators.filter(
    (i) => i.level === 'score' && i.status === 'fail',
  ).length;
  if (vetoes.length > 0)
    return `不合格:${vetoes.length} 项单项否决指标未通过(${vetoes.map((v) => v.title).join('、')})`;
  if (deductions > 0) return `单项否决指标全部通过;${deductions} 项扣分指标需要整改`;
  return '单项否决指标和扣分指标全部通过';
}

/** The terminal summary: a line per indicator, the details of what failed (at most `maxDetails` each), the verdict. */
export function formatSummary(report: AuditReport, reportFile?: string, maxDetails = 5): string {
  const lines = [
    `${report.siteName}(${report.siteUrl})政府网站检查自查,检查日期 ${report.today}`,
    '',
  ];
  for (const i of report.indicators) {
    lines.push(
      `${mark[i.status]} [${levelLabel[i.level]}] ${i.title}:${statusLabel[i.status]}。${i.summary}`,
    );
    if (i.status === 'fail') {
      const details = i.details ?? [];
      for (const d of details.slice(0, maxDetails)) lines.push(`    ${d}`);
      if (details.length > maxDetails)
        lines.push(`    ……另有 ${details.length - maxDetails} 条,见报告`);
    }
  }
  lines.push('', `结论:${verdictOf(report)}`);
  if (reportFile) lines.push(`完整报告(可打印存档):${reportFile}`);
  return lines.join('\n');
}

const escape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function renderIndicator(i: Indicator): string {
  const details = i.details?.length
    ? `<ul>${i.details.map((d) => `<li>${escape(d)}</li>`).join('')}</ul>`
    : '';
  const table = i.table?.rows.length
    ? `<table><thead><tr>${i.table.head.map((h) => `<th scope="col">${escape(h)}</th>`).join('')}</tr></thead><tbody>${i.table.rows
        .map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`
    : '';
  return `<section class="indicator ${i.status}"><h3><span class="status">${mark[i.status]} ${statusLabel[i.status]}</span> ${escape(i.title)} <span class="level">${levelLabel[i.level]}</span></h3><p>${escape(i.summary)}</p>${details}${table}</section>`;
}

/** The printable report. */
export function renderReportHtml(report: AuditReport): string {
  const groups = [...new Set(report.indicators.map((i) => i.group))];
  const rows = report.indicators
    .map(
      (i) =>
        `<tr class="${i.status}"><td>${escape(i.group)}</td><td>${escape(i.title)}</td><td>${levelLabel[i.level]}</td><td>${mark[i.status]} ${statusLabel[i.status]}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>政府网站检查自查报告 - ${escape(report.siteName)} - ${report.today}</title>
<style>
  @page { size: A4; margin: 18mm 15mm; }
  body { font-family: system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #111; line-height: 1.6; max-width: 60rem; margin: 0 auto; padding: 1rem; }
  h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.25rem; border-bottom: 3px solid #0b6b3a; padding-bottom: .2rem; margin-top: 2rem; }
  h3 { font-size: 1.05rem; margin: 0 0 .25rem; } .level { font-weight: normal; font-size: .85rem; border: 1px solid #777; border-radius: 4px; padding: 0 .3rem; }
  .verdict { font-size: 1.15rem; font-weight: bold; padding: .6rem .8rem; border: 3px solid #0b6b3a; }
  .verdict.fail { border-color: #a4161a; color: #a4161a; }
  .indicator { border-left: 6px solid #0b6b3a; padding: .4rem .8rem; margin: .8rem 0; break-inside: avoid; }
  .indicator.fail { border-color: #a4161a; } .indicator.review { border-color: #7a4b00; } .indicator.skipped { border-color: #777; }
  .fail .status { color: #a4161a; } table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .4rem 0; }
  th, td { border: 1px solid #999; padding: .2rem .4rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; } th { background: #eee; white-space: nowrap; }
  tr.fail td { color: #a4161a; } ul { margin: .3rem 0; padding-left: 1.2rem; overflow-wrap: anywhere; }
  .sign { margin-top: 2.5rem; display: grid; grid-template-columns: repeat(3, 1fr); gap: 1rem; } .sign p { border-top: 1px solid #111; padding-top: .3rem; }
</style>
</head>
<body>
<h1>政府网站检查自查报告</h1>
<p>网站:${escape(report.siteName)}(${escape(report.siteUrl)})<br>检查日期:${report.today}<br>依据:《政府网站发展指引》(国办发〔2017〕47号)、《政府网站与政务新媒体检查指标》(国办秘函〔2019〕19号);由 npm run audit 根据网站内容和构建结果自动判定,“人工核查”一项须由工作人员逐条核对。</p>
<p class="verdict ${failedVetoes(report).length > 0 ? 'fail' : 'pass'}">结论:${escape(verdictOf(report))}</p>
<h2>指标一览</h2>
<table><thead><tr><th scope="col">类别</th><th scope="col">指标</th><th scope="col">性质</th><th scope="col">结果</th></tr></thead><tbody>${rows}</tbody></table>
${groups
  .map(
    (g) =>
      `<h2>${escape(g)}</h2>${report.indicators
        .filter((i) => i.group === g)
        .map(renderIndicator)
        .join('\n')}`,
  )
  .join('\n')}
<div class="sign"><p>自查人:</p><p>审核人:</p><p>日期:</p></div>
</body>
</html>
`;
}
