import { formatFinding, type Finding } from '../../src/lib/gate/report.ts';
import type { Indicator } from './model.ts';

/**
 * The content gate's findings, sorted into the inspection's indicators:
 * forbidden wording is a 严重表述错误 (单项否决), common wrong forms
 * (错别字) cost points, and any other error means the site cannot be built
 * as it stands. Findings on the settings file are the identifiers' (see
 * identifiers.ts); the gate's own warnings about stale columns are judged by
 * update-ages.ts with the same limit.
 */
const isWording = (f: Finding) => f.rule === 'wording-forbidden' || f.rule === 'wording-correction';

export function judgeContent(findings: readonly Finding[], settingsFile: string): Indicator[] {
  const own = findings.filter((f) => f.file !== settingsFile);
  const serious = own.filter((f) => f.rule === 'wording-forbidden' && f.severity === 'error');
  const typos = own.filter((f) => isWording(f) && !serious.includes(f));
  const errors = own.filter((f) => f.severity === 'error' && !isWording(f));
  const lines = (list: readonly Finding[]) => list.map(formatFinding);
  return [
    {
      id: 'serious-wording',
      group: '内容安全',
      title: '严重表述错误(禁用、敏感词语)',
      level: 'veto',
      status: serious.length > 0 ? 'fail' : 'pass',
      summary:
        serious.length > 0
          ? `发现 ${serious.length} 处禁用或敏感的表述`
          : '没有发现禁用或敏感的表述(按 content/wording/forbidden.yaml)',
      details: lines(serious),
    },
    {
      id: 'typos',
      group: '内容安全',
      title: '错别字和需斟酌的用语',
      level: 'score',
      status: typos.length > 0 ? 'fail' : 'pass',
      summary:
        typos.length > 0
          ? `发现 ${typos.length} 处常见错别字或需要人工斟酌的用语`
          : '没有发现常见错别字(按 content/wording/corrections.yaml)',
      details: lines(typos),
    },
    {
      id: 'content-gate',
      group: '内容安全',
      title: '内容检查(npm run check:content)',
      level: 'veto',
      status: errors.length > 0 ? 'fail' : 'pass',
      summary:
        errors.length > 0
          ? `内容检查有 ${errors.length} 个错误:有错误的内容不能发布`
          : '内容检查没有错误',
      details: lines(errors),
    },
  ];
}
