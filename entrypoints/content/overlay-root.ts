// One shadow host for everything drawn on the page (badges, panels, highlights). It sits
// outside the site's editors and is `open` so assistive tools and tests can reach it.
import { hostParent } from './host-parent';
import overlayCss from './overlay.css?inline';

export const OVERLAY_HOST_TAG = 'tbyp-overlay';

export interface OverlayRoot {
  shadow: ShadowRoot;
  /** Puts the host back if the page removed it (SPAs rebuild the body), or into a modal dialog the page opened. */
  ensureAttached(): void;
  remove(): void;
}

export function createOverlayRoot(): OverlayRoot {
  const host = document.createElement(OVERLAY_HOST_TAG);
  // Fixed, zero-size, above the page, and blind to the mouse except where a child opts in.
  // Hidden until hosts.css (which leaves with the extension) shows it.
  host.style.cssText =
    'all: initial; display: none; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483646; pointer-events: none;';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = overlayCss;
  shadow.append(style);
  const ensureAttached = () => {
    const parent = hostParent();
    if (host.parentElement !== parent) parent.append(host);
  };
  ensureAttached();
  return { shadow, ensureAttached, remove: () => host.remove() };
}
