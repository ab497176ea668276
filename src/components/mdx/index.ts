import Callout from './Callout.astro';
import Figure from './Figure.astro';
import KeyPoints from './KeyPoints.astro';
import SiteLink from './SiteLink.astro';

/**
 * What every rendered MDX body is given: the components bodies may use, and
 * `a`, which puts the body's site links under the build's base.
 */
export const mdxComponents = { Callout, KeyPoints, Figure, a: SiteLink };
