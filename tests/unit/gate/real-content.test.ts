import { describe, expect, it } from 'vitest';
import { getChinaToday } from '../../../src/lib/dates.ts';
import { checkContent, formatReport } from '../../../src/lib/gate/index.ts';
import { parseLikeTheBuild } from '../../../src/lib/gate/build-parser.ts';
import { loadGateInput } from '../../../src/lib/gate/load.ts';
import { repoRoot } from './helpers.ts';

describe('the real content in content/ and public/', () => {
  const loaded = loadGateInput({
    root: repoRoot,
    contentDir: 'content',
    publicDir: 'public',
    wordingDir: 'content/wording',
  });
  const result = checkContent({
    ...loaded,
    today: getChinaToday(new Date()),
    buildParser: parseLikeTheBuild,
  });

  it('checks at least one MDX article', () => {
    expect(result.checkedFiles.filter((f) => f.endsWith('.mdx')).length).toBeGreaterThan(0);
  });

  it('has no errors (warnings allowed)', () => {
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors, formatReport(errors, result.checkedFiles.length)).toEqual([]);
  });
});
