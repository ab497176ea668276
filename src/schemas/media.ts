import { z } from 'astro/zod';
import { publicFilePattern } from './common.ts';

/**
 * Self-hosted video and audio on news items. Files live in public/media/
 * and are referenced by their site path; the build fails when one is missing
 * (see `getPublicFileSize` in src/lib/content.ts).
 */
const mediaPath = (
  title: string,
  extensions: readonly string[],
  widget: 'file' | 'image' = 'file',
  description?: string,
) =>
  z
    .string({ error: `缺少${title}` })
    .regex(
      publicFilePattern('media', extensions),
      `${title}必须放在 /media/ 下,以 ${extensions.map((e) => `.${e}`).join('、')} 结尾(文件名用英文字母、数字和 _ . -)`,
    )
    .meta({ title, widget, description });

export const videoExtensions = ['mp4', 'webm'] as const;
export const audioExtensions = ['mp3', 'ogg', 'm4a'] as const;

/** A video with the WebVTT captions deaf readers need: both required. */
export const videoField = () =>
  z
    .object({
      src: mediaPath('视频文件', videoExtensions),
      captions: mediaPath(
        '字幕文件(WebVTT)',
        ['vtt'],
        'file',
        '与视频同步的中文字幕,.vtt 格式;听障读者靠它看懂视频',
      ),
      poster: mediaPath('封面画面', ['jpg', 'jpeg', 'png', 'webp'], 'image').optional(),
    })
    .strict()
    .meta({ title: '视频' });

/** A broadcast with the transcript of what is said: both required. */
export const audioField = () =>
  z
    .object({
      src: mediaPath('音频文件', audioExtensions),
      transcript: z
        .string({ error: '音频必须附文字稿' })
        .trim()
        .min(10, '文字稿至少 10 个字')
        .meta({
          title: '文字稿',
          widget: 'text',
          description: '音频里实际说的话,一字不差;听不了音频的读者读它',
        }),
      duration: z
        .number({ error: '时长必须是秒数' })
        .int()
        .positive()
        .optional()
        .meta({ title: '时长(秒)', description: '可选:播客订阅里显示' }),
    })
    .strict()
    .meta({ title: '音频(广播)' });

export type VideoData = z.output<ReturnType<typeof videoField>>;
export type AudioData = z.output<ReturnType<typeof audioField>>;
