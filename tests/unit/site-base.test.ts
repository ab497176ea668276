import { describe, expect, it } from 'vitest';
import { normalizeSiteBase, resolveSiteBase } from '../../src/lib/site-base.ts';

describe('the site base path', () => {
  it('is the root unless the settings or SITE_BASE say otherwise', () => {
    expect(resolveSiteBase(undefined, undefined)).toBe('/');
    expect(resolveSiteBase('/', '')).toBe('/');
    expect(resolveSiteBase('/ztzl/cjwscs/', undefined)).toBe('/ztzl/cjwscs/');
  });
  it('takes SITE_BASE over the settings, with or without its slashes', () => {
    expect(resolveSiteBase('/', '/ztzl/cjwscs/')).toBe('/ztzl/cjwscs/');
    expect(resolveSiteBase('/a/', 'ztzl/cjwscs')).toBe('/ztzl/cjwscs/');
    expect(normalizeSiteBase('//zt//a/')).toBe('/zt/a/');
  });
  it('refuses a path that could leave the folder or is not a path, naming where it came from', () => {
    expect(() => resolveSiteBase('/', '/../etc/')).toThrow(
      /环境变量 SITE_BASE.*网站路径必须以 \/ 开头和结尾/,
    );
    expect(() => resolveSiteBase('/专栏/', undefined)).toThrow(
      /content\/settings\/site\.yaml 的 basePath/,
    );
    expect(() => resolveSiteBase('https://www.aa.gov.cn/ztzl/', undefined)).toThrow(/basePath/);
    expect(normalizeSiteBase('/a b/')).toBeUndefined();
    expect(normalizeSiteBase('/./')).toBeUndefined();
  });
});
