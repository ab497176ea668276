import type { YamlString } from './parse.ts';
import type { LocalFinding } from './report.ts';
import type { EntryInfo } from './structure.ts';

/**
 * What a reader needs to trust a health article, as warnings: sources
 * that lead to the document (not to a site's home page), and a reviewer
 * the office can stand behind (a role, or a name where the office
 * publishes names: settings field `publishReviewerNames`).
 */

/** Path segments that only pick a language: who.int/zh/ is still WHO's home page. */
const languageSegment = /^(zh|cn|en|chs|cht|zh[-_](cn|hans|hant|tw|hk|sg))$/i;
const indexFile = /^(index|default|home|main)\.(s?html?|aspx?|php|jsp)$/i;

/** Whether `url` is the home page of a site (https://www.nhc.gov.cn/, https://www.who.int/zh), not a page in it. */
export function isHomePageUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return false;
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.search !== '') return false;
  const segments = u.pathname.split('/').filter((s) => s !== '' && !languageSegment.test(s));
  return segments.length === 0 || (segments.length === 1 && indexFile.test(segments[0]!));
}

const isHealthEntry = (entry: EntryInfo) =>
  entry.collection === 'health' && entry.data !== null && entry.data['draft'] !== true;

/** Every `sources[i].url` of a health article that is a home page. */
export function checkSourceHomePages(
  entry: EntryInfo,
  strings: readonly YamlString[],
): LocalFinding[] {
  if (!isHealthEntry(entry)) return [];
  const sources = Array.isArray(entry.data?.['sources'])
    ? (entry.data['sources'] as unknown[])
    : [];
  const findings: LocalFinding[] = [];
  for (const s of strings) {
    if (
      s.path.length !== 3 ||
      s.path[0] !== 'sources' ||
      s.path[2] !== 'url' ||
      !isHomePageUrl(s.value)
    )
      continue;
    const source = sources[s.path[1] as number];
    const title =
      typeof source === 'object' &&
      source !== null &&
      typeof (source as Record<string, unknown>)['title'] === 'string'
        ? (source as Record<string, string>)['title']
        : '';
    findings.push({
      line: s.line,
      column: s.column,
      rule: 'source-homepage',
      severity: 'warning',
      message: `来源“${title}”的链接 ${s.value} 是网站首页,读者在首页找不到文章的依据:请改为那份文件或那一页的网址;国家标准、指南没有稳定网址的,请在正文写明全称、编号和年份(如《生活饮用水卫生标准》GB 5749—2022),这里列有网址的来源`,
    });
  }
  return findings;
}

/** Endings of a role or professional title (职称、职务): 主任医师, 高级工程师, 科长 … */
const roleEndings = [
  '医师',
  '医生',
  '护师',
  '药师',
  '技师',
  '治疗师',
  '营养师',
  '咨询师',
  '管理师',
  '工程师',
  '研究员',
  '教授',
  '讲师',
  '主任',
  '科长',
  '所长',
  '院长',
  '站长',
  '局长',
  '处长',
  '部长',
  '专家',
  '干事',
  '负责人',
  '馆员',
];
/** Endings of an institution or one of its departments. */
const institutionEndings = [
  '中心',
  '医院',
  '卫生院',
  '保健院',
  '门诊部',
  '委员会',
  '局',
  '委',
  '办公室',
  '办',
  '所',
  '站',
  '院',
  '大学',
  '学院',
  '学校',
  '学会',
  '协会',
  '科',
  '部',
  '室',
  '处',
  '组',
  '公司',
  '队',
  '馆',
];
const hanName = /^\p{Script=Han}{2,4}$/u;

export interface ReviewerParts {
  role: boolean;
  name: boolean;
  example: boolean;
}

/**
 * Reads a reviewer line written as the schema asks, parts apart by spaces:
 * 单位 [科室] 职称 [姓名], e.g. 市疾控中心 传染病防制科 主任医师 张某.
 * A name is a part of two to four Chinese characters that is neither an
 * institution nor a role (张某, 李明); a role may carry the name (主任医师张某).
 */
export function readReviewer(value: string): ReviewerParts {
  const parts = value
    .split(/[\s、,，;；/|()（）·]+/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  let role = false;
  let name = false;
  for (const part of parts) {
    const at = Math.max(
      ...roleEndings.map((r) => (part.includes(r) ? part.lastIndexOf(r) + r.length : -1)),
    );
    if (at > 0) {
      role = true;
      if (hanName.test(part.slice(at))) name = true;
      continue;
    }
    if (institutionEndings.some((e) => part.endsWith(e))) continue;
    if (hanName.test(part) && !part.includes('示例')) name = true;
  }
  return { role, name, example: value.includes('示例') };
}

/**
 * A health article's reviewer must be someone the office can stand behind:
 * a role (or, when `publishNames`, a person's name) beside the institution,
 * and no example left over from the demo content.
 */
export function checkReviewer(entry: EntryInfo, publishNames: boolean): LocalFinding[] {
  if (!isHealthEntry(entry)) return [];
  const value = entry.data?.['reviewedBy'];
  if (typeof value !== 'string' || value.trim() === '') return [];
  const parts = readReviewer(value);
  const at = entry.keys.get('reviewedBy') ?? { line: 1, column: 1 };
  const warn = (message: string): LocalFinding[] => [
    { ...at, rule: 'reviewer-incomplete', severity: 'warning', message },
  ];
  if (parts.example) {
    return warn(
      `审核人“${value}”是示例:上线前要由真实的审核专家复核本文,再把审核人和审核日期改为真实信息`,
    );
  }
  if (publishNames && !parts.name) {
    return warn(
      `网站设置要求公开审核专家姓名(“公开审核专家姓名”已勾选),审核人“${value}”没有写姓名:请写成“单位 职称 姓名”,各部分用空格隔开,例如“市疾控中心 主任医师 张某”`,
    );
  }
  if (!parts.role && !parts.name) {
    return warn(
      `审核人“${value}”只写了单位,读者不知道由谁把关:请写上审核专家的职称或职务,写成“单位 科室 职称”,例如“市疾控中心 传染病防制科 主任医师”${publishNames ? '' : ';本站不公开姓名时可以不写姓名'}`,
    );
  }
  return [];
}
