import type { Root } from 'mdast';
import type { YamlString } from './parse.ts';
import {
  checkJargon,
  checkSentenceLengths,
  defaultMaxSentenceLength,
  parseJargonList,
  textBlocks,
  type JargonEntry,
} from './plain-language.ts';
import type { Finding, LocalFinding } from './report.ts';
import { checkReviewer, checkSourceHomePages } from './health-review.ts';
import { isArticleCollection } from '../../schemas/sections.ts';
import type { EntryInfo } from './structure.ts';
import type { WordListSource } from './wording.ts';

/**
 * The gate's writing help: warnings that tell an editor how to make an
 * article easier to read and to trust. Sentence length, sources and the
 * reviewer are checked in health articles; the jargon list in every article
 * (drafts included: that is when the help is wanted).
 */

export interface WritingHelp {
  jargon: JargonEntry[];
  maxSentenceLength: number;
  /** From the site settings: health reviewers must be named. */
  publishReviewerNames: boolean;
}

/** Reads the jargon list and the settings the rules need; findings are about the list file. */
export function prepareWritingHelp(
  jargon: WordListSource | undefined,
  entries: readonly EntryInfo[],
  maxSentenceLength: number | undefined,
): { help: WritingHelp; findings: Finding[] } {
  const list = jargon ? parseJargonList(jargon) : { entries: [], findings: [] };
  const settings = entries.find((e) => e.collection === 'settings' && e.data !== null)?.data;
  return {
    help: {
      jargon: list.entries,
      maxSentenceLength: maxSentenceLength ?? defaultMaxSentenceLength,
      publishReviewerNames: settings?.['publishReviewerNames'] === true,
    },
    findings: list.findings,
  };
}

export function checkWritingHelp(
  entry: EntryInfo,
  tree: Root | null,
  source: string,
  yaml: readonly YamlString[],
  help: WritingHelp,
): LocalFinding[] {
  const findings: LocalFinding[] = [];
  const isArticle = entry.id !== null && isArticleCollection(entry.collection);
  if (!isArticle) return findings;
  const blocks = tree ? textBlocks(tree, source) : [];
  findings.push(...checkJargon(blocks, help.jargon));
  if (entry.collection === 'health') {
    findings.push(...checkSentenceLengths(blocks, help.maxSentenceLength));
    findings.push(...checkSourceHomePages(entry, yaml));
    findings.push(...checkReviewer(entry, help.publishReviewerNames));
  }
  return findings;
}
