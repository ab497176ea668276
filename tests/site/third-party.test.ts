import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { listDistFiles, readDist } from '../support/dist.ts';

/**
 * No public page makes a resident's phone contact another host: no fonts,
 * analytics, CDNs or embeds. Links to other sites (an article's sources) are
 * fine — they are only followed when the reader taps them.
 */

describe('third-party requests', () => {
  // That no kind of public page, loaded, scrolled to the end and searched in Chromium, asks another
  // host is checked in headers.test.ts, in the same walk as the CSP (under the headers the host sends).

  it('are named nowhere in the built pages: no external script, style, image, media, frame or preconnect', () => {
    const foreign: string[] = [];
    // Attributes that make the browser fetch by themselves (unlike <a href>).
    const fetching: Record<string, string[]> = {
      script: ['src'],
      link: ['href'],
      img: ['src', 'srcset'],
      source: ['src', 'srcset'],
      video: ['src', 'poster'],
      audio: ['src'],
      track: ['src'],
      iframe: ['src'],
      embed: ['src'],
      object: ['data'],
      form: ['action'],
    };
    for (const file of listDistFiles('.html').filter((f) => !f.startsWith('admin/'))) {
      const walk = (node: {
        name?: string;
        attribs?: Record<string, string>;
        children?: unknown[];
      }) => {
        for (const attr of fetching[node.name ?? ''] ?? []) {
          const value = node.attribs?.[attr];
          if (!value) continue;
          // rel=canonical/alternate links name the site's own public address, which is not fetched.
          if (node.name === 'link' && /\b(canonical|alternate)\b/.test(node.attribs?.rel ?? ''))
            continue;
          for (const url of value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')) {
            if (/^(https?:)?\/\//i.test(url))
              foreign.push(`${file}: <${node.name} ${attr}="${url}">`);
          }
        }
        for (const child of node.children ?? []) walk(child as typeof node);
      };
      walk(parseDocument(readDist(file)));
    }
    for (const file of listDistFiles('.css')) {
      for (const [, url] of readDist(file).matchAll(/url\(\s*["']?((?:https?:)?\/\/[^"')]+)/gi))
        foreign.push(`${file}: url(${url})`);
      for (const [, url] of readDist(file).matchAll(
        /@import\s+(?:url\()?\s*["']?((?:https?:)?\/\/[^"')\s]+)/gi,
      ))
        foreign.push(`${file}: @import ${url}`);
    }
    expect(foreign).toEqual([]);
  });
});
