import { describe, expect, it } from 'vitest';
import { toTelHref } from '../../../src/lib/phone.ts';
import { hotlinePath, organisationPath, podcastPath, progressAreaPath, progressPath } from '../../../src/lib/urls.ts';

describe('campaign URL builders', () => {
  it('end every page path in a slash', () => {
    expect([hotlinePath(), organisationPath(), progressPath()]).toEqual(['/hotline/', '/organisation/', '/progress/']);
  });
  it('point at an area on the progress page and at a column’s podcast', () => {
    expect(progressAreaPath('environment')).toBe('/progress/#area-environment');
    expect(podcastPath('radio')).toBe('/news/columns/radio/podcast.xml');
  });
});

describe('tel: links', () => {
  it('keep digits and a leading + only', () => {
    expect(toTelHref('0000-12345678')).toBe('tel:000012345678');
    expect(toTelHref('+86 (0000) 1234')).toBe('tel:+8600001234');
    expect(toTelHref('12345')).toBe('tel:12345');
  });
});
