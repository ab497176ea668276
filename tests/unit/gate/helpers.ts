import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  checkContent,
  type ContentFile,
  type Finding,
  type GateInput,
  type GateResult,
} from '../../../src/lib/gate/index.ts';
import { parseLikeTheBuild } from '../../../src/lib/gate/build-parser.ts';
import { loadGateInput } from '../../../src/lib/gate/load.ts';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const fixtureDir = 'tests/fixtures/gate';
export const fixturePublic = 'tests/fixtures/gate/public';
export const today = '2026-11-29';

export const wording = {
  forbidden: {
    path: 'content/wording/forbidden.yaml',
    text: readFileSync(`${repoRoot}content/wording/forbidden.yaml`, 'utf8'),
  },
  corrections: {
    path: 'content/wording/corrections.yaml',
    text: readFileSync(`${repoRoot}content/wording/corrections.yaml`, 'utf8'),
  },
  jargon: {
    path: 'content/wording/jargon.yaml',
    text: readFileSync(`${repoRoot}content/wording/jargon.yaml`, 'utf8'),
  },
};

/**
 * Runs the gate over a fixture folder on disk, with the build's own MDX parser
 * as the command does. A folder of loose fixtures is not a site: its files are
 * checked one by one, and the checks of the files themselves (places, types,
 * links) and of the site as a whole run only with `asSite`.
 */
export function checkFixtureDir(
  contentDir: string,
  extra: Partial<GateInput> = {},
  { asSite = false, publicDir = fixturePublic } = {},
): GateResult {
  const { inventory, ...loaded } = loadGateInput({
    root: repoRoot,
    contentDir,
    publicDir,
    wordingDir: 'content/wording',
  });
  return checkContent({
    ...loaded,
    today,
    buildParser: parseLikeTheBuild,
    contentRoot: contentDir,
    ...(asSite ? { inventory } : {}),
    ...extra,
  });
}

/** Runs the gate over files held in memory: content-relative path → text. */
export function checkInMemory(
  files: Record<string, string>,
  options: { contentAssets?: Record<string, number>; publicAssets?: Record<string, number> } & Omit<
    Partial<GateInput>,
    'files' | 'contentAssets' | 'publicAssets'
  > = {},
): GateResult {
  const { contentAssets = {}, publicAssets = {}, ...rest } = options;
  const list: ContentFile[] = Object.entries(files).map(([contentPath, text]) => ({
    path: `content/${contentPath}`,
    contentPath,
    text,
  }));
  return checkContent({
    files: list,
    contentAssets: new Map(Object.entries(contentAssets)),
    publicAssets: new Map(Object.entries(publicAssets)),
    wording,
    today,
    ...rest,
  });
}

/** In-memory entries carry only the fields a test is about: the schema's findings on the others are left aside with this. */
export const notSchema = (f: Finding) => f.rule !== 'schema';

export const frontmatter = (extra = '') => `---
title: 测试文章标题
date: 2026-01-10
summary: 这是一篇用于内容检查的测试文章。
${extra}---

`;
