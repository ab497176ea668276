import { describe, expect, it } from 'vitest';
import { judgeIdentifiers } from '../../../tools/audit/identifiers.ts';

const settings = {
  organisation: 'AA市创建办',
  identifiers: {
    siteCode: '1100000088',
    icp: '京ICP备05070218号',
    policeFiling: { number: '京公网安备11010502000001号', icon: '/identifiers/beian.png' },
    partyGovMark: {
      image: '/identifiers/mark.png',
      url: 'https://bszs.conac.cn/sitename?method=show&id=1',
    },
    errorReportUrl:
      'https://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteId.action?siteCode=1100000088',
    example: false,
  },
};
const footer = (base: string) =>
  `<footer><p>主办单位:AA市创建办</p><a href="https://bszs.conac.cn/sitename?method=show&amp;id=1"><img src="${base}identifiers/mark.png" alt="党政机关网站标识"></a>` +
  `<li>网站标识码:1100000088</li><a href="https://beian.miit.gov.cn/">京ICP备05070218号</a>` +
  `<a href="https://beian.mps.gov.cn/#/query/webSearch?code=11010502000001">京公网安备11010502000001号</a>` +
  `<a href="https://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteId.action?siteCode=1100000088">我为政府网站找错</a></footer>`;
const byId = (list: ReturnType<typeof judgeIdentifiers>, id: string) =>
  list.find((i) => i.id === id)!;

describe('the identifiers as the inspection sees them', () => {
  it('passes when every identifier is set and every page shows it, under the base path', () => {
    const pages = [
      { file: 'index.html', html: footer('/ztzl/cjwscs/') },
      { file: 'health/index.html', html: footer('/ztzl/cjwscs/') },
    ];
    const result = judgeIdentifiers(settings, [], pages, '/ztzl/cjwscs/');
    expect(result.map((i) => i.status)).toEqual(['pass', 'pass', 'pass']);
    expect(byId(result, 'identifiers-shown').table?.rows).toContainEqual([
      '网站标识码',
      '1100000088',
      '2 / 2',
    ]);
  });

  it('names what is not set, and the pages that do not show what is', () => {
    const pages = [
      { file: 'index.html', html: footer('/') },
      { file: 'news/index.html', html: '<footer>主办单位:AA市创建办</footer>' },
    ];
    const { errorReportUrl: _, ...rest } = settings.identifiers;
    const shown = byId(
      judgeIdentifiers({ ...settings, identifiers: rest }, [], pages, '/'),
      'identifiers-shown',
    );
    expect(shown.status).toBe('fail');
    expect(shown.details).toContain(
      '“我为政府网站找错”入口:未填写(content/settings/site.yaml 的 identifiers)',
    );
    expect(shown.details).toContain('网站标识码:1 个页面没有展示,例如 news/index.html');
  });

  it('fails the format (单项否决) on the gate’s schema findings for the settings file, and notes example values', () => {
    const finding = {
      file: 'content/settings/site.yaml',
      line: 17,
      column: 13,
      rule: 'schema' as const,
      severity: 'error' as const,
      message: '网站标识码应为10位',
    };
    const result = judgeIdentifiers(
      { ...settings, identifiers: { ...settings.identifiers, example: true } },
      [finding],
      [],
      '/',
    );
    expect(byId(result, 'identifiers-format')).toMatchObject({
      level: 'veto',
      status: 'fail',
      details: ['content/settings/site.yaml:17:13  schema  错误:网站标识码应为10位'],
    });
    expect(byId(result, 'identifiers-real').status).toBe('fail');
  });
});
