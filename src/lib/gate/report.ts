/**
 * Findings and how they are printed: one line per finding,
 * `file:line:column  rule-id  message`, then a summary line; or JSON.
 */

export const ruleIds = [
  'parse-error',
  'file-encoding',
  'file-characters',
  'frontmatter-fence',
  'yaml-construct',
  'invalid-date',
  'file-symlink',
  'file-type',
  'file-place',
  'file-name',
  'duplicate-id',
  'vocabulary-conflict',
  'schema',
  'site-incomplete',
  'mdx-import',
  'mdx-export',
  'mdx-expression',
  'mdx-spread',
  'mdx-unknown-element',
  'mdx-forbidden-element',
  'mdx-unknown-prop',
  'mdx-prop-value',
  'mdx-event-handler',
  'dangerous-html',
  'unsafe-url',
  'wording-forbidden',
  'wording-correction',
  'image-alt',
  'heading-order',
  'broken-link',
  'broken-reference',
  'link-unpublished',
  'attachment-missing',
  'attachment-size',
  'review-overdue',
  'stale-column',
  'source-homepage',
  'sentence-too-long',
  'jargon-unexplained',
  'reviewer-incomplete',
] as const;

export type RuleId = (typeof ruleIds)[number];
export type Severity = 'error' | 'warning';

export interface Finding {
  /** Path relative to the repository, with forward slashes. */
  file: string;
  line: number;
  column: number;
  rule: RuleId;
  severity: Severity;
  /** In Chinese, for editors. */
  message: string;
}

/** A finding before it is tied to a file. */
export type LocalFinding = Omit<Finding, 'file'>;

export const severityLabel: Record<Severity, string> = { error: '错误', warning: '警告' };

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.rule.localeCompare(b.rule),
  );
}

/** `content/news/x.mdx:12:3  unsafe-url  错误:…` */
export function formatFinding(f: Finding): string {
  return `${f.file}:${f.line}:${f.column}  ${f.rule}  ${severityLabel[f.severity]}:${visible(f.message)}`;
}

/** Control characters (a tab or newline hidden in a URL) shown as escapes, so a finding stays on one line. */
export function visible(text: string): string {
  return text.replace(/\p{Cc}/gu, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    if (c === '\r') return '\\r';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

export function countFindings(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  return { errors, warnings: findings.length - errors };
}

export function formatSummary(findings: readonly Finding[], filesChecked: number): string {
  const { errors, warnings } = countFindings(findings);
  const head = `内容检查:检查了 ${filesChecked} 个文件,${errors} 个错误,${warnings} 个警告。`;
  if (errors > 0) return `${head}有错误的内容不能发布,请按上面的提示修改。`;
  if (warnings > 0) return `${head}警告不阻止发布,但请尽快处理。`;
  return `${head}全部通过。`;
}

/** The whole text report: findings, then the summary. */
export function formatReport(findings: readonly Finding[], filesChecked: number): string {
  const lines = sortFindings(findings).map(formatFinding);
  lines.push(formatSummary(findings, filesChecked));
  return lines.join('\n');
}

export function formatJson(findings: readonly Finding[]): string {
  return JSON.stringify(sortFindings(findings), null, 2);
}

/** Errors fail the check; warnings alone do not. */
export function exitCodeFor(findings: readonly Finding[]): 0 | 1 {
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}
