import type { Root } from 'mdast';
import { lineStarts, parseYaml, placeAt, walk, type Place, type YamlString } from './parse.ts';
import type { Finding, LocalFinding, Severity } from './report.ts';

/**
 * 错敏字: forbidden or sensitive wording (errors) and common wrong forms
 * (warnings), from two data files editors' supervisors maintain:
 * content/wording/forbidden.yaml and content/wording/corrections.yaml.
 */

export interface ForbiddenEntry {
  phrase: string;
  reason: string;
  suggestion: string | undefined;
  /** Longer phrases containing `phrase` that are fine (e.g. 无法根治). */
  allow: string[];
  severity: Severity;
}

export interface CorrectionEntry {
  phrase: string;
  correct: string;
  reason: string;
  allow: string[];
}

export interface WordLists {
  forbidden: ForbiddenEntry[];
  corrections: CorrectionEntry[];
}

export interface WordListSource {
  /** Path relative to the repository, for findings. */
  path: string;
  text: string;
}

/** A run of text to check, and where each of its characters is written. */
export interface TextSegment {
  text: string;
  placeOf(index: number): Place;
}

const forbiddenKeys = new Set(['phrase', 'reason', 'suggestion', 'allow', 'level']);
const correctionKeys = new Set(['phrase', 'correct', 'reason', 'allow']);

/** A malformed entry of a word list (wording or jargon), reported on the list file at the entry. */
export function listProblem(file: string, place: Place, message: string): Finding {
  return {
    file,
    line: place.line,
    column: place.column,
    rule: 'parse-error',
    severity: 'error',
    message,
  };
}

type ReadListResult = {
  items: { entry: Record<string, unknown>; place: Place }[];
  findings: Finding[];
};

/**
 * The lists last read, by file and text: every check of one file (the CMS on
 * each save, the dev server on each change) reads the same lists, and reading
 * them with the places of every string costs more than checking an article.
 */
const readLists = new Map<string, ReadListResult>();
const READ_LISTS_KEPT = 8;

/** Parses and validates one list file; malformed entries become parse-error findings on that file. */
export function readList(
  source: WordListSource,
  allowedKeys: ReadonlySet<string>,
  required: readonly string[],
): ReadListResult {
  const key = [source.path, source.text, [...allowedKeys].join(','), required.join(',')].join('\0');
  let result = readLists.get(key);
  if (result === undefined) {
    result = parseList(source, allowedKeys, required);
    if (readLists.size >= READ_LISTS_KEPT) readLists.delete(readLists.keys().next().value!);
    readLists.set(key, result);
  }
  // Callers add findings of their own: each gets its own array.
  return { items: result.items, findings: [...result.findings] };
}

function parseList(
  source: WordListSource,
  allowedKeys: ReadonlySet<string>,
  required: readonly string[],
): ReadListResult {
  const parsed = parseYaml(source.text);
  const findings: Finding[] = parsed.problems.map((p) =>
    listProblem(source.path, p, `词表 YAML 格式错误:${p.message}`),
  );
  const items: ReadListResult['items'] = [];
  if (findings.length > 0) return { items, findings };
  const data = parsed.data ?? [];
  if (!Array.isArray(data)) {
    findings.push(
      listProblem(source.path, { line: 1, column: 1 }, '词表必须是一个列表,每项以“- phrase: ”开头'),
    );
    return { items, findings };
  }
  const seen = new Set<string>();
  data.forEach((raw: unknown, i) => {
    const place: Place = parsed.strings.find((s: YamlString) => s.path[0] === i) ?? {
      line: 1,
      column: 1,
    };
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      findings.push(
        listProblem(source.path, place, `第 ${i + 1} 项必须包含 ${required.join('、')} 等字段`),
      );
      return;
    }
    const entry = raw as Record<string, unknown>;
    for (const k of Object.keys(entry)) {
      if (!allowedKeys.has(k))
        findings.push(
          listProblem(
            source.path,
            place,
            `第 ${i + 1} 项有不认识的字段 ${k}(可用:${[...allowedKeys].join('、')})`,
          ),
        );
    }
    for (const k of required) {
      if (typeof entry[k] !== 'string' || (entry[k] as string).trim() === '') {
        findings.push(listProblem(source.path, place, `第 ${i + 1} 项缺少 ${k}(必须是文字)`));
        return;
      }
    }
    const phrase = (entry['phrase'] as string).trim();
    if (seen.has(phrase))
      findings.push(listProblem(source.path, place, `“${phrase}”在词表中重复出现`));
    seen.add(phrase);
    const allow = entry['allow'];
    if (allow !== undefined) {
      if (
        !Array.isArray(allow) ||
        !allow.every((a) => typeof a === 'string' && a.includes(phrase))
      ) {
        findings.push(
          listProblem(
            source.path,
            place,
            `“${phrase}”的 allow 必须是列表,每项都是包含“${phrase}”的较长说法`,
          ),
        );
        return;
      }
    }
    items.push({ entry, place });
  });
  return { items, findings };
}

/** Reads both lists. Findings are about the list files themselves. */
export function parseWordLists(
  forbidden: WordListSource,
  corrections: WordListSource,
): { lists: WordLists; findings: Finding[] } {
  const f = readList(forbidden, forbiddenKeys, ['phrase', 'reason']);
  const c = readList(corrections, correctionKeys, ['phrase', 'correct', 'reason']);
  const findings = [...f.findings, ...c.findings];
  const lists: WordLists = { forbidden: [], corrections: [] };
  for (const { entry, place } of f.items) {
    const level = entry['level'] ?? 'error';
    if (level !== 'error' && level !== 'warning') {
      findings.push(listProblem(forbidden.path, place, `level 只能是 error 或 warning`));
      continue;
    }
    const suggestion =
      typeof entry['suggestion'] === 'string' ? entry['suggestion'].trim() : undefined;
    lists.forbidden.push({
      phrase: String(entry['phrase']).trim(),
      reason: String(entry['reason']).trim(),
      suggestion: suggestion === '' ? undefined : suggestion,
      allow: (entry['allow'] as string[] | undefined) ?? [],
      severity: level,
    });
  }
  for (const { entry, place } of c.items) {
    const phrase = String(entry['phrase']).trim();
    const correct = String(entry['correct']).trim();
    if (phrase === correct) {
      findings.push(listProblem(corrections.path, place, `“${phrase}”的正确写法与错误写法相同`));
      continue;
    }
    lists.corrections.push({
      phrase,
      correct,
      reason: String(entry['reason']).trim(),
      allow: (entry['allow'] as string[] | undefined) ?? [],
    });
  }
  return { lists, findings };
}

/**
 * Folds full-width ASCII to ASCII and Latin capitals to lower case, one
 * UTF-16 unit for one, so indexes in the folded text are indexes in the original.
 */
export function foldForMatching(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    else if (c === 0x3000) c = 0x20;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    out += String.fromCharCode(c);
  }
  return out;
}

const openingQuotes = new Set(['“', '‘', '「', '『', '"', "'"]);
const closingQuotes = new Set(['”', '’', '」', '』', '"', "'"]);

/** A phrase written inside quotation marks is being mentioned (e.g. 警惕“包治百病”的宣传), not used. */
function isQuoted(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  return (
    before !== undefined &&
    after !== undefined &&
    openingQuotes.has(before) &&
    closingQuotes.has(after)
  );
}

/** Listed phrases folded once, not once per text segment (the lists are searched in every segment of every file). */
const foldedPhrases = new Map<string, string>();
function foldPhrase(phrase: string): string {
  let folded = foldedPhrases.get(phrase);
  if (folded === undefined) foldedPhrases.set(phrase, (folded = foldForMatching(phrase)));
  return folded;
}

export function isAllowed(
  folded: string,
  start: number,
  length: number,
  allow: readonly string[],
): boolean {
  for (const a of allow) {
    const fa = foldPhrase(a);
    for (
      let j = folded.indexOf(fa, Math.max(0, start + length - fa.length));
      j >= 0 && j <= start;
      j = folded.indexOf(fa, j + 1)
    ) {
      if (j + fa.length >= start + length) return true;
    }
  }
  return false;
}

function* occurrences(folded: string, phrase: string): Generator<number> {
  const p = foldPhrase(phrase);
  if (p === '') return;
  for (let i = folded.indexOf(p); i >= 0; i = folded.indexOf(p, i + p.length)) yield i;
}

/** Where a listed phrase is used in a segment: not quoted (a mention) and not inside an allowed longer phrase. */
function* reportableOccurrences(
  text: string,
  folded: string,
  entry: { phrase: string; allow: readonly string[] },
): Generator<number> {
  for (const i of occurrences(folded, entry.phrase)) {
    if (isQuoted(text, i, i + entry.phrase.length)) continue;
    if (isAllowed(folded, i, entry.phrase.length, entry.allow)) continue;
    yield i;
  }
}

/** Finds listed wording in text segments. */
export function checkWording(segments: readonly TextSegment[], lists: WordLists): LocalFinding[] {
  const findings: LocalFinding[] = [];
  for (const seg of segments) {
    const folded = foldForMatching(seg.text);
    for (const e of lists.forbidden) {
      for (const i of reportableOccurrences(seg.text, folded, e)) {
        const hint = e.suggestion ? `建议改为“${e.suggestion}”。` : '';
        findings.push({
          ...seg.placeOf(i),
          rule: 'wording-forbidden',
          severity: e.severity,
          message: `“${e.phrase}”:${e.reason}。${hint}`.replace(/。。/g, '。'),
        });
      }
    }
    for (const e of lists.corrections) {
      for (const i of reportableOccurrences(seg.text, folded, e)) {
        findings.push({
          ...seg.placeOf(i),
          rule: 'wording-correction',
          severity: 'warning',
          message: `“${e.phrase}”应为“${e.correct}”:${e.reason}`,
        });
      }
    }
  }
  return findings;
}

/** Text of a YAML document (frontmatter or data file) to check: every string value. */
export function yamlSegments(strings: readonly YamlString[]): TextSegment[] {
  return strings.map((s) => ({ text: s.value, placeOf: (i: number) => s.placeOf(i) }));
}

/** Attributes whose text readers see or hear. */
const textAttributes = new Set(['title', 'alt', 'caption']);

/**
 * Text of an MDX/Markdown body that readers see: text nodes, image alt
 * text, link and image titles, and the text props of components. Code
 * (inline or fenced) is not prose and is left out.
 */
export function bodySegments(tree: Root, source: string): TextSegment[] {
  const starts = lineStarts(source);
  const segments: TextSegment[] = [];
  const fixed = (text: string, place: Place): TextSegment => ({ text, placeOf: () => place });
  walk(tree, (node) => {
    const start = node.position?.start;
    const place: Place = start
      ? { line: start.line, column: start.column }
      : { line: 1, column: 1 };
    switch (node.type) {
      case 'code':
      case 'inlineCode':
      case 'yaml':
      case 'html':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return 'skip';
      case 'text': {
        const from = node.position?.start.offset;
        const to = node.position?.end.offset;
        if (from !== undefined && to !== undefined && source.slice(from, to) === node.value) {
          segments.push({ text: node.value, placeOf: (i) => placeAt(starts, from + i) });
        } else {
          segments.push(fixed(node.value, place));
        }
        return undefined;
      }
      case 'image':
      case 'imageReference':
        if (node.alt) segments.push(fixed(node.alt, place));
        if (node.type === 'image' && node.title) segments.push(fixed(node.title, place));
        return undefined;
      case 'link':
      case 'definition':
        if (node.title) segments.push(fixed(node.title, place));
        return undefined;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const attr of node.attributes) {
          if (
            attr.type === 'mdxJsxAttribute' &&
            typeof attr.value === 'string' &&
            textAttributes.has(attr.name.toLowerCase())
          ) {
            const s = attr.position?.start;
            segments.push(fixed(attr.value, s ? { line: s.line, column: s.column } : place));
          }
        }
        return undefined;
      default:
        return undefined;
    }
  });
  return segments;
}
