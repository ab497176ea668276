import { ICP_FILING_URL, policeFilingUrl } from '../../src/lib/identifiers.ts';
import { formatFinding, type Finding } from '../../src/lib/gate/report.ts';
import { withBase } from '../../src/lib/urls.ts';
import { collectRefs } from '../support/site-checks/links.ts';
import type { Indicator } from './model.ts';

/**
 * The identifiers a government website shows at the foot of every page
 * (党政机关网站标识, 网站标识码, ICP 备案编号 linked to the MIIT system, 公安机关
 * 备案标识, 我为政府网站找错), judged twice: the settings' format (the schema
 * the content gate checks the settings file with) and what every built page
 * really shows.
 */

/** The raw `identifiers` of content/settings/site.yaml (not trusted: it may be malformed). */
interface RawIdentifiers {
  siteCode?: unknown;
  icp?: unknown;
  policeFiling?: { number?: unknown; icon?: unknown };
  partyGovMark?: { image?: unknown; url?: unknown };
  errorReportUrl?: unknown;
  example?: unknown;
}

export interface BuiltPage {
  file: string;
  html: string;
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

interface Item {
  name: string;
  value: string | undefined;
  /** Whether a page shows it. */
  shownOn: (page: BuiltPage, refs: Set<string>) => boolean;
}

export function judgeIdentifiers(
  settings: { organisation?: unknown; identifiers?: RawIdentifiers } | null,
  settingsFindings: readonly Finding[],
  pages: readonly BuiltPage[],
  base: string,
): Indicator[] {
  const ids = settings?.identifiers ?? {};
  const police = text(ids.policeFiling?.number);
  const mark = text(ids.partyGovMark?.image);
  const errorReport = text(ids.errorReportUrl);
  const items: Item[] = [
    {
      name: '主办单位',
      value: text(settings?.organisation),
      shownOn: (p) => p.html.includes('主办单位'),
    },
    {
      name: '党政机关网站标识',
      value: mark,
      shownOn: (_, refs) => mark !== undefined && refs.has(withBase(mark, base)),
    },
    {
      name: '网站标识码',
      value: text(ids.siteCode),
      shownOn: (p) => p.html.includes(`网站标识码:${text(ids.siteCode)}<`),
    },
    {
      name: 'ICP 备案编号',
      value: text(ids.icp),
      shownOn: (p, refs) => refs.has(ICP_FILING_URL) && p.html.includes(`>${text(ids.icp)}<`),
    },
    {
      name: '公安机关备案标识',
      value: police,
      shownOn: (p, refs) =>
        police !== undefined && refs.has(policeFilingUrl(police)) && p.html.includes(`${police}<`),
    },
    {
      name: '“我为政府网站找错”入口',
      value: errorReport,
      shownOn: (p, refs) =>
        errorReport !== undefined && refs.has(errorReport) && p.html.includes('我为政府网站找错'),
    },
  ];
  const refsOf = pages.map((p) => ({ page: p, refs: new Set(collectRefs(p.html)) }));
  const rows = items.map((item) => {
    const missing =
      item.value === undefined
        ? []
        : refsOf.filter(({ page, refs }) => !item.shownOn(page, refs)).map(({ page }) => page.file);
    return { item, missing };
  });
  const unset = rows.filter((r) => r.item.value === undefined);
  const hidden = rows.filter((r) => r.missing.length > 0);
  return [
    {
      id: 'identifiers-format',
      group: '网站标识',
      title: '标识格式(网站标识码、备案编号)',
      level: 'veto',
      status: settingsFindings.length > 0 ? 'fail' : 'pass',
      summary:
        settingsFindings.length > 0
          ? `网站设置中有 ${settingsFindings.length} 处不符合格式:网站无法构建`
          : '网站设置中填写的标识格式正确',
      details: settingsFindings.map(formatFinding),
    },
    {
      id: 'identifiers-shown',
      group: '网站标识',
      title: '每个页面底部展示标识',
      level: 'score',
      status: unset.length + hidden.length > 0 ? 'fail' : 'pass',
      summary:
        unset.length + hidden.length > 0
          ? `${unset.length} 项标识未填写,${hidden.length} 项没有在全部 ${pages.length} 个页面展示`
          : `${items.length} 项标识都已填写,并在全部 ${pages.length} 个页面的底部展示`,
      details: [
        ...unset.map((r) => `${r.item.name}:未填写(content/settings/site.yaml 的 identifiers)`),
        ...hidden.map(
          (r) =>
            `${r.item.name}:${r.missing.length} 个页面没有展示,例如 ${r.missing.slice(0, 3).join('、')}`,
        ),
      ],
      table: {
        head: ['标识', '内容', '展示的页面'],
        rows: rows.map((r) => [
          r.item.name,
          r.item.value ?? '未填写',
          r.item.value === undefined ? '—' : `${pages.length - r.missing.length} / ${pages.length}`,
        ]),
      },
    },
    {
      id: 'identifiers-real',
      group: '网站标识',
      title: '标识为正式编号',
      level: 'score',
      status: ids.example === true ? 'fail' : 'pass',
      summary:
        ids.example === true
          ? '网站标识仍是示例(identifiers.example: true):上线前请换成正式的编号和图片'
          : '网站标识已标为正式编号',
    },
  ];
}
