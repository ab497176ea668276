import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  adminOriginsForBackend,
  buildAdminCsp,
  buildPublicCsp,
  findForeignScripts,
  findInlineScripts,
  hashScript,
  isExecutableScript,
  parseCsp,
  serializeCsp,
} from '../../../src/lib/headers/csp.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inline scripts of a built page', () => {
  const html = `<!doctype html><html><head>
<script>document.documentElement.dataset.size = localStorage.getItem('size') || 'm';</script>
<script type="application/ld+json">{"@type":"Article"}</script>
<script type="module" src="/_astro/page.js"></script>
<SCRIPT type='module'>import '/_astro/x.js';</SCRIPT>
</head><body><script data-x="a>b">  spaced  </script></body></html>`;

  it('finds every inline script with its exact text and line, and skips external ones', () => {
    const scripts = findInlineScripts(html);
    expect(scripts.map((s) => s.text)).toEqual([
      "document.documentElement.dataset.size = localStorage.getItem('size') || 'm';",
      '{"@type":"Article"}',
      "import '/_astro/x.js';",
      '  spaced  ',
    ]);
    expect(scripts.map((s) => s.line)).toEqual([2, 3, 5, 6]);
    expect(scripts[1]?.attributes.type).toBe('application/ld+json');
    expect(scripts[3]?.attributes['data-x']).toBe('a>b');
  });

  it('treats JSON-LD and JSON as data, and every other type as code', () => {
    expect(isExecutableScript({})).toBe(true);
    expect(isExecutableScript({ type: 'module' })).toBe(true);
    expect(isExecutableScript({ type: 'text/javascript' })).toBe(true);
    expect(isExecutableScript({ type: 'importmap' })).toBe(true);
    expect(isExecutableScript({ type: 'speculationrules' })).toBe(true);
    expect(isExecutableScript({ type: 'text/x-unknown' })).toBe(true);
    expect(isExecutableScript({ type: 'application/ld+json' })).toBe(false);
    expect(isExecutableScript({ type: ' Application/JSON ' })).toBe(false);
  });

  it('hashes the UTF-8 bytes of the text, Chinese included, as the browser does', () => {
    expect(hashScript('alert("你好")')).toBe(sha256('alert("你好")'));
  });

  it('does not take script text inside an attribute value for a script', () => {
    const scripts = findInlineScripts(
      '<img alt="<script>alert(1)</script>" src="/a.png"><p title=\'</script><script>x()</script>\'>t</p>',
    );
    expect(scripts).toEqual([]);
  });
});

describe('script a built page carries that the site did not write', () => {
  const own = 'window.own = 1;';
  const ownHashes = new Set([hashScript(own)]);
  const isBuiltScript = (src: string) => src === '/_astro/page.js';
  const foreign = (html: string) =>
    findForeignScripts(html, { ownHashes, isBuiltScript }).map((f) => f.line);

  it('passes the site’s own inline scripts, data blocks and built script files, and records which hashes were used', () => {
    const used = new Set<string>();
    const html = `<script>${own}</script>\n<script type="application/ld+json">{"a":1}</script><script type="module" src="/_astro/page.js"></script>`;
    expect(findForeignScripts(html, { ownHashes, isBuiltScript, usedHashes: used })).toEqual([]);
    expect([...used]).toEqual([hashScript(own)]);
  });

  it('names the line of any other inline script, whatever its type or case', () => {
    expect(foreign(`<p>a</p>\n<script>${own} </script>`)).toEqual([2]);
    expect(foreign('<SCRIPT TYPE="module">alert(1)</SCRIPT>')).toEqual([1]);
    expect(foreign('<script type="importmap">{"imports":{}}</script>')).toEqual([1]);
    expect(foreign('<svg><script>alert(1)</script></svg>')).toEqual([1]);
  });

  it('names script files that are not the build’s, event handlers, javascript: URLs and srcdoc', () => {
    expect(foreign('<script src="https://cdn.example/x.js"></script>')).toEqual([1]);
    expect(foreign('<script src="/downloads/x.js"></script>')).toEqual([1]);
    expect(foreign('<img src="/a.png" onerror="alert(1)">')).toEqual([1]);
    expect(foreign('<a href=" JaVa\tScRiPt:alert(1)">x</a>')).toEqual([1]);
    expect(foreign('<a href="&#106;avascript:alert(1)">x</a>')).toEqual([1]);
    expect(foreign('<iframe srcdoc="<script>alert(1)</script>"></iframe>')).toEqual([1]);
    expect(
      foreign(
        '<a href="https://example.org/javascript:x">x</a><img alt="<script>x</script>" src="/a.png">',
      ),
    ).toEqual([]);
  });
});

describe('the policies', () => {
  it('lets public pages run only their own files and the hashed inline scripts', () => {
    const csp = parseCsp(serializeCsp(buildPublicCsp({ scriptHashes: ["'sha256-abc='"] })));
    expect(csp['script-src']).toEqual(["'self'", "'sha256-abc='", "'wasm-unsafe-eval'"]);
    expect(csp['script-src']).not.toContain("'unsafe-inline'");
    expect(csp['script-src']).not.toContain("'unsafe-eval'");
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['connect-src']).toEqual(["'self'"]);
  });

  it('lets the CMS reach its Git host but nowhere else, and keeps it unframeable', () => {
    const csp = parseCsp(
      serializeCsp(buildAdminCsp({ backendOrigins: ['https://api.github.com'] })),
    );
    expect(csp['connect-src']).toEqual(["'self'", 'https://api.github.com']);
    expect(csp['script-src']).toContain("'unsafe-eval'");
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
  });

  it('serializes and parses back to the same directives', () => {
    const policy = buildPublicCsp({ scriptHashes: [] });
    expect(parseCsp(serializeCsp(policy))).toEqual(policy);
  });
});

describe('the CMS origins', () => {
  it('reaches GitHub’s API and shows its avatars', () => {
    expect(adminOriginsForBackend({ name: 'github' })).toEqual({
      backendOrigins: ['https://api.github.com'],
      imageOrigins: ['https://avatars.githubusercontent.com', 'https://raw.githubusercontent.com'],
    });
  });
  it('reaches a self-hosted Gitea at its own address only', () => {
    const origins = adminOriginsForBackend({
      name: 'gitea',
      baseUrl: 'https://git.aa.gov.cn',
      apiRoot: 'https://git.aa.gov.cn/api/v1',
    });
    expect(origins.backendOrigins).toEqual(['https://git.aa.gov.cn']);
  });
  it('reaches the local decap-server for the proxy back end', () => {
    expect(
      adminOriginsForBackend({ name: 'proxy', proxyUrl: 'http://localhost:8081/api/v1' })
        .backendOrigins,
    ).toEqual(['http://localhost:8081']);
  });
});
