/**
 * Reading settings (适老化): text size, high contrast, wide line spacing and
 * 长辈模式. They are stored in localStorage as the very map of `data-*`
 * attributes they put on <html>, so the tiny boot script in <head> can apply
 * them before first paint without knowing any of the rules below.
 */

export const READING_STORAGE_KEY = 'aa-reading';

/** Body text sizes, as a share of the browser's default (18 px to 30 px at 16 px). */
export const TEXT_SIZES = [
  { label: '标准', percent: 112.5 },
  { label: '大', percent: 131.25 },
  { label: '较大', percent: 150 },
  { label: '特大', percent: 168.75 },
  { label: '超大', percent: 187.5 },
] as const;

/** The size 长辈模式 starts from: 24 px body text. */
export const ELDERLY_TEXT_SIZE = 2;

export interface ReadingSettings {
  /** Index into TEXT_SIZES. */
  textSize: number;
  /** The high-contrast theme (pure black on white). */
  contrast: boolean;
  /** Wider line and paragraph spacing. */
  spacing: boolean;
  /** 长辈模式: large text, wide spacing and 60 px targets with one switch. */
  elderly: boolean;
}

export const DEFAULT_READING_SETTINGS: ReadingSettings = {
  textSize: 0,
  contrast: false,
  spacing: false,
  elderly: false,
};

/** The attributes (without `data-`) the boot script may set; all others in storage are ignored. */
export const READING_ATTRIBUTES = ['text-size', 'contrast', 'spacing', 'elderly'] as const;
type ReadingAttribute = (typeof READING_ATTRIBUTES)[number];

const clampSize = (n: number) => Math.min(TEXT_SIZES.length - 1, Math.max(0, Math.round(n)));

/** The `data-*` attributes for these settings; defaults are left out. */
export function toHtmlAttributes(s: ReadingSettings): Partial<Record<ReadingAttribute, string>> {
  const attrs: Partial<Record<ReadingAttribute, string>> = {};
  if (s.textSize > 0) attrs['text-size'] = String(clampSize(s.textSize));
  if (s.contrast) attrs.contrast = 'high';
  if (s.spacing) attrs.spacing = 'wide';
  if (s.elderly) attrs.elderly = 'on';
  return attrs;
}

/** Reads what was stored; anything missing, unknown or broken falls back to the default. */
export function parseReadingSettings(raw: string | null | undefined): ReadingSettings {
  let stored: unknown;
  try {
    stored = JSON.parse(raw ?? 'null');
  } catch {
    return { ...DEFAULT_READING_SETTINGS };
  }
  if (typeof stored !== 'object' || stored === null) return { ...DEFAULT_READING_SETTINGS };
  const get = (k: ReadingAttribute) => (stored as Record<string, unknown>)[k];
  const size = Number(get('text-size'));
  return {
    textSize: Number.isFinite(size) ? clampSize(size) : 0,
    contrast: get('contrast') === 'high',
    spacing: get('spacing') === 'wide',
    elderly: get('elderly') === 'on',
  };
}

export function serializeReadingSettings(s: ReadingSettings): string {
  return JSON.stringify(toHtmlAttributes(s));
}

/** One step larger or smaller, within TEXT_SIZES. */
export function stepTextSize(s: ReadingSettings, delta: 1 | -1): ReadingSettings {
  return { ...s, textSize: clampSize(s.textSize + delta) };
}

export const canStepTextSize = (s: ReadingSettings, delta: 1 | -1) =>
  clampSize(s.textSize + delta) !== s.textSize;

/**
 * 长辈模式 is one switch: turning it on makes text at least 24 px and spacing
 * wide (targets grow with it in CSS); turning it off goes back to standard
 * size and spacing. High contrast is a separate choice and is kept.
 */
export function toggleElderly(s: ReadingSettings): ReadingSettings {
  return s.elderly
    ? { ...s, elderly: false, textSize: 0, spacing: false }
    : { ...s, elderly: true, textSize: Math.max(s.textSize, ELDERLY_TEXT_SIZE), spacing: true };
}

/** A sentence for the toolbar's live region, e.g. "字号:较大". */
export function describeTextSize(s: ReadingSettings): string {
  return `字号:${TEXT_SIZES[clampSize(s.textSize)]!.label}`;
}

/** Puts the settings on an element (normally <html>), removing what is off. */
export function applyReadingSettings(
  el: Pick<Element, 'setAttribute' | 'removeAttribute'>,
  s: ReadingSettings,
): void {
  const attrs = toHtmlAttributes(s);
  for (const name of READING_ATTRIBUTES) {
    const value = attrs[name];
    if (value === undefined) el.removeAttribute(`data-${name}`);
    else el.setAttribute(`data-${name}`, value);
  }
}

/**
 * The script inlined at the top of <head> on every page. It copies the stored
 * attributes onto <html> before the body is parsed, so a reader who chose big
 * text never sees a flash of small text, and marks <html> with `data-js` when
 * the toolbar's script can run (modules and custom elements), so the controls
 * only show where they work. A fixed string: its hash goes into the CSP.
 */
export const READING_BOOT_SCRIPT =
  `try{var d=document.documentElement,s,k;` +
  `if(window.customElements&&"noModule"in document.createElement("script"))d.setAttribute("data-js","");` +
  `s=JSON.parse(localStorage.getItem("${READING_STORAGE_KEY}"));` +
  `for(k in s)/^(${READING_ATTRIBUTES.join('|')})$/.test(k)&&d.setAttribute("data-"+k,String(s[k]))}catch(e){}`;
