// The default UI language: the browser's, when the product speaks it. Kept apart from the
// UI strings so that the content script's settings do not pull in every translation.
import { browser } from 'wxt/browser';
import { LANGUAGES, type Language } from '@/rules/types';

export function toLanguage(tag: string | undefined): Language | undefined {
  const primary = tag?.toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((language) => language === primary);
}

/** The browser's UI language when the product speaks it, else English. */
export function browserLanguage(): Language {
  let tag: string | undefined;
  try {
    tag = browser.i18n.getUILanguage();
  } catch {
    // not an extension context (tests, plain pages)
  }
  return toLanguage(tag) ?? toLanguage(globalThis.navigator?.language) ?? 'en';
}
