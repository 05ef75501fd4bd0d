// The sticky bar holding a screen's primary action (次へ, 確定する, はい、確定する). Nothing it covers
// stays hidden: a message that appears under it (an error, a warning, a stop) and a field that
// takes focus under it (with its error beside it) are scrolled just above it. Never while a button
// is pressed: the page would move under the pointer between press and release and the click
// would be lost; what appeared meanwhile is revealed on release.
import { useEffect, useRef, type ReactNode } from 'react';

/** Messages staff must see as they appear: errors and warnings beside fields, alerts and banners. */
const MESSAGES = '.field-error, .field-warning, [role="alert"], .banner';
const GAP_PX = 12;

/** Scrolls the page just enough that `el` ends above the bar (it is not in the bar itself). */
function revealAbove(el: Element, bar: HTMLElement): void {
  if (!el.isConnected || bar.contains(el)) return;
  const box = el.getBoundingClientRect();
  const limit = bar.getBoundingClientRect().top - GAP_PX;
  if (box.height === 0 || box.bottom <= limit || box.top >= globalThis.innerHeight) return;
  // Never push the element's top out of the window.
  globalThis.scrollBy({ top: Math.min(box.bottom - limit, Math.max(0, box.top - GAP_PX)) });
}

/** `area` (a selector of an ancestor) is where messages and focus are watched; the bar's parent if none. */
export function ActionBar({ children, area = '.screen' }: { children: ReactNode; area?: string }) {
  const bar = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = bar.current;
    const watched = el?.closest(area) ?? el?.parentElement;
    if (!el || !watched) return undefined;
    let pressed = false;
    let waiting: Element[] = [];
    const reveal = (hits: readonly Element[]) => { for (const hit of hits) revealAbove(hit, el); };
    const later = (hits: readonly Element[]) => {
      if (pressed) waiting.push(...hits);
      else requestAnimationFrame(() => reveal(hits));
    };
    const down = () => { pressed = true; };
    const up = () => {
      pressed = false;
      const hits = waiting;
      waiting = [];
      requestAnimationFrame(() => reveal(hits));
    };
    // A focused field is shown with what sits beside it (its label, hint and error).
    const focused = (e: FocusEvent) => {
      if (e.target instanceof Element && !el.contains(e.target)) later([e.target.closest('.field, fieldset') ?? e.target]);
    };
    const added = new MutationObserver((records) => {
      const hits: Element[] = [];
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          const hit = node.matches(MESSAGES) ? node : node.querySelector(MESSAGES);
          if (hit) hits.push(hit);
        }
      }
      if (hits.length > 0) later(hits);
    });
    added.observe(watched, { childList: true, subtree: true });
    document.addEventListener('pointerdown', down, true);
    document.addEventListener('pointerup', up, true);
    watched.addEventListener('focusin', focused as EventListener);
    return () => {
      added.disconnect();
      document.removeEventListener('pointerdown', down, true);
      document.removeEventListener('pointerup', up, true);
      watched.removeEventListener('focusin', focused as EventListener);
    };
  }, [area]);

  return <div ref={bar} className="wizard-nav action-bar" data-testid="action-bar">{children}</div>;
}
