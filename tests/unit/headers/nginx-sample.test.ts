import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NGINX_MAPS_FILE } from '../../../src/integrations/security-headers.ts';
import { buildAreaHeaders, COMMON_HEADERS, nginxVariableFor } from '../../../src/lib/headers/rules.ts';

const sample = readFileSync('src/deploy/nginx.conf', 'utf8');
const addHeaders = new Map([...sample.matchAll(/^\s*add_header ([\w-]+) (?:"([^"]*)"|(\$\w+))/gm)].map(([, name = '', value, variable]) => [name, value ?? variable]));

describe('the nginx sample in src/deploy/nginx.conf', () => {
  it('sends the same fixed headers as dist/_headers', () => {
    for (const [name, value] of Object.entries(COMMON_HEADERS)) expect(addHeaders.get(name), name).toBe(value);
  });

  it('takes the per-area headers from the maps the build writes, and hides those files', () => {
    expect(sample).toContain(`include /srv/chuangwei/current/${NGINX_MAPS_FILE};`);
    expect(sample).toContain(`location = /${NGINX_MAPS_FILE} { return 404; }`);
    expect(sample).toContain('location = /_headers { return 404; }');
    const areas = buildAreaHeaders({ publicCsp: 'x', adminCsp: 'y' });
    for (const name of Object.keys(areas.public)) expect(addHeaders.get(name), name).toBe(`$${nginxVariableFor(name)}`);
  });
});
