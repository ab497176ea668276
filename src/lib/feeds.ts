import rss from '@astrojs/rss';
import {
  getAllArticles,
  getHealthArticles,
  getLetters,
  getNewsItems,
  getSiteSettings,
  type Article,
} from './content.ts';
import { sections } from '../schemas/sections.ts';
import { entryPath, homePath, toAbsoluteUrl, type ArticleCollection } from './urls.ts';

const FEED_SIZE = 50;
const loaders = { letters: getLetters, health: getHealthArticles, news: getNewsItems } as const;

/** An RSS response for every article, or for one collection. */
export async function buildFeed(site: URL, collection?: ArticleCollection): Promise<Response> {
  const settings = await getSiteSettings();
  const articles: Article[] = collection ? await loaders[collection]() : await getAllArticles();
  return rss({
    title: collection ? `${settings.siteName} - ${sections[collection].name}` : settings.siteName,
    description: `${settings.city}${settings.campaign}宣传与健康教育`,
    // The channel's link is the site's home, under the base when it is a portal's 专栏.
    site: toAbsoluteUrl(homePath(), site),
    customData: '<language>zh-cn</language>',
    items: articles.slice(0, FEED_SIZE).map((a) => ({
      title: a.data.title,
      link: entryPath(a.collection, a.id),
      pubDate: a.data.date,
      description: a.data.summary,
      categories: a.data.tags,
    })),
  });
}
