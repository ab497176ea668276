/**
 * Builds the demo media of the news items in content/news, since radio and
 * video news need real files to play:
 *   radio-*.mdx  → public/media/<name>.mp3, speaking the item's `audio.transcript`
 *                  word for word, so the transcript is exactly what is heard;
 *   the campaign short → public/media/join-the-campaign.{mp4,vtt} and a poster,
 *                  each caption cue spoken and timed from its own recording;
 *   public/media/podcast-cover.png, the square cover podcast apps show.
 * The voice is espeak-ng's Mandarin; the files are tiny, and the pages that carry them say they are synthetic.
 *
 * Run from the project root:  node tools/demo/make-demo-media.ts
 * Needs: espeak-ng, sox, ffmpeg (apt-get install -y espeak-ng sox ffmpeg), fonts-noto-cjk.
 */
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../support/project-root.ts';

const media = join(PROJECT_ROOT, 'public/media');
const newsDir = join(PROJECT_ROOT, 'content/news');
const FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc';
const tmp = mkdtempSync(join(tmpdir(), 'demo-media-'));

const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();

/** ffmpeg overwriting its output and printing only errors. */
const ffmpeg = (args: string[]) => run('ffmpeg', ['-y', '-loglevel', 'error', ...args]);

/** A drawtext filter: `s` centred across the frame at height `y`. */
const drawText = (s: string, size: number, y: string, colour = 'white') =>
  `drawtext=fontfile=${FONT}:text='${s}':fontsize=${size}:fontcolor=${colour}:x=(w-text_w)/2:y=${y}`;

/** One still frame of the campaign's green, `size` (e.g. 640x360), with `texts` drawn on it, into `out`. */
function renderSlide(size: string, texts: string[], out: string) {
  ffmpeg([
    '-f',
    'lavfi',
    '-i',
    `color=c=0x0b6b3a:s=${size}`,
    '-frames:v',
    '1',
    '-vf',
    texts.join(','),
    out,
  ]);
}

/** Speaks `text` into a WAV file; returns its length in seconds. */
function speak(text: string, wav: string): number {
  run('espeak-ng', ['-v', 'cmn', '-s', '180', '-w', wav, text]);
  return Number(run('soxi', ['-D', wav]).trim());
}

/** 00:00:01.250 */
function vttTime(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

function frontmatter(file: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
  return match ? parse(match[1]!) : {};
}

const report = (file: string) =>
  console.log(`${file}  ${(statSync(file).size / 1024).toFixed(0)} KB`);

function makeRadio() {
  for (const name of readdirSync(newsDir).filter((f) => /^radio-.*\.mdx$/.test(f))) {
    const audio = frontmatter(join(newsDir, name)).audio as
      { src: string; transcript: string } | undefined;
    if (!audio) continue;
    const wav = join(tmp, `${name}.wav`);
    const seconds = speak(audio.transcript, wav);
    const out = join(PROJECT_ROOT, 'public', audio.src);
    // Mono 22 kHz at 32 kbit/s: speech stays clear and a 30-second talk is about 120 KB.
    ffmpeg(['-i', wav, '-ac', '1', '-ar', '22050', '-codec:a', 'libmp3lame', '-b:a', '32k', out]);
    report(out);
    console.log(`  ${name}: audio.duration ${Math.ceil(seconds)}`);
  }
}

const SHORT = {
  name: 'join-the-campaign',
  title: '人人参与创卫  共建健康家园',
  subtitle: '发现问题  请拨打创城投诉热线',
  cues: [
    '人人参与创卫，共建健康家园。',
    '发现卫生死角、乱堆乱放、占道经营，',
    '请拨打创城投诉热线反映。',
  ],
};

function makeShort() {
  const gap = 0.3;
  let t = 0;
  const parts: string[] = [];
  const vtt = ['WEBVTT', ''];
  SHORT.cues.forEach((cue, i) => {
    const wav = join(tmp, `cue-${i}.wav`);
    const seconds = speak(cue, wav);
    const padded = join(tmp, `cue-${i}-padded.wav`);
    run('sox', [wav, padded, 'pad', '0', String(gap)]);
    vtt.push(String(i + 1), `${vttTime(t)} --> ${vttTime(t + seconds)}`, cue, '');
    t += seconds + gap;
    parts.push(padded);
  });
  const voice = join(tmp, 'voice.wav');
  run('sox', [...parts, voice]);
  writeFileSync(join(media, `${SHORT.name}.vtt`), vtt.join('\n'));

  const slide = join(tmp, 'slide.png');
  renderSlide(
    '640x360',
    [
      drawText(SHORT.title, 40, '(h/2)-70'),
      drawText(SHORT.subtitle, 28, '(h/2)+10', '0xfff4dc'),
      drawText('AA市创建省级卫生城市', 22, 'h-60', '0xe7f4ec'),
    ],
    slide,
  );
  ffmpeg(['-i', slide, '-q:v', '5', join(media, `${SHORT.name}-poster.jpg`)]);
  // Two frames a second of one still slide are enough; the voice sets the length.
  ffmpeg([
    '-loop',
    '1',
    '-framerate',
    '2',
    '-i',
    slide,
    '-i',
    voice,
    '-c:v',
    'libx264',
    '-tune',
    'stillimage',
    '-pix_fmt',
    'yuv420p',
    '-crf',
    '30',
    '-c:a',
    'aac',
    '-b:a',
    '32k',
    '-ac',
    '1',
    '-t',
    t.toFixed(2),
    '-movflags',
    '+faststart',
    join(media, `${SHORT.name}.mp4`),
  ]);
  for (const ext of ['mp4', 'vtt']) report(join(media, `${SHORT.name}.${ext}`));
  report(join(media, `${SHORT.name}-poster.jpg`));
}

function makePodcastCover() {
  const out = join(media, 'podcast-cover.png');
  renderSlide(
    '1400x1400',
    [drawText('广播健康讲座', 150, '(h/2)-200'), drawText('AA市创建省级卫生城市', 80, '(h/2)+60')],
    out,
  );
  report(out);
}

try {
  mkdirSync(media, { recursive: true });
  makeRadio();
  makeShort();
  makePodcastCover();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
