// decap-cms-locales ships no types: each locale is a nested table of UI strings.
declare module 'decap-cms-locales/dist/esm/*/index.js' {
  const phrases: Record<string, unknown>;
  export default phrases;
}
