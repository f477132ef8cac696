import { browser } from 'wxt/browser';

const loading = new Map<string, Promise<unknown>>();

/**
 * Loads a part of the content script on first need, once: an ES `import()` of a web-accessible
 * extension file (built from an unlisted entrypoint), which Chromium (MV3) and Firefox (MV2)
 * both evaluate in the content script's own world; the file registers what it offers on that
 * world's global. A failed load is forgotten so that the next need tries again.
 */
export function loadExtensionModule<T>(path: string, globalName: string): Promise<T> {
  let promise = loading.get(path) as Promise<T> | undefined;
  if (!promise) {
    promise = import(/* @vite-ignore */ browser.runtime.getURL(path as Parameters<typeof browser.runtime.getURL>[0])).then(() => {
      const module = (globalThis as Record<string, unknown>)[globalName] as T | undefined;
      if (!module) throw new Error(`${path} loaded but did not register itself`);
      return module;
    });
    promise.catch(() => loading.delete(path));
    loading.set(path, promise);
  }
  return promise;
}
