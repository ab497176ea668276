/**
 * The path the site is published under: `/` at the root of its own domain, or
 * a 专题专栏 folder of a government portal such as `/ztzl/cjwscs/`. It is set
 * once, as `basePath` in content/settings/site.yaml, and the `SITE_BASE`
 * environment variable overrides it for one build
 * (`SITE_BASE=/ztzl/cjwscs/ npm run build`). Astro gets it as `base`
 * (astro.config.mjs); pages read it back through src/lib/urls.ts.
 */

/** Segments of letters, digits, `-`, `_` and `.` (never `.` or `..` alone), a slash at both ends. */
export const BASE_PATH_PATTERN = /^\/(?:(?!\.\.?\/)[A-Za-z0-9_.-]+\/)*$/;
export const BASE_PATH_MESSAGE =
  '网站路径必须以 / 开头和结尾,由字母、数字、- _ . 组成,例如 / 或 /ztzl/cjwscs/';

/**
 * `value` with a slash at both ends (`ztzl/cjwscs` → `/ztzl/cjwscs/`), or
 * undefined when it is not a base path even then.
 */
export function normalizeSiteBase(value: string): string | undefined {
  const trimmed = value.trim();
  const withSlashes = `/${trimmed}/`.replace(/\/{2,}/g, '/');
  return BASE_PATH_PATTERN.test(withSlashes) ? withSlashes : undefined;
}

/**
 * The base path of a build: `SITE_BASE` when set (and not empty), else the
 * settings' `basePath`, else `/`. Throws a message naming where the bad value came from.
 */
export function resolveSiteBase(settingsBase: unknown, envBase: string | undefined): string {
  const [value, source] =
    envBase !== undefined && envBase.trim() !== ''
      ? [envBase, '环境变量 SITE_BASE']
      : [
          typeof settingsBase === 'string'
            ? settingsBase
            : settingsBase === undefined || settingsBase === null
              ? '/'
              : String(settingsBase),
          'content/settings/site.yaml 的 basePath',
        ];
  const base = normalizeSiteBase(value);
  if (base === undefined)
    throw new Error(`${source} 不对(${JSON.stringify(value)}):${BASE_PATH_MESSAGE}`);
  return base;
}
