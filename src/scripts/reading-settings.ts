/**
 * The reading toolbar (<reading-toolbar>): each button changes the settings,
 * which are put on <html> at once and kept in localStorage for the next page.
 */
import {
  READING_STORAGE_KEY,
  applyReadingSettings,
  canStepTextSize,
  describeTextSize,
  parseReadingSettings,
  serializeReadingSettings,
  stepTextSize,
  toggleElderly,
  DEFAULT_READING_SETTINGS,
  type ReadingSettings,
} from '../lib/reading-settings.ts';

function load(): ReadingSettings {
  try {
    return parseReadingSettings(localStorage.getItem(READING_STORAGE_KEY));
  } catch {
    return { ...DEFAULT_READING_SETTINGS };
  }
}

function save(s: ReadingSettings) {
  try {
    localStorage.setItem(READING_STORAGE_KEY, serializeReadingSettings(s));
  } catch {
    // Storage blocked (private mode in some WebViews): the settings last for this page.
  }
}

class ReadingToolbar extends HTMLElement {
  #settings = load();

  connectedCallback() {
    this.addEventListener('click', this);
    // Another tab changed the settings, or this page came back from the back/forward cache.
    addEventListener('storage', this);
    addEventListener('pageshow', this);
    this.#render();
    // Announce size changes from now on, not the stored size on every page load.
    this.querySelector('[data-size-status]')?.setAttribute('aria-live', 'polite');
  }

  handleEvent(event: Event) {
    if (event.type !== 'click') {
      this.#settings = load();
      applyReadingSettings(document.documentElement, this.#settings);
      this.#render();
      return;
    }
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button || button.getAttribute('aria-disabled') === 'true') return;
    if (button.dataset['action'] === 'more') {
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      this.querySelector('#reading-more')?.toggleAttribute('data-open', open);
      return;
    }
    const s = this.#settings;
    const next: Record<string, () => ReadingSettings> = {
      elderly: () => toggleElderly(s),
      smaller: () => stepTextSize(s, -1),
      larger: () => stepTextSize(s, 1),
      contrast: () => ({ ...s, contrast: !s.contrast }),
      spacing: () => ({ ...s, spacing: !s.spacing }),
      reset: () => ({ ...DEFAULT_READING_SETTINGS }),
    };
    this.#settings = next[button.dataset['action'] ?? '']?.() ?? s;
    save(this.#settings);
    applyReadingSettings(document.documentElement, this.#settings);
    this.#render();
  }

  #render() {
    const s = this.#settings;
    const set = (action: string, attr: string, on: boolean) =>
      this.querySelector(`[data-action="${action}"]`)?.setAttribute(attr, String(on));
    set('elderly', 'aria-pressed', s.elderly);
    set('contrast', 'aria-pressed', s.contrast);
    set('spacing', 'aria-pressed', s.spacing);
    set('smaller', 'aria-disabled', !canStepTextSize(s, -1));
    set('larger', 'aria-disabled', !canStepTextSize(s, 1));
    const status = this.querySelector('[data-size-status]');
    if (status) status.textContent = describeTextSize(s);
  }
}

customElements.define('reading-toolbar', ReadingToolbar);
