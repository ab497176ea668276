import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { entryPath } from '../../src/lib/urls.ts';
import { useBrowser } from '../support/use-browser.ts';
import { CONTENT_DIR } from '../support/content.ts';

const origin = inject('siteOrigin');
const browser = useBrowser();

describe('news media in Chromium', () => {
  it('the campaign short loads with its Chinese captions showing', async () => {
    const page = await browser().newPage();
    await page.goto(origin + entryPath('news', 'video-join-the-campaign'), { waitUntil: 'load' });
    const video = await page.evaluate(async () => {
      const v = document.querySelector('video')!;
      const track = v.querySelector('track')!;
      await new Promise((done) =>
        track.readyState === 2 ? done(0) : track.addEventListener('load', done),
      );
      await new Promise((done) =>
        v.readyState >= 1 ? done(0) : v.addEventListener('loadedmetadata', done),
      );
      const captions = v.textTracks[0]!;
      return {
        mode: captions.mode,
        language: captions.language,
        cues: Array.from(captions.cues ?? [], (c) => (c as VTTCue).text),
        duration: v.duration,
      };
    });
    expect(video.mode).toBe('showing');
    expect(video.language).toBe('zh-CN');
    expect(video.cues[0]).toBe('人人参与创卫，共建健康家园。');
    expect(video.duration).toBeGreaterThan(video.cues.length);
    await page.close();
  });
  it('a radio talk’s audio loads and lasts about as long as its stated duration', async () => {
    const page = await browser().newPage();
    await page.goto(origin + entryPath('news', 'radio-clear-standing-water'), {
      waitUntil: 'load',
    });
    const seconds = await page.evaluate(async () => {
      const a = document.querySelector('audio')!;
      await new Promise((done) =>
        a.readyState >= 1 ? done(0) : a.addEventListener('loadedmetadata', done),
      );
      return a.duration;
    });
    const stated = parse(
      readFileSync(join(CONTENT_DIR, 'news', 'radio-clear-standing-water.mdx'), 'utf8').split(
        /^---\s*$/m,
      )[1]!,
    ).audio.duration;
    expect(Math.abs(seconds - stated)).toBeLessThan(1.5);
    await page.close();
  });
});
