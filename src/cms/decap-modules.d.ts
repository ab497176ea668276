// decap-cms-locales ships no types: each export is a nested table of UI strings.
declare module 'decap-cms-locales' {
  export const zh_Hans: Record<string, unknown>;
}
