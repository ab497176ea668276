/**
 * <read-aloud>: speaks the article paragraph by paragraph with a zh voice of
 * speechSynthesis, marking the paragraph being read (data-read-aloud-current)
 * and keeping it in view. Pause cancels and remembers the place: pause() and
 * resume() are unreliable on Android, where many of our readers are.
 */

const BLOCKS = 'p, li, h1, h2, h3, h4, figcaption, th, td, dt, dd';
/** Chrome stops long utterances after about 15 s: speak at most this many characters at a time. */
const MAX_CHUNK = 80;

/** zh-CN first, then any Mandarin voice; Cantonese (zh-HK) only as a last resort. */
function findChineseVoice(voices: SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  const by = (re: RegExp) => voices.find((v) => re.test(v.lang.replace('_', '-')));
  return by(/^zh-CN/i) ?? by(/^(cmn|zh-Hans)/i) ?? by(/^zh-(TW|Hant)/i) ?? by(/^(zh|yue)/i);
}

/** Sentences of a paragraph, joined up to MAX_CHUNK characters. */
function toChunks(text: string): string[] {
  const sentences = text.match(/[^。！？!?；;]+[。！？!?；;]*/g) ?? [];
  const chunks: string[] = [];
  for (const sentence of sentences) {
    const last = chunks.length - 1;
    if (last >= 0 && chunks[last]!.length + sentence.length <= MAX_CHUNK) chunks[last] += sentence;
    else chunks.push(sentence);
  }
  return chunks.map((c) => c.trim()).filter(Boolean);
}

interface Step {
  block: Element;
  text: string;
}

class ReadAloud extends HTMLElement {
  #voice: SpeechSynthesisVoice | undefined;
  #steps: Step[] = [];
  #index = 0;
  #state: 'idle' | 'playing' | 'paused' = 'idle';
  /** Bumped on every cancel, so events of a cancelled utterance are ignored. */
  #run = 0;

  connectedCallback() {
    // No speech at all (many WebViews): the control stays hidden.
    if (!('speechSynthesis' in window) || !window.speechSynthesis) return;
    this.#findVoice();
    speechSynthesis.addEventListener('voiceschanged', () => this.#findVoice());
    this.addEventListener('click', (event) => {
      const action = (event.target as Element).closest('button')?.dataset['action'];
      if (action === 'toggle') this.#toggle();
      if (action === 'stop') this.#stop(true);
    });
    addEventListener('pagehide', () => this.#stop(false));
  }

  #findVoice() {
    this.#voice = findChineseVoice(speechSynthesis.getVoices());
    this.hidden = !this.#voice;
  }

  #collect(): Step[] {
    const blocks = [...document.querySelectorAll('[data-read-aloud-source]')].flatMap((source) =>
      source.matches(BLOCKS) ? [source] : [...source.querySelectorAll(BLOCKS)],
    );
    // Read the innermost blocks only (a <li> holding <p>s is read as its <p>s).
    return blocks
      .filter((b) => !b.querySelector(BLOCKS) && !b.closest('[aria-hidden="true"], [hidden]'))
      .flatMap((block) => toChunks(block.textContent ?? '').map((text) => ({ block, text })));
  }

  #toggle() {
    if (this.#state === 'playing') {
      this.#cancel();
      this.#setState('paused');
      return;
    }
    if (this.#state === 'idle') {
      this.#steps = this.#collect();
      this.#index = 0;
    }
    this.#setState('playing');
    this.#speak();
  }

  #speak() {
    const step = this.#steps[this.#index];
    if (!step) {
      this.#stop(false);
      return;
    }
    this.#highlight(step.block);
    const run = this.#run;
    const utterance = new SpeechSynthesisUtterance(step.text);
    utterance.lang = this.#voice?.lang ?? 'zh-CN';
    if (this.#voice) utterance.voice = this.#voice;
    utterance.rate = 0.9; // a little slower than the default, for older listeners
    utterance.onend = () => {
      if (run !== this.#run) return;
      this.#index++;
      this.#speak();
    };
    utterance.onerror = () => {
      if (run === this.#run) this.#stop(false);
    };
    speechSynthesis.speak(utterance);
  }

  #highlight(block: Element) {
    const current = document.querySelector('[data-read-aloud-current]');
    if (current === block) return;
    current?.removeAttribute('data-read-aloud-current');
    block.setAttribute('data-read-aloud-current', '');
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    block.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  }

  #cancel() {
    this.#run++;
    speechSynthesis.cancel();
  }

  #stop(fromButton: boolean) {
    this.#cancel();
    document.querySelector('[data-read-aloud-current]')?.removeAttribute('data-read-aloud-current');
    this.#setState('idle');
    // The stop button hides itself: give focus back to the play button.
    if (fromButton) this.querySelector<HTMLButtonElement>('[data-action="toggle"]')?.focus();
  }

  #setState(state: 'idle' | 'playing' | 'paused') {
    this.#state = state;
    const label = { idle: '朗读全文', playing: '暂停朗读', paused: '继续朗读' }[state];
    this.querySelector('[data-label]')!.textContent = label;
    this.querySelector('[data-icon]')!.textContent = state === 'playing' ? '❚❚' : '▶';
    this.querySelector<HTMLElement>('[data-action="stop"]')!.hidden = state === 'idle';
  }
}

customElements.define('read-aloud', ReadAloud);
