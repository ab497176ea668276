import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NGINX_MAPS_FILE } from '../../../src/integrations/security-headers.ts';
import {
  buildAreaHeaders,
  COMMON_HEADERS,
  formatNginxMaps,
  nginxVariableFor,
} from '../../../src/lib/headers/rules.ts';

const sample = readFileSync('src/deploy/nginx.conf', 'utf8');
const portalSample = readFileSync('src/deploy/nginx-portal.conf', 'utf8');
const headersOf = (conf: string) =>
  new Map(
    [...conf.matchAll(/^\s*add_header ([\w-]+) (?:"([^"]*)"|(\$\w+))/gm)].map(
      ([, name = '', value, variable]) => [name, value ?? variable],
    ),
  );
const addHeaders = headersOf(sample);

describe('the nginx sample in src/deploy/nginx.conf', () => {
  it('sends the same fixed headers as dist/_headers', () => {
    for (const [name, value] of Object.entries(COMMON_HEADERS))
      expect(addHeaders.get(name), name).toBe(value);
  });

  it('takes the per-area headers from the maps the build writes, and hides those files', () => {
    expect(sample).toContain(`include /srv/chuangwei/current/${NGINX_MAPS_FILE};`);
    expect(sample).toContain(`location = /${NGINX_MAPS_FILE} { return 404; }`);
    expect(sample).toContain('location = /_headers { return 404; }');
    const areas = buildAreaHeaders({ publicCsp: 'x', adminCsp: 'y' });
    for (const name of Object.keys(areas.public))
      expect(addHeaders.get(name), name).toBe(`$${nginxVariableFor(name)}`);
  });

  it('sends them on every path, as dist/_headers does: no location has headers of its own (nginx would drop the server’s for it)', () => {
    const locations = [...sample.matchAll(/^\s*location [^{]*\{([^}]*)\}/gm)].map(
      ([, body = '']) => body,
    );
    expect(locations.length).toBeGreaterThan(0);
    for (const body of locations) expect(body).not.toMatch(/add_header/);
    const maps = formatNginxMaps(buildAreaHeaders({ publicCsp: 'public', adminCsp: 'admin' }));
    expect(maps).toMatch(
      /map \$uri \$site_content_security_policy \{\n {2}default "public";\n {2}~\^\/admin\/ "admin";\n\}/,
    );
  });
});

describe('the nginx sample of a portal 专栏 in src/deploy/nginx-portal.conf', () => {
  const base = /location \^~ (\/[^ ]+\/) \{/.exec(portalSample)?.[1] ?? '';

  it('is one location block under the 专栏’s path, serving it from a folder laid out like its addresses', () => {
    expect(base).toBe('/ztzl/cjwscs/');
    expect(portalSample).toMatch(/^\s*root \/srv\/chuangwei\/portal;/m);
    expect(portalSample).toContain(
      'include /srv/chuangwei/portal/ztzl/cjwscs/_headers.nginx.conf;',
    );
    expect(portalSample).toContain(`error_page 404 ${base}404.html;`);
  });

  it('sends every header the root sample sends, and hides the header files under the base', () => {
    expect(Object.fromEntries(headersOf(portalSample))).toEqual(Object.fromEntries(addHeaders));
    expect(portalSample).toContain(`location = ${base}_headers { return 404; }`);
    expect(portalSample).toContain(`location = ${base}${NGINX_MAPS_FILE} { return 404; }`);
  });
});
