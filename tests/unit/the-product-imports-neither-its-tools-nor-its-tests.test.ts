import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * What ships (src/) must build without the tools or the tests beside it, and the tools
 * (tools/) must run without the tests: so src/ imports neither tools/ nor tests/, and
 * tools/ does not import tests/. Tests may import both. Helpers that tools and tests share
 * live in tools/support/.
 */

const ROOT = join(import.meta.dirname, '../..');
const CODE_FILE = /\.(ts|mts|mjs|js|tsx|astro)$/;
// Static imports and re-exports (`from '…'`), bare imports (`import '…'`), dynamic imports.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"\n]+)\1/g;

function codeFilesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => CODE_FILE.test(file))
    .map((file) => join(folder, file));
}

/** Every relative import of a file, as the repository path it names, with its line. */
function importsOf(file: string): { line: number; specifier: string; target: string }[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(SPECIFIER)]
    .filter((match) => match[2]!.startsWith('.'))
    .map((match) => ({
      line: text.slice(0, match.index).split('\n').length,
      specifier: match[2]!,
      target: normalize(join(dirname(file), match[2]!)),
    }));
}

function importsInto(from: string, into: readonly string[]): string[] {
  return codeFilesUnder(from).flatMap((file) =>
    importsOf(file)
      .filter(({ target }) =>
        into.some((folder) => target === folder || target.startsWith(`${folder}/`)),
      )
      .map(({ line, specifier }) => `${relative('.', file)}:${line} imports ${specifier}`),
  );
}

describe('import directions', () => {
  it('reads the imports of every file (the scan itself works)', () => {
    expect(codeFilesUnder('src').length).toBeGreaterThan(50);
    expect(importsOf('tools/dev/dev.ts').map(({ target }) => target)).toContain(
      'tools/support/site-checks/dist.ts',
    );
    expect(importsOf('src/pages/index.astro').length).toBeGreaterThan(0);
  });

  it('the product in src/ imports neither tools/ nor tests/', () => {
    expect(importsInto('src', ['tools', 'tests'])).toEqual([]);
  });

  it('the logic in src/lib/ and the content model in src/schemas/ import no markup (components, layouts, pages)', () => {
    const markup = ['src/components', 'src/layouts', 'src/pages'];
    expect([...importsInto('src/lib', markup), ...importsInto('src/schemas', markup)]).toEqual([]);
  });

  it('the tools import nothing from tests/', () => {
    expect(importsInto('tools', ['tests'])).toEqual([]);
  });
});
