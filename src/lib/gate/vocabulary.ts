import { contentModel } from '../../schemas/index.ts';
import { collectWordGroups } from '../search/vocabulary.ts';
import type { VocabularyString } from './cache.ts';
import type { Finding } from './report.ts';
import type { EntryInfo } from './structure.ts';

/**
 * The search vocabulary's rules across files (src/lib/search/vocabulary.ts):
 * a word in the groups of two files, or a group joining words another file
 * lists as distinct. Each file's own schema checks the same within a file;
 * these need every file, so they run here, where the gate sees them all,
 * as well as at the index step of the build.
 */
export function checkVocabularyAcrossFiles(
  entries: readonly { entry: EntryInfo; strings: readonly VocabularyString[] }[],
): Finding[] {
  const lines = (value: unknown) =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  const files = entries.filter(
    ({ entry }) => entry.collection === contentModel.vocabulary.folder && entry.data !== null,
  );
  const { problems } = collectWordGroups(
    files.map(({ entry }) => ({
      path: entry.file,
      data: { groups: lines(entry.data!['groups']), distinct: lines(entry.data!['distinct']) },
    })),
  );
  return problems.map((problem) => {
    const strings = files.find(({ entry }) => entry.file === problem.file)?.strings ?? [];
    const where = strings.find((s) => s.path[0] === 'groups' && s.path[1] === problem.index) ?? {
      line: 1,
      column: 1,
    };
    return {
      file: problem.file,
      line: where.line,
      column: where.column,
      rule: 'vocabulary-conflict',
      severity: 'error',
      message: problem.message,
    };
  });
}
