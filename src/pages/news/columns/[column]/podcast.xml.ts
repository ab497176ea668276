import type { APIRoute, GetStaticPaths } from 'astro';
import {
  getAudioNewsItemsByColumn,
  getColumns,
  getPublicFileSize,
  getSiteSettings,
  type Column,
} from '../../../../lib/content';
import { buildPodcastFeed, getMediaType } from '../../../../lib/podcast';
import { columnPath, entryPath, publicFilePath, toAbsoluteUrl } from '../../../../lib/urls';

// A podcast for every column that has items with audio (广播健康讲座).
// No cacheKey (rendered on every build): the feed lists the column's items, which are not in its props.
export const getStaticPaths = (async () => {
  const columns = await getColumns();
  const withAudio = await Promise.all(
    columns.map(async (column) => ({
      column,
      count: (await getAudioNewsItemsByColumn(column.id)).length,
    })),
  );
  return withAudio
    .filter((c) => c.count > 0)
    .map(({ column }) => ({ params: { column: column.id }, props: { column } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { column } = props as { column: Column };
  const settings = await getSiteSettings();
  const items = await getAudioNewsItemsByColumn(column.id);
  const abs = (href: string) => toAbsoluteUrl(href, site!);
  return buildPodcastFeed(
    {
      title: `${settings.siteName} - ${column.data.name}`,
      description: column.data.description,
      link: abs(columnPath(column.id)),
      author: settings.organisation,
      imageUrl: abs(publicFilePath('/media/podcast-cover.png')),
      category: 'Health & Fitness',
    },
    items.map((item) => {
      const audio = item.data.audio!;
      return {
        title: item.data.title,
        link: abs(entryPath('news', item.id)),
        pubDate: item.data.date,
        description: item.data.summary,
        audio: {
          url: abs(publicFilePath(audio.src)),
          length: getPublicFileSize(audio.src, item.filePath ?? item.id),
          type: getMediaType(audio.src),
          duration: audio.duration,
        },
      };
    }),
  );
};
