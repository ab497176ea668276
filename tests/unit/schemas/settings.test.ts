import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { policeFilingUrl } from '../../../src/lib/identifiers.ts';
import { settingsSchema } from '../../../src/schemas/settings.ts';

const demo = parse(readFileSync('content/settings/site.yaml', 'utf8')) as Record<
  string,
  unknown
> & { identifiers: Record<string, unknown> };

/** The Chinese messages of a settings file with these identifiers, by field path. */
function problems(
  identifiers: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Record<string, string> {
  const result = settingsSchema().safeParse({
    ...demo,
    ...extra,
    identifiers: { ...demo.identifiers, ...identifiers },
  });
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

describe('the settings: identifiers of a government website', () => {
  it('accepts the demo, whose identifiers are examples of the right format, marked as examples', () => {
    const settings = settingsSchema().parse(demo);
    expect(settings.identifiers?.example).toBe(true);
    expect(settings.basePath).toBe('/');
  });

  it('accepts every real shape of 网站标识码, ICP and 公安 filing number', () => {
    expect(
      problems({
        siteCode: '1100000088',
        errorReportUrl: undefined,
        icp: '京ICP备05070218号',
        policeFiling: { number: '京公网安备11010502000001号', icon: '/identifiers/beian.png' },
      }),
    ).toEqual({});
    expect(
      problems({ siteCode: 'bm01000001', errorReportUrl: undefined, icp: '粤ICP备12345678号-3' }),
    ).toEqual({});
  });

  it('refuses a malformed 网站标识码, ICP or 公安 number with a Chinese message naming the field', () => {
    expect(problems({ siteCode: '110000008' })['identifiers.siteCode']).toMatch(
      /网站标识码应为10位/,
    );
    expect(problems({ siteCode: 'BM0100000A' })['identifiers.siteCode']).toMatch(/网站标识码/);
    expect(problems({ icp: 'AA ICP备 00000000号' })['identifiers.icp']).toMatch(
      /ICP 备案编号的格式应为/,
    );
    expect(problems({ icp: '京ICP证030173号' })['identifiers.icp']).toMatch(/ICP 备案编号/);
    expect(
      problems({
        policeFiling: { number: '京公网安备1101050200000号', icon: '/identifiers/a.png' },
      })['identifiers.policeFiling.number'],
    ).toMatch(/公安机关备案号的格式应为/);
  });

  it('keeps identifier images in /identifiers/ and links on http(s)', () => {
    expect(
      problems({ partyGovMark: { image: '/uploads/mark.png', url: 'https://bszs.conac.cn/' } })[
        'identifiers.partyGovMark.image'
      ],
    ).toMatch(/\/identifiers\//);
    expect(
      problems({ partyGovMark: { image: '/identifiers/mark.png', url: 'javascript:alert(1)' } })[
        'identifiers.partyGovMark.url'
      ],
    ).toMatch(/http/);
  });

  it('notices a 我为政府网站找错 link for another site’s code', () => {
    expect(
      problems({
        errorReportUrl:
          'https://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteId.action?siteCode=1100000088',
      })['identifiers.errorReportUrl'],
    ).toMatch(/siteCode 与网站标识码不一致/);
  });

  it('leaves every identifier optional', () => {
    const { identifiers: _, ...rest } = demo;
    expect(settingsSchema().safeParse(rest).success).toBe(true);
    expect(settingsSchema().safeParse({ ...rest, identifiers: {} }).success).toBe(true);
  });

  it('keeps the site address a domain, the path going into basePath', () => {
    const result = settingsSchema().safeParse({
      ...demo,
      siteUrl: 'https://www.aa.gov.cn/ztzl/cjwscs/',
    });
    expect(result.error?.issues[0]?.message).toMatch(/网站地址只填协议和域名/);
    expect(
      settingsSchema().safeParse({ ...demo, basePath: 'ztzl' }).error?.issues[0]?.message,
    ).toMatch(/网站路径必须以 \/ 开头和结尾/);
  });

  it('links a 公安 filing number to its record on the national platform', () => {
    expect(policeFilingUrl('京公网安备11010502000001号')).toBe(
      'https://beian.mps.gov.cn/#/query/webSearch?code=11010502000001',
    );
  });
});
