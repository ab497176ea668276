import { splitWords, type VocabularyData } from '../../schemas/vocabulary.ts';

/**
 * The search vocabulary across all its files (content/vocabulary/*.yaml):
 * the groups of words residents use for the same thing. The schema checks
 * each file on its own; the rules that span files (a word belongs to one
 * group; words listed as distinct never share one) are checked here, when
 * the search index is built, so a conflict stops the build naming both files.
 */

/** One vocabulary file, as the index step reads it. */
export interface VocabularyFile {
  /** Where it is, for messages (content/vocabulary/x.yaml). */
  path: string;
  data: Pick<VocabularyData, 'groups' | 'distinct'>;
}

/** A group of words, folded for matching, and where it was written. */
export interface WordGroup {
  words: string[];
  file: string;
  /** Its place in the file, from 0. */
  index: number;
}

/** A word as queries and page text are compared: NFKC and lower case (see normalizeQuery). */
export const foldWord = (word: string) => word.normalize('NFKC').toLowerCase();

const placeOf = (group: WordGroup) => `${group.file} 第 ${group.index + 1} 组`;

/** A rule broken across files: on the group it is reported on, with a Chinese message naming both places. */
export interface VocabularyProblem {
  file: string;
  /** The group, from 0. */
  index: number;
  message: string;
}

/** Every group of every file, and what breaks the rules across files. */
export function collectWordGroups(files: readonly VocabularyFile[]): {
  groups: WordGroup[];
  problems: VocabularyProblem[];
} {
  const groups: WordGroup[] = files.flatMap((file) =>
    file.data.groups.map((line, index) => ({
      words: splitWords(line).map(foldWord),
      file: file.path,
      index,
    })),
  );
  const problems: VocabularyProblem[] = [];
  const groupOf = new Map<string, WordGroup>();
  for (const group of groups) {
    for (const word of group.words) {
      const earlier = groupOf.get(word);
      if (earlier && earlier !== group)
        problems.push({
          file: group.file,
          index: group.index,
          message: `“${word}”同时在 ${placeOf(earlier)}和 ${placeOf(group)}:一个词只能属于一组,请删去一处`,
        });
      else groupOf.set(word, group);
    }
  }
  for (const file of files) {
    for (const line of file.data.distinct) {
      const words = splitWords(line).map(foldWord);
      words.forEach((a, i) => {
        for (const b of words.slice(i + 1)) {
          const group = groupOf.get(a);
          if (group && group === groupOf.get(b)) {
            problems.push({
              file: group.file,
              index: group.index,
              message: `${placeOf(group)}把“${a}”和“${b}”放在一起,但 ${file.path} 说它们意思不同(不能合并的词)`,
            });
          }
        }
      });
    }
  }
  return { groups, problems };
}
