import { noticeText } from '../lib/cms/toast-text.ts';

/**
 * A notice of our own above the editor, for what an editor must read and act
 * on: why a save was refused (each problem a button that takes the editor to
 * its field, which is outlined until the next save) and every error Decap
 * reports in a toast. Decap's toasts vanish after 8 s; this stays until the
 * editor closes it or a save succeeds.
 */

/** The end of a toast whose full text is in the notice (so the toast is not copied there again). */
export const SEE_NOTICE = '详见页面下方的说明';

export interface NoticeProblem {
  /** The field's Chinese label, as the form shows it. */
  label: string;
  message: string;
  /** Top-level field name; `body` for the article text. */
  field?: string | undefined;
}

const STYLE = `
#cms-notice{position:fixed;z-index:2147483000;bottom:16px;left:50%;transform:translateX(-50%);width:min(720px,calc(100vw - 32px));max-height:45vh;overflow:auto;
  background:#fff;color:#1f2933;border:3px solid #b42318;border-radius:8px;box-shadow:0 8px 24px rgba(0,0,0,.25);padding:16px 20px;font-size:16px;line-height:1.6}
#cms-notice h2{margin:0 0 8px;font-size:18px;color:#b42318}
#cms-notice ul{margin:0;padding-left:1.2em}
#cms-notice li{margin:6px 0}
#cms-notice li button{all:unset;cursor:pointer;color:#0b5cad;text-decoration:underline;font-weight:bold}
#cms-notice li button:focus-visible,#cms-notice .cms-notice-close:focus-visible{outline:3px solid #0b5cad;outline-offset:2px}
#cms-notice .cms-notice-close{margin-top:12px;min-height:44px;padding:0 20px;font-size:16px;border:2px solid #1f2933;border-radius:6px;background:#f5f7fa;cursor:pointer}
[data-cms-problem]{outline:3px solid #b42318 !important;outline-offset:4px;border-radius:4px}
`;

let styled = false;

function ensureStyle(): void {
  if (styled) return;
  const style = document.createElement('style');
  style.textContent = STYLE;
  document.head.append(style);
  styled = true;
}

/** The form control container of a top-level field (Decap renders `<label for=…>` with the field's label). */
function fieldContainer(label: string): HTMLElement | null {
  const labels = [...document.querySelectorAll<HTMLLabelElement>('label[for]')];
  const match = labels.find(
    (l) => (l.textContent ?? '').replace(/\s*\(可选\)$/, '').trim() === label,
  );
  return (
    (match?.closest<HTMLElement>('[class*="ControlContainer"]') ?? match?.parentElement) || null
  );
}

export function clearFieldMarks(): void {
  for (const el of document.querySelectorAll('[data-cms-problem]'))
    el.removeAttribute('data-cms-problem');
  for (const el of document.querySelectorAll('[aria-invalid][data-cms-invalid]')) {
    el.removeAttribute('aria-invalid');
    el.removeAttribute('data-cms-invalid');
  }
}

export function closeNotice(): void {
  document.getElementById('cms-notice')?.remove();
}

function goTo(label: string): void {
  const container = fieldContainer(label);
  if (!container) return;
  container.scrollIntoView({ block: 'center' });
  const control = container.querySelector<HTMLElement>(
    'input, textarea, [contenteditable="true"], button',
  );
  control?.focus({ preventScroll: true });
}

function open(title: string, build: (panel: HTMLElement) => void): void {
  ensureStyle();
  closeNotice();
  const panel = document.createElement('section');
  panel.id = 'cms-notice';
  panel.setAttribute('role', 'alert');
  panel.setAttribute('aria-labelledby', 'cms-notice-title');
  const heading = document.createElement('h2');
  heading.id = 'cms-notice-title';
  heading.textContent = title;
  panel.append(heading);
  build(panel);
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'cms-notice-close';
  close.textContent = '知道了,关闭';
  close.addEventListener('click', closeNotice);
  panel.append(close);
  document.body.append(panel);
}

/** Why the save was refused: one line per problem, each a way to its field; the fields outlined. */
export function showProblems(title: string, problems: readonly NoticeProblem[]): void {
  clearFieldMarks();
  open(title, (panel) => {
    const list = document.createElement('ul');
    for (const problem of problems) {
      const item = document.createElement('li');
      const container = fieldContainer(problem.label);
      if (container) {
        container.setAttribute('data-cms-problem', '');
        for (const control of container.querySelectorAll(
          'input, textarea, [contenteditable="true"]',
        )) {
          if (control.closest('[class*="ControlContainer"]') !== container) continue;
          control.setAttribute('aria-invalid', 'true');
          control.setAttribute('data-cms-invalid', '');
        }
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = `“${problem.label}”`;
        button.addEventListener('click', () => goTo(problem.label));
        item.append(button, `:${problem.message}`);
      } else {
        item.textContent = `“${problem.label}”:${problem.message}`;
      }
      list.append(item);
    }
    panel.append(list);
  });
}

/** A message that must stay until read (e.g. a refused delete). */
export function showMessage(title: string, message: string): void {
  open(title, (panel) => {
    const p = document.createElement('p');
    p.style.margin = '0';
    p.textContent = message;
    panel.append(p);
  });
}

/**
 * Keeps every error toast of Decap's: its text, in Chinese (toast-text.ts),
 * is copied into the notice, which stays; the toast itself is cleaned too.
 * Toasts ending in SEE_NOTICE (a refused save, whose notice is already
 * shown) are only cleaned.
 */
export function keepErrorToasts(): void {
  const seen = new WeakSet<Element>();
  const observer = new MutationObserver(() => {
    for (const toast of document.querySelectorAll('.Toastify__toast')) {
      for (
        const walker = document.createTreeWalker(toast, NodeFilter.SHOW_TEXT);
        walker.nextNode();
      ) {
        const node = walker.currentNode;
        const cleaned = noticeText(node.textContent ?? '');
        if (cleaned !== node.textContent) node.textContent = cleaned;
      }
      if (seen.has(toast) || !toast.classList.contains('Toastify__toast--error')) continue;
      seen.add(toast);
      const text = (toast.textContent ?? '').trim();
      if (text && !text.includes(SEE_NOTICE)) showMessage('出错了', text);
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}

/**
 * Decap checks the form itself before a save (required fields, patterns)
 * and then only writes red text under each field, which may be off-screen,
 * with a toast the first time only. After a click on 保存, the fields it
 * marked are listed in the notice and the first is scrolled into view.
 */
export function watchFormErrors(): void {
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (!button || button.textContent?.trim() !== '保存') return;
      window.setTimeout(() => {
        const problems: NoticeProblem[] = [];
        for (const item of document.querySelectorAll('[class*="ControlErrorsList"] li')) {
          const container = item.closest('[class*="ControlContainer"]');
          const label = (container?.querySelector('label')?.textContent ?? '')
            .replace(/\s*\(可选\)$/, '')
            .trim();
          // Decap's messages start with the label already (“来源链接”:…): it is shown once.
          const message = (item.textContent ?? '').trim().replace(`“${label}”:`, '');
          if (label && message) problems.push({ label, message });
        }
        if (problems.length === 0) return;
        showProblems('这次没存上:请先改好下面几处,再点“保存”', problems);
        fieldContainer(problems[0]!.label)?.scrollIntoView({ block: 'center' });
      }, 400);
    },
    true,
  );
}
