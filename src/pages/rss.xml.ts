import type { APIRoute } from 'astro';
import { buildFeed } from '../lib/feeds';

export const GET: APIRoute = ({ site }) => buildFeed(site!);
