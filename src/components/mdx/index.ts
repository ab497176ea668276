import Callout from './Callout.astro';
import Figure from './Figure.astro';
import KeyPoints from './KeyPoints.astro';

/** The components article bodies may use, passed to every rendered MDX body. */
export const mdxComponents = { Callout, KeyPoints, Figure };
