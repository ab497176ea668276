import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_READING_SETTINGS,
  READING_BOOT_SCRIPT,
  READING_STORAGE_KEY,
  TEXT_SIZES,
  applyReadingSettings,
  canStepTextSize,
  describeTextSize,
  parseReadingSettings,
  serializeReadingSettings,
  stepTextSize,
  toHtmlAttributes,
  toggleElderly,
} from '../../src/lib/reading-settings.ts';

/** Runs the boot script against a fake <html> and storage; returns the attributes it set. */
function boot(stored: string | null, { modern = true, storageThrows = false } = {}) {
  const attrs: Record<string, string> = {};
  const documentElement = {
    setAttribute: (k: string, v: string) => {
      attrs[k] = v;
    },
  };
  const document = { documentElement, createElement: () => (modern ? { noModule: false } : {}) };
  const localStorage = {
    getItem: (k: string) => {
      if (storageThrows) throw new Error('SecurityError');
      return k === READING_STORAGE_KEY ? stored : null;
    },
  };
  const window = { customElements: modern ? {} : undefined };
  runInNewContext(READING_BOOT_SCRIPT, { document, localStorage, window });
  return attrs;
}

describe('reading settings', () => {
  it('offers body text from 18 px up to at least 30 px at the default 16 px', () => {
    expect((TEXT_SIZES[0].percent * 16) / 100).toBe(18);
    expect((TEXT_SIZES.at(-1)!.percent * 16) / 100).toBeGreaterThanOrEqual(30);
  });

  it('round-trips through storage and falls back to the default on junk', () => {
    const s = { textSize: 3, contrast: true, spacing: true, elderly: true };
    expect(parseReadingSettings(serializeReadingSettings(s))).toEqual(s);
    for (const junk of [null, '', '{', '42', '"x"', '{"text-size":"huge"}', '[]']) {
      expect(parseReadingSettings(junk)).toEqual(DEFAULT_READING_SETTINGS);
    }
    expect(parseReadingSettings('{"text-size":"99"}').textSize).toBe(TEXT_SIZES.length - 1);
  });

  it('stores nothing for the defaults', () => {
    expect(serializeReadingSettings(DEFAULT_READING_SETTINGS)).toBe('{}');
  });

  it('steps the text size within its range', () => {
    const top = { ...DEFAULT_READING_SETTINGS, textSize: TEXT_SIZES.length - 1 };
    expect(canStepTextSize(top, 1)).toBe(false);
    expect(stepTextSize(top, 1)).toEqual(top);
    expect(canStepTextSize(DEFAULT_READING_SETTINGS, -1)).toBe(false);
    expect(stepTextSize(DEFAULT_READING_SETTINGS, 1).textSize).toBe(1);
    expect(describeTextSize(stepTextSize(DEFAULT_READING_SETTINGS, 1))).toBe('字号:大');
  });

  it('turns 长辈模式 on as large text plus wide spacing, and off back to standard, keeping contrast', () => {
    const on = toggleElderly({ ...DEFAULT_READING_SETTINGS, contrast: true });
    expect(on).toEqual({ textSize: 2, contrast: true, spacing: true, elderly: true });
    expect(toggleElderly({ ...DEFAULT_READING_SETTINGS, textSize: 4 }).textSize).toBe(4);
    expect(toggleElderly(on)).toEqual({ ...DEFAULT_READING_SETTINGS, contrast: true });
  });

  it('applies and removes the html attributes', () => {
    const attrs = new Map<string, string>([['data-contrast', 'high']]);
    const el = {
      setAttribute: (k: string, v: string) => void attrs.set(k, v),
      removeAttribute: (k: string) => void attrs.delete(k),
    };
    applyReadingSettings(el, { textSize: 2, contrast: false, spacing: true, elderly: false });
    expect(Object.fromEntries(attrs)).toEqual({ 'data-text-size': '2', 'data-spacing': 'wide' });
  });
});

describe('the boot script in <head>', () => {
  it('sets the same attributes the toolbar does, before first paint', () => {
    const s = { textSize: 4, contrast: true, spacing: true, elderly: true };
    const expected = Object.fromEntries(
      Object.entries(toHtmlAttributes(s)).map(([k, v]) => [`data-${k}`, v]),
    );
    expect(boot(serializeReadingSettings(s))).toEqual({ 'data-js': '', ...expected });
  });

  it('ignores anything but the known attributes', () => {
    expect(boot('{"onclick":"alert(1)","class":"x","contrast":"high"}')).toEqual({
      'data-js': '',
      'data-contrast': 'high',
    });
  });

  it('survives empty, broken or blocked storage and old browsers', () => {
    expect(boot(null)).toEqual({ 'data-js': '' });
    expect(boot('{')).toEqual({ 'data-js': '' });
    expect(boot(null, { storageThrows: true })).toEqual({ 'data-js': '' });
    expect(boot('{"contrast":"high"}', { modern: false })).toEqual({ 'data-contrast': 'high' });
  });

  it('is a fixed, small string (its hash goes into the CSP)', () => {
    expect(READING_BOOT_SCRIPT).not.toMatch(/\$\{|\n/);
    expect(READING_BOOT_SCRIPT.length).toBeLessThan(400);
  });
});
