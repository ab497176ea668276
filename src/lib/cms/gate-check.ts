import { checkContent, type Finding, type RuleId } from '../gate/index.ts';
import { fieldAtLine } from './editor-messages.ts';

/**
 * The content gate (src/lib/gate) over the one file the CMS is about to
 * save. Rules that need the rest of the repository (links to other pages,
 * references, attachments that exist, stale columns, ids of other files) are
 * left to `npm run check:content` on the build, where the file is not alone;
 * the schema the CMS checks itself, with its form's labels.
 */
export const REPOSITORY_RULES: ReadonlySet<RuleId> = new Set([
  'broken-link',
  'broken-reference',
  'link-unpublished',
  'attachment-missing',
  'attachment-size',
  'stale-column',
  // The collection's schema: the CMS checks it itself before saving (validate.ts), with the form's labels.
  'schema',
  // The file with the same address is elsewhere in the repository.
  'duplicate-id',
]);

export interface WordLists {
  forbidden: { path: string; text: string };
  corrections: { path: string; text: string };
  /** The jargon list, when the site has one. */
  jargon?: { path: string; text: string } | undefined;
}

export interface FileToSave {
  /** Repository path, e.g. content/health/x.mdx. */
  path: string;
  /** Path inside the content folder, e.g. health/x.mdx. */
  contentPath: string;
  text: string;
}

/** One finding of the gate, tied to the form field whose text it is in. */
export interface GateProblem {
  rule: RuleId;
  /** The top-level field (`body` for the article text), when the line is known to be in one. */
  field: string | undefined;
  /** The gate's own message (see editor-messages.ts for the form's wording). */
  message: string;
}

export interface GateVerdict {
  errors: GateProblem[];
  warnings: GateProblem[];
}

/**
 * Errors (which stop the save) and warnings (shown, not blocking) for `file`; `today` is YYYY-MM-DD.
 * `settings` is the site settings file as saved, read for the rules it configures (reviewer names).
 */
export function checkFileToSave(
  file: FileToSave,
  wording: WordLists,
  today: string,
  settings?: FileToSave,
): GateVerdict {
  const { findings } = checkContent({
    files: settings && settings.path !== file.path ? [file, settings] : [file],
    contentAssets: new Map(),
    publicAssets: new Map(),
    wording,
    today,
    only: new Set([file.path]),
  });
  const relevant = findings.filter((f) => f.file === file.path && !REPOSITORY_RULES.has(f.rule));
  const format = /\.ya?ml$/.test(file.path) ? 'yaml' : 'mdx';
  const problem = (f: Finding): GateProblem => ({
    rule: f.rule,
    field: fieldAtLine(file.text, f.line, format),
    message: f.message,
  });
  return {
    errors: relevant.filter((f) => f.severity === 'error').map(problem),
    warnings: relevant.filter((f) => f.severity === 'warning').map(problem),
  };
}
