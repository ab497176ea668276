/**
 * The data key that carries a new entry's file name from the CMS's preSave
 * hook to Decap's `slug: '{{fields._slug}}'`; never written to a file (see
 * format.ts). Apart from slug.ts so that what reads it does not load the
 * pinyin dictionary.
 */
export const SLUG_FIELD = '_slug';
