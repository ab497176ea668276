import { cardText } from '../lib/cms/card-text.ts';
import { scheduledLabel } from '../lib/cms/schedule.ts';
import { getChinaToday } from '../lib/dates.ts';

/**
 * The review board's cards with a line an editor can read: the summary
 * (src/lib/cms/card-text.ts) instead of the raw body Decap shows, and
 * 定时发布:日期 for an article dated after today. Decap's card takes only
 * the body, so the entry is read from the board's own props (React keeps
 * them on the card's DOM node): a workaround, checked by the CMS tests, that
 * a Decap release renaming its card parts would turn off (the raw body shows
 * again), never break the board. The card's own text node is hidden, not
 * changed, and ours is added after it.
 */

interface ImmutableLike {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
}
interface Fiber {
  return: Fiber | null;
  memoizedProps?: Record<string, unknown> | null;
}

function fiberOf(el: Element): Fiber | null {
  const key = Object.keys(el).find((k) => k.startsWith('__reactFiber$'));
  return key ? ((el as unknown as Record<string, Fiber>)[key] ?? null) : null;
}

/** The entry a card shows: its DragSource's collection and slug, looked up in the board's `entries`. */
function entryOfCard(el: Element): ImmutableLike | null {
  let collection: unknown;
  let slug: unknown;
  for (let fiber = fiberOf(el); fiber; fiber = fiber.return) {
    const props = fiber.memoizedProps;
    if (!props) continue;
    if (
      slug === undefined &&
      typeof props['slug'] === 'string' &&
      typeof props['collection'] === 'string'
    ) {
      slug = props['slug'];
      collection = props['collection'];
    }
    const entries = props['entries'] as
      | {
          toList?: () => {
            flatten: (depth: boolean) => {
              find: (f: (e: ImmutableLike) => boolean) => ImmutableLike | undefined;
            };
          };
        }
      | undefined;
    if (slug !== undefined && entries?.toList) {
      return (
        entries
          .toList()
          .flatten(true)
          .find((e) => e.get('slug') === slug && e.get('collection') === collection) ?? null
      );
    }
  }
  return null;
}

function decorate(body: HTMLElement): void {
  const entry = entryOfCard(body);
  if (!entry) return;
  const data = { summary: entry.getIn(['data', 'summary']), body: entry.getIn(['data', 'body']) };
  const text = cardText(data);
  const scheduled = scheduledLabel(entry.getIn(['data', 'date']), getChinaToday(new Date()));
  const key = `${scheduled ?? ''}\u0000${text}`;
  const ours =
    body.nextElementSibling instanceof HTMLElement &&
    body.nextElementSibling.dataset['cmsCard'] !== undefined
      ? body.nextElementSibling
      : null;
  if (ours?.dataset['cmsCard'] === key) return;
  const line = ours ?? document.createElement('p');
  line.dataset['cmsCard'] = key;
  line.className = body.className;
  line.replaceChildren();
  if (scheduled) {
    const badge = document.createElement('strong');
    badge.textContent = scheduled;
    badge.style.cssText =
      'display:inline-block;margin:0 6px 4px 0;padding:0 6px;border-radius:4px;background:#fff3d6;color:#8a4b00';
    line.append(badge, document.createElement('br'));
  }
  line.append(text);
  body.style.display = 'none';
  if (!ours) body.after(line);
}

export function readableBoardCards(): void {
  const run = () => {
    for (const body of document.querySelectorAll<HTMLElement>('p[class*="CardBody"]'))
      decorate(body);
  };
  new MutationObserver(run).observe(document.body, { childList: true, subtree: true });
}
