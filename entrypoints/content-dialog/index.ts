// The pre-submit dialog's React UI, loaded by the content script on first need
// (entrypoints/content/lazy-modules.ts) so that React is not injected into every page.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { PreSubmitDialog } from '@/components/PreSubmitDialog';
import { walkFlowchart } from '@/rules';
import { hostParent } from '@/entrypoints/content/host-parent';
import { DIALOG_HOST_TAG, DIALOG_MODULE, type DialogModule } from '@/entrypoints/content/lazy-modules';

const mountDialog: DialogModule['mountDialog'] = (props, onFailure) => {
  const host = document.createElement(DIALOG_HOST_TAG);
  // The page's styles must not reach in; the host itself sits above everything. Hidden until
  // the content script's hosts.css, which leaves with the extension, shows it.
  host.style.cssText = 'all: initial; display: none; position: fixed; inset: 0; z-index: 2147483647;';
  const shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.append(container);
  // In the top layer (a manual popover: no light dismiss, no Escape of its own), no page element
  // stands above it whatever its z-index, nor a popover or toast the page showed before it. A page's
  // modal <dialog> is handled by hostParent: the host goes inside it, where it can be used.
  host.popover = 'manual';
  hostParent().append(host);
  // A popover the page shows later goes above it: the host goes back on top, keeping the focus where it
  // was. A <details> that opens sends the same event, and stays out of the top layer.
  const staysOnTop = (event: Event) => {
    const opened = event.target;
    if (opened === host || !(opened instanceof Element) || !opened.hasAttribute('popover')) return;
    if ((event as ToggleEvent).newState !== 'open' || !host.matches(':popover-open')) return;
    const focused = shadow.activeElement as HTMLElement | null;
    host.hidePopover();
    host.showPopover();
    focused?.focus({ preventScroll: true });
  };
  try {
    host.showPopover();
    // Toggle events do not bubble: the capture phase sees every popover of the document.
    document.addEventListener('toggle', staysOnTop, true);
  } catch {
    // Without the popover API the fixed, highest z-index host is the best there is.
  }
  // Escape is the dialog's own (Edit): it must not also close a modal <dialog> of the site holding the draft.
  host.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') event.preventDefault();
  });
  // A render error would leave an empty overlay and a post waiting for a choice that cannot be made.
  const root = createRoot(container, { onUncaughtError: onFailure });
  root.render(createElement(PreSubmitDialog, { ...props, walk: walkFlowchart(props.analysis.findings) }));
  return () => {
    document.removeEventListener('toggle', staysOnTop, true);
    root.unmount();
    host.remove();
  };
};

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[DIALOG_MODULE.global] = { mountDialog } satisfies DialogModule;
});
