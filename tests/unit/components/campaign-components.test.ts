import { readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import Countdown from '../../../src/components/Countdown.astro';
import HandlingSteps from '../../../src/components/HandlingSteps.astro';
import HotlineNumbers from '../../../src/components/HotlineNumbers.astro';
import MediaPlayer from '../../../src/components/MediaPlayer.astro';
import OrgTree from '../../../src/components/OrgTree.astro';
import SiteFooter from '../../../src/components/SiteFooter.astro';
import SiteHeader from '../../../src/components/SiteHeader.astro';
import ProgressOverview from '../../../src/components/ProgressOverview.astro';
import StandardAreaList from '../../../src/components/StandardAreaList.astro';
import { summariseAreas } from '../../../src/lib/progress.ts';
import { organisationSchema, type OrganisationData } from '../../../src/schemas/organisation.ts';
import { settingsSchema } from '../../../src/schemas/settings.ts';

let container: AstroContainer;
let organisation: OrganisationData;
beforeAll(async () => {
  container = await AstroContainer.create();
  organisation = organisationSchema().parse(
    parse(readFileSync('content/organisation/structure.yaml', 'utf8')),
  );
});

const settings = settingsSchema().parse(parse(readFileSync('content/settings/site.yaml', 'utf8')));
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('OrgTree', () => {
  it('nests 指挥部 → 推进组 → 街道办事处 → 责任单位 as lists with headings', async () => {
    const html = await container.renderToString(OrgTree, { props: { organisation } });
    expect(html).toMatch(/<ul[^>]*aria-label="组织机构网络"/);
    const { headquarters, office, groups } = organisation;
    expect(html).toContain(`>${headquarters.name}</h2>`);
    expect(html).toMatch(new RegExp(`<h3[^>]*>${groups.name}（${groups.items.length} 个）</h3>`));
    // One heading per group, and the office's.
    expect(html.match(/<h4[^>]*>/g)).toHaveLength(groups.items.length + 1);
    expect(html).toMatch(/<h5[^>]*>责任单位<\/h5>/);
    // Nesting: 责任单位 comes after 街道办事处, which comes after the groups, inside the 指挥部's item.
    const order = [
      headquarters.name,
      office.name,
      groups.items.at(-1)!.name,
      '街道办事处',
      '责任单位',
    ].map((s) => html.indexOf(s));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text(html)).toContain('示例推进组的名称和职责为示例，待创城办替换为正式内容。');
  });
  it('shows a renamed group and drops the example marks once the office has replaced them', async () => {
    const changed = {
      ...organisation,
      groups: {
        ...organisation.groups,
        example: false,
        items: [{ name: '城市管理组', lead: '常务副市长', duty: '统筹城市管理' }],
      },
    };
    const html = await container.renderToString(OrgTree, { props: { organisation: changed } });
    expect(html).toContain('城市管理组');
    expect(text(html)).toContain('组长：常务副市长');
    expect(html).toContain('创城工作推进组（1 个）');
    expect(html).not.toContain('示例');
  });
});

describe('progress', () => {
  const areas = [
    {
      id: 'env',
      name: '环境保护',
      example: true,
      items: [
        { name: '空气质量', status: '已达标' as const },
        { name: '污水处理', status: '推进中' as const },
      ],
    },
    {
      id: 'water',
      name: '生活饮用水',
      example: true,
      items: [{ name: '二次供水', status: '未开始' as const }],
    },
  ];
  it('the overview draws a labelled bar per area and a table with caption and scoped headers', async () => {
    const s = summariseAreas(areas);
    const html = await container.renderToString(ProgressOverview, {
      props: { ...s, areaHref: (id: string) => `#area-${id}` },
    });
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="bar-label-env"/);
    expect(html).toMatch(/id="bar-label-env"[^>]*>已达标 1 项，推进中 1 项，未开始 0 项，共 2 项</);
    expect(html).toMatch(/<caption[^>]*>各领域标准条目状态（单位：项）（示例数据）<\/caption>/);
    expect(html.match(/<th scope="col"/g)).toHaveLength(5);
    expect(html).toMatch(/<th scope="row"[^>]*>环境保护<\/th>/);
    expect(html).toMatch(/<th scope="row"[^>]*>全部<\/th>/);
  });
  it('a changed status shows in the counts and the item list', async () => {
    const done = areas.map((a) => ({
      ...a,
      example: false,
      items: a.items.map((i) => ({ ...i, status: '已达标' as const })),
    }));
    const overview = await container.renderToString(ProgressOverview, {
      props: summariseAreas(done),
    });
    expect(overview).toContain('已达标 3 项，推进中 0 项，未开始 0 项，共 3 项');
    expect(overview).not.toContain('示例数据');
    const list = await container.renderToString(StandardAreaList, { props: { areas: done } });
    expect(text(list)).toContain('二次供水✓已达标');
    expect(list).toMatch(/<h3 id="area-water"/);
  });
});

describe('Countdown', () => {
  it('states the days to the inspection from the build date passed in', async () => {
    const html = await container.renderToString(Countdown, {
      props: { target: new Date('2027-05-20'), now: new Date('2027-05-10T02:00:00Z') },
    });
    expect(text(html)).toContain('距省级考核还有 10 天');
    expect(html).toContain('data-countdown-days="10"');
    expect(html).toMatch(/<time datetime="2027-05-10"[^>]*>2027年5月10日<\/time>/);
    expect(html).not.toContain('<script');
  });
  it('says so once the date has passed', async () => {
    const html = await container.renderToString(Countdown, {
      props: { target: new Date('2027-05-20'), now: new Date('2027-06-01T02:00:00Z') },
    });
    expect(text(html)).toContain('省级考核已于2027年5月20日进行');
  });
});

describe('hotline parts', () => {
  it('HotlineNumbers links both numbers as tel:', async () => {
    const html = await container.renderToString(HotlineNumbers, { props: { settings } });
    expect(html).toContain(`href="tel:${settings.hotline.number.replace(/[^0-9+]/g, '')}"`);
    expect(html).toContain(`href="tel:${settings.mayorLine.number}"`);
    const other = { ...settings, hotline: { ...settings.hotline, number: '0999-7654321' } };
    expect(
      await container.renderToString(HotlineNumbers, { props: { settings: other } }),
    ).toContain('href="tel:09997654321"');
  });
  it('HandlingSteps numbers the steps with their time limits and marks examples', async () => {
    const steps = [
      { name: '受理登记', description: '登记问题', timeLimit: '即时' },
      { name: '回复', description: '告知结果', timeLimit: '2 个工作日内' },
    ];
    const html = await container.renderToString(HandlingSteps, { props: { steps, example: true } });
    expect(html).toMatch(/<ol[\s\S]*受理登记[\s\S]*回复[\s\S]*<\/ol>/);
    expect(text(html)).toContain('时限：2 个工作日内');
    expect(html).toContain('示例');
    expect(
      await container.renderToString(HandlingSteps, { props: { steps, example: false } }),
    ).not.toContain('示例');
  });
});

describe('MediaPlayer', () => {
  it('gives the video a default Chinese caption track', async () => {
    const html = await container.renderToString(MediaPlayer, {
      props: {
        title: '短片',
        video: {
          src: '/media/a.mp4',
          captions: '/media/a.vtt',
          poster: '/media/a.jpg',
          sizeBytes: 131_130,
        },
      },
    });
    expect(html).toMatch(/<video[^>]*controls[^>]*poster="\/media\/a.jpg"/);
    expect(html).toMatch(/<source src="\/media\/a.mp4" type="video\/mp4"/);
    expect(html).toMatch(
      /<track kind="captions" src="\/media\/a.vtt" srclang="zh-CN" label="中文字幕" default/,
    );
    expect(html).toContain('128 KB');
  });
  it('shows the audio transcript in full, paragraph by paragraph, with the podcast link', async () => {
    const html = await container.renderToString(MediaPlayer, {
      props: {
        title: '讲座',
        audio: { src: '/media/a.mp3', transcript: '第一段。\n\n第二段。', sizeBytes: 2048 },
        podcastHref: '/news/columns/radio/podcast.xml',
      },
    });
    expect(html).toMatch(/<source src="\/media\/a.mp3" type="audio\/mpeg"/);
    expect(html).toMatch(/data-transcript[^>]*>\s*<p[^>]*>第一段。<\/p><p[^>]*>第二段。<\/p>/);
    expect(html).toContain('href="/news/columns/radio/podcast.xml"');
    expect(html).not.toContain('<video');
  });
  it('renders nothing for an item without media', async () => {
    expect((await container.renderToString(MediaPlayer, { props: { title: '新闻' } })).trim()).toBe(
      '',
    );
  });
});

describe('the footer’s identifiers of a government website', () => {
  it('shows each identifier the settings give, linked to its registry, and says the demo ones are examples', async () => {
    const html = await container.renderToString(SiteFooter, { props: { settings } });
    const ids = settings.identifiers!;
    expect(text(html)).toContain(`主办单位:${settings.organisation}`);
    expect(text(html)).toContain(`承办单位:${ids.organiser}`);
    expect(text(html)).toContain(`网站标识码:${ids.siteCode}`);
    expect(html).toMatch(
      new RegExp(`<a[^>]*href="https://beian.miit.gov.cn/"[^>]*>${ids.icp}</a>`),
    );
    expect(html).toMatch(
      /<a[^>]*href="https:\/\/beian\.mps\.gov\.cn\/#\/query\/webSearch\?code=\d{14}"[^>]*><img[^>]*src="\/identifiers\/[^"]+"[^>]*>京公网安备\d{14}号<\/a>/,
    );
    expect(html).toMatch(
      /<img[^>]*src="\/identifiers\/party-gov-mark-example\.png"[^>]*alt="党政机关网站标识"/,
    );
    expect(html).toMatch(
      /<a[^>]*href="https:\/\/zfwzzc\.www\.gov\.cn\/[^"]*"[^>]*>我为政府网站找错<\/a>/,
    );
    expect(html).toMatch(/<a[^>]*href="\/sitemap\/"[^>]*>网站地图<\/a>/);
    expect(text(html)).toContain('示例以上网站标识为示例');
  });

  it('leaves out what the settings leave out, and the example mark once they are real', async () => {
    const real = { ...settings, identifiers: { icp: '京ICP备05070218号', example: false } };
    const html = await container.renderToString(SiteFooter, { props: { settings: real } });
    expect(html).toContain('京ICP备05070218号');
    expect(html).not.toMatch(/网站标识码|公网安备|党政机关网站标识|我为政府网站找错|示例/);
    const { identifiers: _, ...none } = settings;
    expect(await container.renderToString(SiteFooter, { props: { settings: none } })).not.toContain(
      'ICP',
    );
  });
});

describe('the header of a portal’s 专栏', () => {
  it('links back to the portal, and to the hotline with its number in the link’s name', async () => {
    const html = await container.renderToString(SiteHeader, {
      props: { settings, currentPath: '/health/' },
    });
    expect(html).toMatch(
      new RegExp(
        `<a href="${settings.portal!.url}"[^>]*>.*返回门户.*${settings.portal!.name}`,
        's',
      ),
    );
    expect(text(html)).toContain(`热线:${settings.hotline.name} ${settings.hotline.number}`);
    const { portal: _, ...own } = settings;
    expect(
      await container.renderToString(SiteHeader, { props: { settings: own, currentPath: '/' } }),
    ).not.toContain('返回门户');
  });
});
