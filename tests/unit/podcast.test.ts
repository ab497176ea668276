import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  buildPodcastFeed,
  escapeXml,
  formatDuration,
  getMediaType,
  ITUNES_NS,
} from '../../src/lib/podcast.ts';

describe('podcast helpers', () => {
  it('knows the MIME types of the media it serves', () => {
    expect(getMediaType('/media/a.mp3')).toBe('audio/mpeg');
    expect(getMediaType('/media/a.OGG')).toBe('audio/ogg');
    expect(getMediaType('/media/a.mp4')).toBe('video/mp4');
    expect(getMediaType('/media/a.vtt')).toBe('text/vtt');
    expect(() => getMediaType('/media/a.wav')).toThrow('不支持的媒体文件类型');
  });
  it('writes durations as podcast apps show them', () => {
    expect(formatDuration(33)).toBe('0:33');
    expect(formatDuration(75)).toBe('1:15');
    expect(formatDuration(3725)).toBe('1:02:05');
  });
  it('escapes XML specials', () => {
    expect(escapeXml(`Health & "Fitness" <x>`)).toBe('Health &amp; &quot;Fitness&quot; &lt;x&gt;');
  });
});

describe('the podcast feed', () => {
  it('is RSS 2.0 with an audio enclosure per episode and iTunes tags', async () => {
    const response = await buildPodcastFeed(
      {
        title: '广播健康讲座',
        description: '健康讲座 & 访谈',
        link: 'https://example.gov.cn/news/columns/radio/',
        author: '创城办',
        imageUrl: 'https://example.gov.cn/media/podcast-cover.png',
        category: 'Health & Fitness',
      },
      [
        {
          title: '勤洗手',
          link: 'https://example.gov.cn/news/radio-handwashing/',
          pubDate: new Date('2026-11-25'),
          description: '正确洗手',
          audio: {
            url: 'https://example.gov.cn/media/radio-handwashing.mp3',
            length: 122480,
            type: 'audio/mpeg',
            duration: 31,
          },
        },
      ],
    );
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const rss = new XMLParser({ ignoreAttributes: false }).parse(xml).rss;
    expect(rss['@_version']).toBe('2.0');
    expect(rss['@_xmlns:itunes']).toBe(ITUNES_NS);
    const channel = rss.channel;
    expect(channel['itunes:category']['@_text']).toBe('Health & Fitness');
    expect(channel['itunes:image']['@_href']).toBe(
      'https://example.gov.cn/media/podcast-cover.png',
    );
    expect(channel['itunes:author']).toBe('创城办');
    expect(channel.language).toBe('zh-cn');
    const item = channel.item;
    expect(item.enclosure).toEqual({
      '@_url': 'https://example.gov.cn/media/radio-handwashing.mp3',
      '@_length': '122480',
      '@_type': 'audio/mpeg',
    });
    expect(item['itunes:duration']).toBe('0:31');
    expect(item.guid['#text']).toBe('https://example.gov.cn/news/radio-handwashing/');
  });
});
