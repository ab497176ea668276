import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { daysUntil } from '../../src/lib/dates.ts';
import { formatFileSize } from '../../src/lib/file-size.ts';
import { toTelHref } from '../../src/lib/phone.ts';
import {
  entryPath,
  hotlinePath,
  organisationPath,
  podcastPath,
  progressPath,
} from '../../src/lib/urls.ts';
import { CONTENT_DIR } from '../support/content.ts';
import { DIST, htmlFileFor, listDistFiles, readDist } from '../support/dist.ts';
import { resolveStaticFile } from '../../tools/support/static-server.ts';

const yaml = (path: string) => parse(readFileSync(join(CONTENT_DIR, path), 'utf8'));
const settings = yaml('settings/site.yaml');
const page = (urlPath: string) => parseDocument(readDist(htmlFileFor(urlPath)));
const all = (root: ReturnType<typeof parseDocument> | Element, test: (e: Element) => boolean) =>
  DomUtils.findAll(test, [root as never]);
const byTag = (root: ReturnType<typeof parseDocument> | Element, tag: string) =>
  all(root, (e) => e.name === tag);
const text = (node: Element | Element[]) =>
  DomUtils.textContent(node as never)
    .replace(/\s+/g, ' ')
    .trim();
/** The file a site path resolves to in dist/, or a failure naming the page. */
const fileOf = (ref: string, where: string) => {
  const file = resolveStaticFile(DIST, new URL(ref, 'https://x').pathname);
  expect(file, `${where}: ${ref} does not resolve`).toBeDefined();
  return file!;
};

describe('the hotline page', () => {
  const doc = page(hotlinePath());
  it('links the campaign hotline and the mayor’s line from the settings as tel:', () => {
    const tels = byTag(doc, 'main')
      .flatMap((m) => byTag(m, 'a'))
      .map((a) => a.attribs.href);
    expect(tels).toContain(toTelHref(settings.hotline.number));
    expect(tels).toContain(toTelHref(settings.mayorLine.number));
  });
  it('lists what to report and each handling step with its time limit, inside data-pagefind-body', () => {
    const body = all(doc, (e) => 'data-pagefind-body' in e.attribs);
    expect(body).toHaveLength(1);
    const bodyText = text(body[0]!);
    const hotline = yaml('hotline/hotline.yaml');
    for (const c of hotline.categories) expect(bodyText).toContain(c.name);
    for (const s of hotline.steps) expect(bodyText).toContain(`时限：${s.timeLimit}`);
    expect(bodyText).toContain('办理流程和时限为示例');
    expect(byTag(body[0]!, 'h1')).toHaveLength(1);
  });
});

describe('every page header', () => {
  it('offers the hotline page and the tel: button, on phones as on desktop (no hidden nav)', () => {
    const pages = listDistFiles('.html').filter(
      (f) => !f.startsWith('admin/') && !f.startsWith('qr/'),
    );
    expect(pages.length).toBeGreaterThan(20);
    for (const f of pages) {
      const header = byTag(parseDocument(readDist(f)), 'header')[0];
      if (!header) continue;
      const hrefs = byTag(header, 'a').map((a) => a.attribs.href);
      expect(hrefs, f).toContain(hotlinePath());
      expect(hrefs, f).toContain(toTelHref(settings.hotline.number));
    }
  });
});

describe('the organisation page', () => {
  const doc = page(organisationPath());
  const org = yaml('organisation/structure.yaml');
  it('draws the structure as nested lists: groups, then streets, then units, under the headquarters', () => {
    const tree = all(doc, (e) => e.attribs['aria-label'] === '组织机构网络')[0]!;
    expect(tree.name).toBe('ul');
    const headings = all(tree, (e) => /^h[2-6]$/.test(e.name)).map((h) => `${h.name}:${text(h)}`);
    expect(headings[0]).toBe(`h2:${org.headquarters.name}`);
    expect(headings).toContain(`h5:${org.units.name}`);
    for (const g of org.groups.items)
      expect(
        headings.some((h) => h.startsWith('h4:') && h.includes(g.name)),
        g.name,
      ).toBe(true);
    // 责任单位 sits four lists deep: 指挥部 > 推进组 > 街道办事处 > 责任单位.
    const units = all(tree, (e) => e.name === 'h5')[0]!;
    let depth = 0;
    for (let n: Element | null = units; n; n = n.parent as Element | null)
      if (n.name === 'ul') depth++;
    expect(depth).toBe(4);
  });
  it('marks the working groups as examples', () => {
    expect(text(byTag(doc, 'main')[0]!)).toContain('推进组的名称和职责为示例');
  });
});

describe('the progress page', () => {
  const doc = page(progressPath());
  const main = byTag(doc, 'main')[0]!;
  it('has a table with a caption and scoped headers whose totals match the data', () => {
    const table = byTag(main, 'table')[0]!;
    expect(text(byTag(table, 'caption'))).toContain('各领域标准条目状态');
    expect(all(table, (e) => e.name === 'th' && e.attribs.scope === 'col')).toHaveLength(5);
    const files = readdirSync(join(CONTENT_DIR, 'standards')).filter((f) => f.endsWith('.yaml'));
    const items = files.flatMap((f) => yaml(`standards/${f}`).items as { status: string }[]);
    const total = byTag(byTag(table, 'tfoot')[0]!, 'td').map((td) => Number(text(td)));
    expect(total).toEqual([
      items.filter((i) => i.status === '已达标').length,
      items.filter((i) => i.status === '推进中').length,
      items.filter((i) => i.status === '未开始').length,
      items.length,
    ]);
    expect(all(table, (e) => e.name === 'th' && e.attribs.scope === 'row')).toHaveLength(
      files.length + 1,
    );
  });
  it('gives every bar a text alternative and says each item’s status in words', () => {
    for (const svg of byTag(main, 'svg')) {
      expect(svg.attribs.role).toBe('img');
      const label = all(doc, (e) => e.attribs.id === svg.attribs['aria-labelledby'])[0];
      expect(text(label!)).toMatch(/^已达标 \d+ 项，推进中 \d+ 项，未开始 \d+ 项，共 \d+ 项$/);
    }
    const itemLines = all(
      main,
      (e) => e.name === 'li' && /(未开始|推进中|已达标)$/.test(text(e)) && e.parent?.type === 'tag',
    );
    expect(itemLines.length).toBeGreaterThanOrEqual(30);
  });
  it('counts the days to the inspection from the build date, with no script, once the office has set the date', () => {
    const found = all(main, (e) => 'data-countdown-days' in e.attribs);
    if (settings.inspectionDate === undefined) {
      // The brief gives no inspection date: residents see no countdown to an invented one.
      expect(found).toEqual([]);
      return;
    }
    const p = found[0]!;
    const days = Number(p.attribs['data-countdown-days']);
    expect(text(p)).toBe(`距省级考核还有 ${days} 天`);
    const built = all(p.parent as Element, (e) => e.name === 'time').map(
      (t) => t.attribs.datetime!,
    )[1]!;
    expect(days).toBe(
      daysUntil(new Date(settings.inspectionDate), new Date(`${built}T12:00:00+08:00`)),
    );
  });
});

describe('news media', () => {
  const news = (id: string) => page(entryPath('news', id));
  it('the video plays with a default caption track, and its files resolve', () => {
    const doc = news('video-join-the-campaign');
    const video = byTag(doc, 'video')[0]!;
    const track = byTag(video, 'track')[0]!;
    expect(track.attribs).toMatchObject({ kind: 'captions', srclang: 'zh-CN' });
    expect('default' in track.attribs).toBe(true);
    expect(readFileSync(fileOf(track.attribs.src!, 'caption track'), 'utf8')).toMatch(/^WEBVTT\n/);
    fileOf(byTag(video, 'source')[0]!.attribs.src!, 'video');
    fileOf(video.attribs.poster!, 'poster');
  });
  it('radio items play their audio and show the transcript that is in the content', () => {
    for (const id of ['radio-clear-standing-water', 'radio-handwashing']) {
      const doc = news(id);
      const audio = byTag(doc, 'audio')[0]!;
      const src = byTag(audio, 'source')[0]!.attribs.src!;
      expect(statSync(fileOf(src, id)).size).toBeLessThan(300 * 1024);
      const transcript = all(doc, (e) => 'data-transcript' in e.attribs)[0]!;
      const frontmatter = parse(
        readFileSync(join(CONTENT_DIR, 'news', `${id}.mdx`), 'utf8').split(/^---\s*$/m)[1]!,
      );
      expect(text(transcript)).toBe(frontmatter.audio.transcript);
    }
  });
  it('the radio column has a podcast: RSS 2.0 with enclosures that resolve at their stated length', () => {
    const xml = readDist(podcastPath('radio').slice(1));
    expect(XMLValidator.validate(xml)).toBe(true);
    const rss = new XMLParser({ ignoreAttributes: false }).parse(xml).rss;
    expect(rss['@_xmlns:itunes']).toBe('http://www.itunes.com/dtds/podcast-1.0.dtd');
    fileOf(rss.channel['itunes:image']['@_href'], 'podcast cover');
    const items = [rss.channel.item].flat();
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const item of items) {
      const { '@_url': url, '@_length': length, '@_type': type } = item.enclosure;
      expect(url).toMatch(new RegExp(`^${settings.siteUrl}/media/`));
      expect(type).toBe('audio/mpeg');
      expect(Number(length)).toBe(statSync(fileOf(url, 'enclosure')).size);
      expect(item['itunes:duration']).toMatch(/^\d+:\d{2}$/);
    }
  });
});

describe('the download centre', () => {
  const doc = page('/downloads/');
  const cards = byTag(byTag(doc, 'main')[0]!, 'article');
  it('shows cover, pages and size for each download, and its PDF link works', () => {
    expect(cards.length).toBeGreaterThanOrEqual(1);
    for (const card of cards) {
      const img = byTag(card, 'img')[0]!;
      expect(img.attribs.alt!.length).toBeGreaterThan(2);
      fileOf(img.attribs.src!, 'cover');
      const link = byTag(card, 'a').find((a) => a.attribs.href?.endsWith('.pdf'))!;
      const pdf = fileOf(link.attribs.href!, 'PDF');
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      // The page count shown is the PDF's own (for a handbook it is read from the printed file).
      const pages = /^Pages:\s+(\d+)/m.exec(
        execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }),
      )?.[1];
      expect(text(card)).toContain(`${pages} 页`);
      expect(text(card)).toContain(formatFileSize(statSync(pdf).size));
    }
  });

  it('offers each handbook of content/handbooks with its edition date', () => {
    for (const title of ['AA市创建省级卫生城市宣传手册', 'AA市健康教育读本']) {
      const card = cards.find((c) => text(c).includes(title));
      expect(card, title).toBeDefined();
      expect(text(card!)).toMatch(/版次:\d{4}年\d{1,2}月\d{1,2}日/);
    }
  });
});
