import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { hotlineSchema } from '../../../src/schemas/hotline.ts';
import { newsSchema } from '../../../src/schemas/news.ts';
import { organisationSchema } from '../../../src/schemas/organisation.ts';
import { standardAreaSchema } from '../../../src/schemas/standards.ts';

const CONTENT = process.env.CONTENT_DIR ?? 'content';
const readYaml = (path: string) => parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const yamlFiles = (folder: string) =>
  readdirSync(join(CONTENT, folder))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(CONTENT, folder, f));
// Stand-ins for Astro's image() and reference(), as the content gate uses.
const news = newsSchema({ image: () => z.string(), reference: () => z.string() });
const messages = (result: { success: boolean; error?: z.ZodError }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('bad campaign content is refused with the field named', () => {
  it('a status outside the three is refused', () => {
    const result = standardAreaSchema().safeParse({
      name: '环境保护',
      order: 1,
      items: [{ name: '空气质量', status: '完成' }],
    });
    expect(messages(result)).toEqual(['items.0.status: 状态只能是:未开始、推进中、已达标']);
  });
  it('an area without items is refused', () => {
    expect(
      messages(standardAreaSchema().safeParse({ name: '环境保护', order: 1, items: [] })),
    ).toEqual(['items: 每个领域至少填写一个条目']);
  });
  it('a video without captions, or captions that are not WebVTT, is refused', () => {
    const base = {
      title: '创城短片',
      date: '2026-11-01',
      summary: '一段创城宣传短片的介绍文字',
      column: 'campaign',
      source: '本站',
      author: '创城办',
    };
    expect(messages(news.safeParse({ ...base, video: { src: '/media/a.mp4' } }))).toEqual([
      'video.captions: 缺少字幕文件(WebVTT)',
    ]);
    expect(
      messages(
        news.safeParse({ ...base, video: { src: '/media/a.mp4', captions: '/media/a.srt' } }),
      )[0],
    ).toMatch(/^video.captions: 字幕文件\(WebVTT\)必须放在 \/media\/ 下/);
    expect(
      news.safeParse({ ...base, video: { src: '/media/a.mp4', captions: '/media/a.vtt' } }).success,
    ).toBe(true);
  });
  it('audio without a transcript, or outside /media/, is refused', () => {
    const base = {
      title: '健康讲座',
      date: '2026-11-01',
      summary: '一期广播健康讲座的介绍文字',
      column: 'radio',
      source: '广播电台',
      author: '创城办',
    };
    expect(messages(news.safeParse({ ...base, audio: { src: '/media/a.mp3' } }))).toEqual([
      'audio.transcript: 音频必须附文字稿',
    ]);
    expect(
      messages(
        news.safeParse({
          ...base,
          audio: { src: 'https://x.cn/a.mp3', transcript: '各位听众,这里是健康讲座。' },
        }),
      )[0],
    ).toMatch(/^audio.src: 音频文件必须放在 \/media\/ 下/);
  });
  it('a working group without a lead is refused', () => {
    const org = organisationSchema().parse(readYaml(yamlFiles('organisation')[0]!));
    const bad = {
      ...org,
      groups: { ...org.groups, items: [{ name: '健康教育组', duty: '组织健康教育' }] },
    };
    expect(messages(organisationSchema().safeParse(bad))).toEqual([
      'groups.items.0.lead: 缺少组长',
    ]);
  });
});

describe('every campaign field has a Chinese title for the CMS', () => {
  it('organisation, standards, hotline and the news media fields', () => {
    const untitled: string[] = [];
    // A field's title sits on it or on the .optional()/.default() around it, as in the existing schemas.
    const walk = (schema: z.ZodType, path: string, titled = false): void => {
      const meta = schema.meta() as { title?: string } | undefined;
      const hasTitle = titled || /[\u4e00-\u9fff]/.test(meta?.title ?? '');
      const def = (
        schema as unknown as {
          def: { innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> };
        }
      ).def;
      if (def.innerType) return walk(def.innerType, path, hasTitle);
      if (!hasTitle) untitled.push(path);
      if (def.element) return walk(def.element, `${path}[]`);
      if (def.shape) for (const [k, v] of Object.entries(def.shape)) walk(v, `${path}.${k}`);
    };
    for (const [name, schema] of Object.entries({
      organisation: organisationSchema(),
      standards: standardAreaSchema(),
      hotline: hotlineSchema(),
    })) {
      for (const [k, v] of Object.entries(schema.shape)) walk(v as z.ZodType, `${name}.${k}`);
    }
    walk(news.shape.video, 'news.video');
    walk(news.shape.audio, 'news.audio');
    expect(untitled).toEqual([]);
  });
});
