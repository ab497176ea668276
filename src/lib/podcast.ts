import rss from '@astrojs/rss';

/**
 * A podcast: RSS 2.0 whose items carry their audio as an enclosure, with the
 * iTunes tags podcast apps read. Callers pass absolute URLs and file sizes,
 * so this stays free of content and file-system access.
 */
export const ITUNES_NS = 'http://www.itunes.com/dtds/podcast-1.0.dtd';

export interface PodcastChannel {
  title: string;
  description: string;
  /** The page the podcast belongs to (the column), absolute. */
  link: string;
  author: string;
  /** Square cover, absolute URL. */
  imageUrl?: string | undefined;
  category: string;
}

export interface PodcastEpisode {
  title: string;
  /** The news item's page, absolute. */
  link: string;
  pubDate: Date;
  description: string;
  audio: { url: string; length: number; type: string; duration?: number | undefined };
}

const MEDIA_TYPES: Record<string, string> = {
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  m4a: 'audio/mp4',
  mp4: 'video/mp4',
  webm: 'video/webm',
  vtt: 'text/vtt',
};

/** The MIME type of a media file by its extension, as an enclosure or <source> needs it. */
export function getMediaType(path: string): string {
  const ext = path.split('.').pop()?.toLowerCase() ?? '';
  const type = MEDIA_TYPES[ext];
  if (!type) throw new Error(`不支持的媒体文件类型:${path}`);
  return type;
}

/** 75 → 1:15, 3725 → 1:02:05: itunes:duration as podcast apps show it. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const pad = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

/** The podcast feed as an RSS response. */
export function buildPodcastFeed(
  channel: PodcastChannel,
  episodes: readonly PodcastEpisode[],
): Promise<Response> {
  const e = escapeXml;
  return rss({
    title: channel.title,
    description: channel.description,
    site: channel.link,
    xmlns: { itunes: ITUNES_NS },
    customData: [
      '<language>zh-cn</language>',
      `<itunes:author>${e(channel.author)}</itunes:author>`,
      `<itunes:summary>${e(channel.description)}</itunes:summary>`,
      `<itunes:category text="${e(channel.category)}"/>`,
      '<itunes:explicit>false</itunes:explicit>',
      '<itunes:type>episodic</itunes:type>',
      channel.imageUrl ? `<itunes:image href="${e(channel.imageUrl)}"/>` : '',
    ].join(''),
    items: episodes.map((ep) => ({
      title: ep.title,
      link: ep.link,
      pubDate: ep.pubDate,
      description: ep.description,
      enclosure: { url: ep.audio.url, length: ep.audio.length, type: ep.audio.type },
      customData: [
        `<itunes:summary>${e(ep.description)}</itunes:summary>`,
        '<itunes:explicit>false</itunes:explicit>',
        '<itunes:episodeType>full</itunes:episodeType>',
        ep.audio.duration !== undefined
          ? `<itunes:duration>${formatDuration(ep.audio.duration)}</itunes:duration>`
          : '',
      ].join(''),
    })),
  });
}
