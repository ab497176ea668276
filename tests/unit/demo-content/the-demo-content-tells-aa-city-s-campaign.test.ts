import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { hotlineSchema } from '../../../src/schemas/hotline.ts';
import { newsSchema } from '../../../src/schemas/news.ts';
import { organisationSchema } from '../../../src/schemas/organisation.ts';
import { standardAreaSchema } from '../../../src/schemas/standards.ts';

/*
 * The only tests that know the demo city's own facts (AA市, from the campaign's brief in
 * /work/shared/seed): its 18 working groups, who leads its headquarters, its hotline's
 * categories. The code and its other tests hold for any city's content; another city that
 * replaces content/ is not held to these (they are skipped when the settings name another city).
 */
const CONTENT = process.env.CONTENT_DIR ?? 'content';
const readYaml = (path: string) => parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const yamlFiles = (folder: string) =>
  readdirSync(join(CONTENT, folder))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(CONTENT, folder, f));
const frontmatter = (path: string) =>
  parse(readFileSync(path, 'utf8').split(/^---\s*$/m)[1] ?? '') as Record<string, unknown>;
// Stand-ins for Astro's image() and reference(), as the content gate uses.
const news = newsSchema({ image: () => z.string(), reference: () => z.string() });
const isTheDemo = readYaml(join(CONTENT, 'settings/site.yaml'))['city'] === 'AA市';

describe.skipIf(!isTheDemo)('the demo content tells AA市’s campaign as the brief does', () => {
  it('organisation: one file, headquarters led by 市委书记 and 市长, 18 groups flagged as examples', () => {
    const files = yamlFiles('organisation');
    expect(files).toHaveLength(1);
    const org = organisationSchema().parse(readYaml(files[0]!));
    expect(org.headquarters.leaders.filter((l) => l.post === '组长').map((l) => l.holder)).toEqual([
      '市委书记',
      '市长',
    ]);
    expect(org.office.leaders.map((l) => l.holder)).toEqual(['主管市长', '市委办公室副主任']);
    expect(org.office.staff).toContain('12 名后备干部');
    expect(org.groups.items).toHaveLength(18);
    expect(org.groups.example).toBe(true);
    expect(new Set(org.groups.items.map((g) => g.name)).size).toBe(18);
    expect(org.mechanisms.map((m) => m.name)).toEqual(['联创联建', '统一协调', '群众参与']);
  });
  it('standards: every area parses, with items in all three statuses and marked as examples', () => {
    const areas = yamlFiles('standards').map((f) => standardAreaSchema().parse(readYaml(f)));
    expect(areas.length).toBeGreaterThanOrEqual(9);
    expect(new Set(areas.flatMap((a) => a.items.map((i) => i.status)))).toEqual(
      new Set(['未开始', '推进中', '已达标']),
    );
    expect(areas.every((a) => a.example)).toBe(true);
    expect(new Set(areas.map((a) => a.order)).size, 'orders are distinct').toBe(areas.length);
  });
  it('hotline: one file, the categories the brief asks for, steps with time limits marked as examples', () => {
    const files = yamlFiles('hotline');
    expect(files).toHaveLength(1);
    const hotline = hotlineSchema().parse(readYaml(files[0]!));
    for (const name of ['卫生死角', '占道经营', '乱堆乱放', '病媒生物', '公共场所吸烟']) {
      expect(hotline.categories.map((c) => c.name)).toContain(name);
    }
    expect(hotline.steps.every((s) => s.timeLimit.length > 0)).toBe(true);
    expect(hotline.example).toBe(true);
  });
  it('news with media: radio items carry audio and a transcript, the video item captions', () => {
    const dir = join(CONTENT, 'news');
    const media = readdirSync(dir).filter((f) => /^(radio|video)-.*\.mdx$/.test(f));
    expect(media.length).toBeGreaterThanOrEqual(3);
    for (const f of media) {
      const data = news.parse(frontmatter(join(dir, f)));
      if (f.startsWith('radio-')) expect(data.audio?.transcript.length, f).toBeGreaterThan(10);
      else expect(data.video?.captions, f).toMatch(/\.vtt$/);
    }
  });
});
