import { contentModel } from '../../schemas/index.ts';
import type { Place, YamlString } from './parse.ts';
import type { LocalFinding } from './report.ts';
import type { EntryInfo } from './structure.ts';
import type { UrlRef } from './urls.ts';

/**
 * The content gate's cache: what it found in each file on its own, so that a
 * rerun parses and checks only the files that changed. A file's entry is
 * keyed by the hash of its bytes and path, the word lists and the gate's
 * version (the hash of the gate's own code, given by the caller), so a new
 * word in forbidden.yaml or a changed rule re-checks every file. Only the
 * per-file checks are kept: links' targets, references, duplicates, stale
 * columns and reviews due read the whole site and today's date, and run on
 * every run from the kept entries. Plain data, stored as JSON by the caller,
 * which also gives the hash function: the gate runs in the CMS's browser page
 * too, where Node's crypto is not there.
 */

/** A file's own findings and the addresses it links to (safe ones, for the checks against the site). */
export interface FileResult {
  findings: LocalFinding[];
  links: UrlRef[];
}

export interface CachedFile {
  entry: StoredEntry;
  /** For vocabulary files: where each of their strings is (the checks across vocabulary files name places). */
  strings: VocabularyString[];
  /** The file's own checks, with the writing help (jargon list, settings) they ran with; absent when the file was only read. */
  alone?: FileResult & { help: string };
}

export type VocabularyString = Pick<YamlString, 'path' | 'line' | 'column'>;

export interface GateCache {
  /** The gate's own version: a hash of its code and the content model. */
  version: string;
  /** A strong hash of the parts (sha256 in the command), for the keys. */
  digest: (parts: readonly string[]) => string;
  /** Key of a file (its bytes, path, the lists, the version) → what the gate read and found in it. */
  files: Map<string, CachedFile>;
  /** Set by a run: how many files' own checks came from the cache. */
  reused?: number;
}

type StoredEntry = Omit<EntryInfo, 'keys' | 'data'> & {
  keys: [string, Place][];
  data: string | null;
};

// Dates in frontmatter data survive the trip through JSON as dates.
const DATE = '\u0000date:';
const replacer = function (this: Record<string, unknown>, key: string, value: unknown) {
  const raw = this[key];
  return raw instanceof Date ? `${DATE}${raw.toISOString()}` : value;
};
const reviver = (_key: string, value: unknown) =>
  typeof value === 'string' && value.startsWith(DATE) ? new Date(value.slice(DATE.length)) : value;

export function storeEntry(entry: EntryInfo): StoredEntry {
  return {
    ...entry,
    keys: [...entry.keys],
    data: entry.data === null ? null : JSON.stringify(entry.data, replacer),
  };
}

export function reviveEntry(stored: StoredEntry): EntryInfo {
  return {
    ...stored,
    keys: new Map(stored.keys),
    data:
      stored.data === null ? null : (JSON.parse(stored.data, reviver) as Record<string, unknown>),
  };
}

export function vocabularyStrings(
  entry: EntryInfo,
  strings: readonly VocabularyString[],
): VocabularyString[] {
  return entry.collection === contentModel.vocabulary.folder
    ? strings.map(({ path, line, column }) => ({ path, line, column }))
    : [];
}

/** The cache as a file's text, and back; a file of another shape or version gives an empty cache. */
export function serializeCache(cache: GateCache): string {
  return JSON.stringify({ version: cache.version, files: [...cache.files] });
}

export function parseCache(
  text: string | null,
  version: string,
  digest: GateCache['digest'],
): GateCache {
  try {
    const data =
      text === null ? null : (JSON.parse(text) as { version?: unknown; files?: unknown });
    if (data && data.version === version && Array.isArray(data.files))
      return { version, digest, files: new Map(data.files as [string, CachedFile][]) };
  } catch {
    // A damaged cache file is a cold start, never a failure.
  }
  return { version, digest, files: new Map() };
}
