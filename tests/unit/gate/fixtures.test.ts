import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMdxBeforeCompile } from '../../../src/integrations/content-gate.ts';
import { formatFinding, type RuleId } from '../../../src/lib/gate/report.ts';
import { checkFixtureDir, fixtureDir, repoRoot } from './helpers.ts';

/** Every dangerous fixture (top level of tests/fixtures/gate) and the rule it must trip. */
const expected: Record<string, RuleId> = {
  'import-after-body-text.mdx': 'mdx-import',
  'import-at-top-of-body.mdx': 'mdx-import',
  'export-const.mdx': 'mdx-export',
  'expression-in-text-process-exit.mdx': 'mdx-expression',
  'expression-as-own-block.mdx': 'mdx-expression',
  'expression-comment-only.mdx': 'mdx-expression',
  'expression-in-attribute.mdx': 'mdx-expression',
  'spread-of-global.mdx': 'mdx-spread',
  'dangerously-set-inner-html.mdx': 'dangerous-html',
  'dangerously-set-inner-html-as-plain-attribute.mdx': 'dangerous-html',
  'script-lowercase.mdx': 'mdx-forbidden-element',
  'script-uppercase.mdx': 'mdx-forbidden-element',
  'script-capitalised-as-component.mdx': 'mdx-forbidden-element',
  'iframe.mdx': 'mdx-forbidden-element',
  'style-element.mdx': 'mdx-forbidden-element',
  'style-element-plain.mdx': 'mdx-forbidden-element',
  'form.mdx': 'mdx-forbidden-element',
  'meta-refresh.mdx': 'mdx-forbidden-element',
  'base-element.mdx': 'mdx-forbidden-element',
  'link-element.mdx': 'mdx-forbidden-element',
  'object-element.mdx': 'mdx-forbidden-element',
  'embed-element.mdx': 'mdx-forbidden-element',
  'svg-with-script.mdx': 'mdx-forbidden-element',
  'onclick-on-allowed-element.mdx': 'mdx-event-handler',
  'onerror-uppercase-on-component.mdx': 'mdx-event-handler',
  'javascript-url-mixed-case.mdx': 'unsafe-url',
  'javascript-url-as-html-entities.mdx': 'unsafe-url',
  'javascript-url-hex-entities-in-attribute.mdx': 'unsafe-url',
  'javascript-url-with-embedded-tab.mdx': 'unsafe-url',
  'javascript-url-with-embedded-newline.mdx': 'unsafe-url',
  'javascript-url-with-entity-tab-and-newline.mdx': 'unsafe-url',
  'javascript-url-in-link-definition.mdx': 'unsafe-url',
  'javascript-url-in-frontmatter-source.mdx': 'unsafe-url',
  'data-url-image.mdx': 'unsafe-url',
  'vbscript-url.mdx': 'unsafe-url',
  'protocol-relative-url.mdx': 'unsafe-url',
  'unknown-component.mdx': 'mdx-unknown-element',
  'lowercase-component-name.mdx': 'mdx-unknown-element',
  'jsx-fragment.mdx': 'mdx-unknown-element',
  'disallowed-prop-on-callout.mdx': 'mdx-unknown-prop',
  'bad-enum-value-on-callout.mdx': 'mdx-prop-value',
  'figure-without-alt.mdx': 'image-alt',
  'image-without-alt.mdx': 'image-alt',
  'heading-jump.mdx': 'heading-order',
  'heading-level-one-in-body.mdx': 'heading-order',
  'broken-internal-link.mdx': 'broken-link',
  'missing-attachment.mdx': 'attachment-missing',
  'missing-download-link.mdx': 'attachment-missing',
  'forbidden-word.mdx': 'wording-forbidden',
  'forbidden-word-in-title.mdx': 'wording-forbidden',
  'mdx-syntax-error.mdx': 'parse-error',
  'frontmatter-yaml-error.mdx': 'parse-error',
  'iframe-in-plain-markdown.md': 'mdx-forbidden-element',
  'onerror-in-plain-markdown.md': 'mdx-event-handler',
  'javascript-autolink-in-plain-markdown.md': 'unsafe-url',
  'javascript-url-entities-without-semicolons.md': 'unsafe-url',
  'style-attribute-in-plain-markdown.md': 'mdx-unknown-prop',
  // One reading of each file: as Astro splits and parses it, or refused.
  'frontmatter-line-starting-with-dashes.mdx': 'frontmatter-fence',
  'frontmatter-line-starting-with-pluses.mdx': 'frontmatter-fence',
  'frontmatter-toml.mdx': 'frontmatter-fence',
  'frontmatter-after-blank-line.mdx': 'frontmatter-fence',
  'frontmatter-unclosed.mdx': 'frontmatter-fence',
  // The CMS ends the frontmatter at a line ending in ---: draft: false would be body text to it.
  'frontmatter-value-ending-with-dashes.mdx': 'frontmatter-fence',
  'yaml-anchor-and-alias-in-source-url.mdx': 'yaml-construct',
  'yaml-merge-key.mdx': 'yaml-construct',
  'yaml-explicit-tag.mdx': 'yaml-construct',
  'yaml-directive.mdx': 'yaml-construct',
  'yaml-duplicate-key.mdx': 'parse-error',
  'yaml-readings-disagree-on-complex-key.mdx': 'yaml-construct',
  'date-february-thirtieth.mdx': 'invalid-date',
  'line-ends-carriage-return-only.mdx': 'file-characters',
  'unicode-line-separator-in-frontmatter.mdx': 'file-characters',
  'bidi-control-in-body.mdx': 'file-characters',
  'byte-order-mark.mdx': 'file-encoding',
  // The same characters written by a YAML escape or an HTML character reference (none in the file's text).
  'yaml-escape-writes-control-character.mdx': 'file-characters',
  'character-reference-writes-bidi-control.mdx': 'file-characters',
  'not-utf8-gbk.mdx': 'file-encoding',
  'image-from-another-site.mdx': 'broken-link',
  'upload-path-with-query.mdx': 'unsafe-url',
  // What the MDX compiler imports (and so runs): a Markdown image's file, a frontmatter layout.
  'image-import-of-a-script.mdx': 'mdx-import',
  'frontmatter-layout.mdx': 'mdx-import',
};

/**
 * Writing-help fixtures: health articles (tests/fixtures/gate/health) that
 * each give exactly one warning, with its rule; null for the article that
 * does everything right and gives none.
 */
const expectedWarnings: Record<string, RuleId | null> = {
  'health/source-homepage.mdx': 'source-homepage',
  'health/sentence-too-long.mdx': 'sentence-too-long',
  'health/jargon-without-plain-word.mdx': 'jargon-unexplained',
  'health/reviewer-institution-only.mdx': 'reviewer-incomplete',
  'health/plain-and-sourced.mdx': null,
};

const topLevel = readdirSync(`${repoRoot}${fixtureDir}`, { withFileTypes: true })
  .filter((d) => d.isFile() && /\.(mdx|md)$/.test(d.name))
  .map((d) => d.name)
  .sort();

describe('dangerous fixtures', () => {
  const result = checkFixtureDir(fixtureDir);

  it('has at least 25 cases, each with an expected rule', () => {
    expect(topLevel.length).toBeGreaterThanOrEqual(25);
    expect(topLevel).toEqual(Object.keys(expected).sort());
  });

  it.each(topLevel)('%s fails with its rule, naming the file', (name) => {
    const file = `${fixtureDir}/${name}`;
    const rule = expected[name];
    const hits = result.findings.filter(
      (f) => f.file === file && f.rule === rule && f.severity === 'error',
    );
    expect(
      hits,
      `${name} should trip ${rule}; got ${JSON.stringify(result.findings.filter((f) => f.file === file))}`,
    ).not.toHaveLength(0);
    const line = formatFinding(hits[0]!);
    expect(line.startsWith(`${file}:${hits[0]!.line}:${hits[0]!.column}  ${rule}  `)).toBe(true);
    expect(line).not.toContain('\n');
  });

  it('reports positions inside the file', () => {
    const f = (name: string, rule: RuleId) =>
      result.findings.find((x) => x.file === `${fixtureDir}/${name}` && x.rule === rule);
    expect(f('import-after-body-text.mdx', 'mdx-import')).toMatchObject({ line: 9, column: 1 });
    expect(f('expression-in-text-process-exit.mdx', 'mdx-expression')).toMatchObject({
      line: 7,
      column: 9,
    });
    expect(f('mdx-syntax-error.mdx', 'parse-error')).toMatchObject({ line: 7, column: 1 });
    expect(f('frontmatter-yaml-error.mdx', 'parse-error')).toMatchObject({ line: 4 });
    expect(f('forbidden-word-in-title.mdx', 'wording-forbidden')).toMatchObject({
      line: 2,
      column: 8,
    });
    expect(f('forbidden-word.mdx', 'wording-forbidden')).toMatchObject({ line: 7, column: 4 });
    expect(f('frontmatter-line-starting-with-dashes.mdx', 'frontmatter-fence')).toMatchObject({
      line: 5,
      column: 1,
    });
    expect(f('frontmatter-line-starting-with-dashes.mdx', 'mdx-expression')).toMatchObject({
      line: 5,
      column: 4,
    });
    expect(f('yaml-anchor-and-alias-in-source-url.mdx', 'yaml-construct')).toMatchObject({
      line: 5,
      column: 10,
    });
    expect(f('date-february-thirtieth.mdx', 'invalid-date')).toMatchObject({ line: 3, column: 7 });
    expect(f('line-ends-carriage-return-only.mdx', 'file-characters')?.message).toMatch(
      /共 \d+ 处/,
    );
  });
});

describe('the check before each MDX compile (src/integrations/content-gate.ts)', () => {
  // It runs when the gate did not (astro build, npm run dev), before any file check: what the
  // compiler would import must be refused on the MDX text alone.
  it.each([
    'image-import-of-a-script.mdx',
    'frontmatter-layout.mdx',
    'frontmatter-line-starting-with-dashes.mdx',
  ])('refuses %s, naming it', (name) => {
    const path = `${fixtureDir}/${name}`;
    const lines = checkMdxBeforeCompile({
      path,
      contentPath: `health/${name}`,
      text: readFileSync(`${repoRoot}${path}`, 'utf8'),
    });
    expect(
      lines.some((l) => l.startsWith(`${path}:`) && l.includes(`  ${expected[name]}  `)),
      lines.join('\n'),
    ).toBe(true);
  });

  it('compiles an article that imports only an uploaded image', () => {
    const text = '---\ntitle: 标题\n---\n\n![洗手的七个步骤](../uploads/sample-figure.png)\n';
    expect(
      checkMdxBeforeCompile({ path: 'content/health/a.mdx', contentPath: 'health/a.mdx', text }),
    ).toEqual([]);
  });
});

describe('ordinary content', () => {
  const result = checkFixtureDir(fixtureDir);
  const okFiles = result.checkedFiles.filter((f) => f.startsWith(`${fixtureDir}/ok/`));

  it('checks the ok/ fixtures', () => {
    expect(okFiles.length).toBeGreaterThanOrEqual(12);
  });

  it.each(okFiles)('%s has no errors', (file) => {
    const errors = result.findings.filter((f) => f.file === file && f.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('warnings-only fixture has warnings and no errors', () => {
    const findings = result.findings.filter((f) =>
      f.file.startsWith(`${fixtureDir}/warnings-only/`),
    );
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.map((f) => f.rule)).toContain('wording-correction');
  });
});

describe('writing-help fixtures', () => {
  const result = checkFixtureDir(fixtureDir);
  const names = readdirSync(`${repoRoot}${fixtureDir}/health`)
    .map((name) => `health/${name}`)
    .sort();

  it('each health fixture has an expected warning (or none)', () => {
    expect(names).toEqual(Object.keys(expectedWarnings).sort());
  });

  it.each(names)('%s gives its one warning (or none), naming the file', (name) => {
    const file = `${fixtureDir}/${name}`;
    const found = result.findings.filter((f) => f.file === file);
    const rule = expectedWarnings[name];
    expect(found.map((f) => [f.rule, f.severity])).toEqual(
      rule === null ? [] : [[rule, 'warning']],
    );
    if (rule !== null)
      expect(formatFinding(found[0]!)).toMatch(new RegExp(`^${file}:\\d+:\\d+  ${rule}  警告:`));
  });

  it('points at the line to fix', () => {
    const at = (name: string) =>
      result.findings.find((f) => f.file === `${fixtureDir}/health/${name}`);
    expect(at('source-homepage.mdx')).toMatchObject({ line: 9, column: 10 });
    expect(at('sentence-too-long.mdx')).toMatchObject({ line: 17, column: 1 });
    expect(at('jargon-without-plain-word.mdx')).toMatchObject({ line: 17, column: 7 });
    expect(at('reviewer-institution-only.mdx')).toMatchObject({ line: 10, column: 1 });
  });
});
