import { describe, expect, it } from 'vitest';
import { referencedPaths, unusedUploads, uploadsInBuild } from '../../src/lib/published-uploads.ts';

describe('referencedPaths', () => {
  it('reads addresses from attributes, srcset, feeds, JSON and scripts, without scheme and host', () => {
    const html = `<a href="/downloads/a.pdf">下载</a>
      <img srcset="/_astro/cover.Ab12_x.webp 640w,/_astro/cover.Ab12_y.webp 1280w" src="/_astro/cover.Ab12.png">
      <enclosure url="https://www.aa.gov.cn/ztzl/cjwscs/media/radio.mp3?v=2" />
      <script type="application/ld+json">{"image":"https:\\/\\/www.aa.gov.cn\\/_astro\\/og.Zz.jpg"}</script>
      <p style="background:url(/_astro/bg.Q1.png)">x.png 不是地址的一部分.pngs</p>`;
    expect(referencedPaths(html)).toEqual([
      '/downloads/a.pdf',
      '/_astro/cover.Ab12_x.webp',
      '/_astro/cover.Ab12_y.webp',
      '/_astro/cover.Ab12.png',
      '/ztzl/cjwscs/media/radio.mp3',
      '/_astro/og.Zz.jpg',
      '/_astro/bg.Q1.png',
      'x.png',
    ]);
  });

  it('reads an address quoted with entities in an inline style, relative ones and ones without quotes', () => {
    const html = `<div style="background-image:url(&quot;/media/poster.png&quot;)"></div>
      <video><source src='../media/clip.webm'><track src=../media/clip.vtt></video>
      <a href=downloads/a.pdf>下载</a>`;
    expect(referencedPaths(html)).toEqual([
      '/media/poster.png',
      '../media/clip.webm',
      '../media/clip.vtt',
      'downloads/a.pdf',
    ]);
    expect(
      unusedUploads(
        ['media/poster.png', 'media/clip.webm', 'media/clip.vtt', 'downloads/a.pdf'],
        [html],
      ),
    ).toEqual([]);
  });

  it('decodes a percent-encoded name (an image uploaded with a Chinese name)', () => {
    expect(referencedPaths('src="/_astro/%E7%81%AD%E8%9A%8A.Ab12.png"')).toEqual([
      '/_astro/灭蚊.Ab12.png',
    ]);
  });
});

describe('uploadsInBuild', () => {
  const built = [
    'index.html',
    'downloads/index.html',
    'downloads/a.pdf',
    'downloads/handbooks/h.pdf',
    'media/radio.mp3',
    'favicon.svg',
    '_astro/cover.Ab12.png',
    '_astro/cover.Ab12_x.webp',
    '_astro/灭蚊.Cd34.png',
    '_astro/site-logo.Ef56.png',
    '_astro/page.Gh78.js',
  ];
  it('takes the copies of public/’s upload folders and the images made from content/uploads, nothing else', () => {
    expect(
      uploadsInBuild(
        built,
        ['downloads/a.pdf', 'downloads/handbooks/h.pdf', 'media/radio.mp3', 'favicon.svg'],
        ['downloads', 'media', 'identifiers'],
        ['cover.png', '灭蚊.png'],
      ),
    ).toEqual([
      'downloads/a.pdf',
      'downloads/handbooks/h.pdf',
      'media/radio.mp3',
      '_astro/cover.Ab12.png',
      '_astro/cover.Ab12_x.webp',
      '_astro/灭蚊.Cd34.png',
    ]);
  });
});

describe('unusedUploads', () => {
  const uploads = [
    'downloads/a.pdf',
    'downloads/b.pdf',
    'media/radio.mp3',
    '_astro/cover.Ab12.png',
    '_astro/cover.Ab12_x.webp',
  ];
  it('keeps what a page, a feed or a style refers to, under a base path too, and leaves out the rest', () => {
    const texts = [
      '<a href="/ztzl/cjwscs/downloads/a.pdf">',
      '<img srcset="/ztzl/cjwscs/_astro/cover.Ab12_x.webp 640w">',
      '<enclosure url="https://www.aa.gov.cn/ztzl/cjwscs/media/radio.mp3"/>',
    ];
    expect(unusedUploads(uploads, texts)).toEqual(['downloads/b.pdf', '_astro/cover.Ab12.png']);
  });

  it('does not count a file of the same name in another folder', () => {
    expect(unusedUploads(['downloads/a.pdf'], ['<a href="/media/a.pdf">'])).toEqual([
      'downloads/a.pdf',
    ]);
    expect(unusedUploads(['downloads/a.pdf'], ['<a href="/x-downloads/a.pdf">'])).toEqual([
      'downloads/a.pdf',
    ]);
  });
});
