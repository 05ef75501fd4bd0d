// The sticky bar holding a screen's primary action (次へ, 確定する, はい、確定する). It publishes its
// height as --action-bar-height, which the page's scroll-padding-bottom reads, so anything scrolled
// into view (a focused field, an error) stops above the bar instead of under it. While the bar is
// shown, messages that appear under it (errors, warnings, stops) are brought into view too.
import { useEffect, useRef, type ReactNode } from 'react';

/** Messages staff must see as they appear: errors, warnings, hints beside fields and banners. */
const MESSAGES = '.field-error, .field-warning, .hint, [role="alert"], .banner';

function barHeight(bar: HTMLElement): number {
  return Math.ceil(bar.getBoundingClientRect().height);
}

/** Scrolls `el` just enough that it sits between the top of the window and the bar. */
function revealAbove(el: Element, bar: HTMLElement): void {
  const box = el.getBoundingClientRect();
  const limit = bar.getBoundingClientRect().top;
  if (el === bar || bar.contains(el) || box.height === 0) return;
  if (box.bottom > limit && box.top < globalThis.innerHeight) el.scrollIntoView({ block: 'nearest' });
}

/** `area` (a selector of an ancestor) is where appearing messages are watched; the bar's parent if none. */
export function ActionBar({ children, area = '.screen' }: { children: ReactNode; area?: string }) {
  const bar = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = bar.current;
    if (!el) return undefined;
    const root = document.documentElement;
    const publish = () => root.style.setProperty('--action-bar-height', `${barHeight(el)}px`);
    publish();
    // Every Chromium has ResizeObserver; a DOM without it (unit tests) keeps the first height.
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(publish);
    resize?.observe(el);
    return () => {
      resize?.disconnect();
      root.style.removeProperty('--action-bar-height');
    };
  }, []);

  useEffect(() => {
    const el = bar.current;
    const watched = el?.closest(area) ?? el?.parentElement;
    if (!el || !watched) return undefined;
    const added = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          const hit = node.matches(MESSAGES) ? node : node.querySelector(MESSAGES);
          if (hit) revealAbove(hit, el);
        }
      }
    });
    added.observe(watched, { childList: true, subtree: true });
    return () => added.disconnect();
  }, [area]);

  return <div ref={bar} className="wizard-nav action-bar" data-testid="action-bar">{children}</div>;
}
