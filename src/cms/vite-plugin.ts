import { fileURLToPath } from 'node:url';

/**
 * Lets browser code use the content gate (the CMS runs it before saving):
 * in the client build only, the gate's `node:path` (posix helpers) and
 * `node:stream` (parse5-sax-parser, used synchronously) resolve to small
 * browser versions in src/cms/. Server code is untouched. (The gate's cache
 * takes its hash function from the command, so the gate needs no crypto.)
 */
export function contentGateInBrowser() {
  const shims: Record<string, string> = {
    'node:path': fileURLToPath(new URL('./posix-path.ts', import.meta.url)),
    'node:stream': fileURLToPath(new URL('./node-stream.ts', import.meta.url)),
  };
  return {
    name: 'browser-node-shims-for-the-content-gate',
    enforce: 'pre' as const,
    // Pre-bundled dependencies skip plugins: let the gate's SAX parser be resolved (and shimmed) here.
    config: () => ({ optimizeDeps: { exclude: ['parse5-sax-parser'] } }),
    applyToEnvironment: (environment: { name: string }) => environment.name === 'client',
    resolveId(id: string) {
      return shims[id.startsWith('node:') ? id : `node:${id}`];
    },
  };
}

/**
 * In `astro dev`, Vite serves each pre-bundled dependency with its source
 * map inlined: Decap's chunk (15 MB of code) went out as 49 MB on every load
 * of /admin/. Nobody debugs Decap's own code here, so its pre-bundled chunks
 * are served without a map (an empty one replaces it); the project's code
 * keeps its maps, and builds are untouched.
 */
export function preBundlesWithoutSourceMaps() {
  return {
    name: 'pre-bundled-dependencies-without-source-maps',
    apply: 'serve' as const,
    transform(code: string, id: string) {
      if (!id.includes('/node_modules/.vite/deps/')) return null;
      return { code, map: { mappings: '' } };
    },
  };
}
