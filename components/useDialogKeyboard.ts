// Keyboard behaviour of a modal dialog, shadow-root aware: Tab cycles inside it, Escape
// calls `onEscape`, and no key reaches the page's own shortcuts (sites bind many).
import { useCallback, type KeyboardEvent, type RefObject } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

function focusables(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => !element.closest('[hidden]') && !(element.closest('details:not([open])') && element.tagName !== 'SUMMARY'),
  );
}

/** The focused element, looking through the shadow root the dialog lives in. */
function activeElementIn(container: HTMLElement): Element | null {
  const root = container.getRootNode() as Document | ShadowRoot;
  return root.activeElement;
}

export function useDialogKeyboard(containerRef: RefObject<HTMLElement | null>, onEscape: () => void) {
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      event.nativeEvent.stopPropagation();
      const container = containerRef.current;
      if (!container || event.nativeEvent.isComposing) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        onEscape();
        return;
      }
      if (event.key !== 'Tab') return;
      const items = focusables(container);
      if (items.length === 0) return;
      const first = items[0];
      const last = items[items.length - 1];
      const active = activeElementIn(container);
      const outside = !active || !container.contains(active);
      if (event.shiftKey && (active === first || outside)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || outside)) {
        event.preventDefault();
        first.focus();
      }
    },
    [containerRef, onEscape],
  );
}
