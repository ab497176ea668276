import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';
import type { BuildParser } from './parse.ts';

/**
 * The build's own MDX parser for the gate, in Node: Sätteri, which Astro 7's
 * MDX integration compiles every body with, with the features Astro turns on
 * by default (GFM and smart punctuation; astro.config.mjs changes neither).
 * Not for the browser: Sätteri is a native module there is no browser build of here.
 */
export const parseLikeTheBuild: BuildParser = (body) =>
  mdxToMdast(body, { features: { gfm: true, smartPunctuation: true } }) as unknown as Root;
