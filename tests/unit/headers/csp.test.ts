import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  adminOriginsForBackend,
  buildAdminCsp,
  buildPublicCsp,
  collectScriptHashes,
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

  it('finds every inline script with its exact text, and skips external ones', () => {
    const scripts = findInlineScripts(html);
    expect(scripts.map((s) => s.text)).toEqual([
      "document.documentElement.dataset.size = localStorage.getItem('size') || 'm';",
      '{"@type":"Article"}',
      "import '/_astro/x.js';",
      '  spaced  ',
    ]);
    expect(scripts[1]?.attributes.type).toBe('application/ld+json');
    expect(scripts[3]?.attributes['data-x']).toBe('a>b');
  });

  it('treats JSON-LD and other data blocks as data, classic and module scripts as code', () => {
    expect(isExecutableScript({})).toBe(true);
    expect(isExecutableScript({ type: 'module' })).toBe(true);
    expect(isExecutableScript({ type: 'text/javascript' })).toBe(true);
    expect(isExecutableScript({ type: 'application/ld+json' })).toBe(false);
    expect(isExecutableScript({ type: 'text/template' })).toBe(false);
  });

  it('hashes the UTF-8 bytes of the text, Chinese included, as the browser does', () => {
    expect(hashScript('alert("你好")')).toBe(sha256('alert("你好")'));
  });

  it('collects one sorted hash per distinct executable script across pages, leaving JSON-LD out', () => {
    const hashes = collectScriptHashes([html, html]);
    expect(hashes).toHaveLength(3);
    expect(hashes).not.toContain(sha256('{"@type":"Article"}'));
    expect([...hashes].sort()).toEqual(hashes);
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
    const csp = parseCsp(serializeCsp(buildAdminCsp({ backendOrigins: ['https://api.github.com'] })));
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
    const origins = adminOriginsForBackend({ name: 'gitea', baseUrl: 'https://git.aa.gov.cn', apiRoot: 'https://git.aa.gov.cn/api/v1' });
    expect(origins.backendOrigins).toEqual(['https://git.aa.gov.cn']);
  });
  it('reaches the local decap-server for the proxy back end', () => {
    expect(adminOriginsForBackend({ name: 'proxy', proxyUrl: 'http://localhost:8081/api/v1' }).backendOrigins).toEqual(['http://localhost:8081']);
  });
});

describe('hashing the raw bytes of a UTF-8 file', () => {
  it('gives the same hashes as the decoded text, Chinese in and around the scripts', () => {
    const html = '<p>健康</p><script>var 名 = "垃圾分类";</script><p>卫生</p><script type="module">import "/_astro/a.js"</script><script type="application/ld+json">{"a":"中"}</script>';
    expect(collectScriptHashes([new TextEncoder().encode(html)])).toEqual(collectScriptHashes([html]));
    expect(collectScriptHashes([Buffer.from(html)])).toContain(hashScript('var 名 = "垃圾分类";'));
  });
});
