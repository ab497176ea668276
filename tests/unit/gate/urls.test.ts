import { describe, expect, it } from 'vitest';
import { checkUrlSafety, classifyUrl, normalizeForScheme } from '../../../src/lib/gate/urls.ts';

const kind = (url: string) => classifyUrl(url).kind;

describe('classifyUrl', () => {
  it.each([
    ['https://www.nhc.gov.cn/', 'external'],
    ['HTTP://example.com', 'external'],
    ['mailto:a@example.gov.cn', 'external'],
    ['tel:12345', 'external'],
    ['/health/', 'site'],
    ['/downloads/a.pdf', 'site'],
    ['./x.png', 'relative'],
    ['../uploads/x.png', 'relative'],
    ['#section', 'fragment'],
    ['', 'empty'],
    ['  ', 'empty'],
    ['//evil.example/', 'protocol-relative'],
    ['/\\evil.example/', 'protocol-relative'],
    ['www.example.com', 'bare'],
    ['uploads/x.png', 'bare'],
  ])('%s is %s', (url, expected) => {
    expect(kind(url)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\u0000script:alert(1)',
    'java\u200bscript:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    '&#X6a;avascript:alert(1)',
    '&#0000106&#0000097vascript:alert(1)',
    'javascript&colon;alert(1)',
    'java&Tab;script:alert(1)',
    'java&NewLine;script:alert(1)',
    '&amp;#106;avascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'DATA:image/svg+xml,<svg onload=alert(1)>',
    'file:///etc/passwd',
  ])('%j is unsafe', (url) => {
    expect(kind(url)).toBe('unsafe');
    expect(
      checkUrlSafety({ url, line: 1, column: 1, context: 'link', label: '链接地址' })?.rule,
    ).toBe('unsafe-url');
  });

  it('keeps the path as written for site-relative links', () => {
    expect(classifyUrl('/Health/Page/').kind === 'site' && classifyUrl('/Health/Page/')).toEqual({
      kind: 'site',
      path: '/Health/Page/',
    });
  });

  it('normalises entities, whitespace and case', () => {
    expect(normalizeForScheme('&#74;ava\tScript&colon;')).toBe('javascript:');
  });

  it('allows safe URLs', () => {
    for (const url of [
      'https://a.example/',
      '/news/',
      '#x',
      'tel:0000-12345678',
      '../uploads/a.png',
    ]) {
      expect(
        checkUrlSafety({ url, line: 1, column: 1, context: 'link', label: '链接地址' }),
      ).toBeNull();
    }
  });
});
