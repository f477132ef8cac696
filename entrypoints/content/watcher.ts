// Finds compose boxes as they come and go: a debounced MutationObserver on the document and on
// every open shadow root it meets (LinkedIn's newer UI lives in one), plus a look at whatever
// editable element gets focus, which catches shadow roots attached after their host.
import type { Composer, SiteAdapter } from './sites/types';

const SCAN_DELAY_MS = 150;

export interface ComposerWatcher {
  /** Looks at the whole document (and its open shadow roots) again. */
  rescan(): void;
  /** Looks at the element that just got focus or input, shadow roots included. */
  inspect(element: Element): void;
  /** Scans what changed since the last scan now, not after the pause (a submit is being decided). */
  flush(): void;
}

export function watchComposers(
  adapter: SiteAdapter,
  handlers: { found(composer: Composer): void; pruned(): void },
  signal: AbortSignal,
): ComposerWatcher {
  const observed = new WeakSet<Node>();
  const pending = new Set<ParentNode>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pruneNeeded = false;

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') pending.add(record.target as Element);
      for (const node of record.addedNodes) if (node instanceof Element) pending.add(node);
      if (record.removedNodes.length) pruneNeeded = true;
    }
    schedule();
  });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });

  function observe(root: Document | ShadowRoot) {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
  }

  function openShadowRootsUnder(root: ParentNode): ShadowRoot[] {
    const found: ShadowRoot[] = [];
    const start = root instanceof Element ? root : (root as Document | ShadowRoot);
    const walker = document.createTreeWalker(start, NodeFilter.SHOW_ELEMENT);
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      const shadow = (node as Element).shadowRoot;
      if (shadow) found.push(shadow);
    }
    return found;
  }

  function scan(root: ParentNode) {
    for (const composer of adapter.findComposers(root)) handlers.found(composer);
    for (const shadow of openShadowRootsUnder(root)) {
      if (!observed.has(shadow)) {
        observe(shadow);
        scan(shadow);
      }
    }
  }

  function flush() {
    clearTimeout(timer);
    timer = undefined;
    if (pruneNeeded) handlers.pruned();
    pruneNeeded = false;
    const roots = [...pending];
    pending.clear();
    for (const root of roots) if ((root as Node).isConnected) scan(root);
  }

  function schedule() {
    if (timer === undefined && !signal.aborted) timer = setTimeout(flush, SCAN_DELAY_MS);
  }

  observe(document);
  return {
    rescan() {
      pending.add(document);
      schedule();
    },
    inspect(element) {
      const root = element.getRootNode();
      if (root instanceof ShadowRoot && !observed.has(root)) {
        observe(root);
        pending.add(root);
        schedule();
      }
      const composer = adapter.recognise(element);
      if (composer) handlers.found(composer);
    },
    flush() {
      if (timer !== undefined) flush();
    },
  };
}
