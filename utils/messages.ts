// Messages between the extension's parts. Runtime: content script → background (journal).
// Tabs: popup → content script of the active tab (status of that tab). No zod here, so that the
// script injected at page load can import it; the schemas that check messages are in
// message-schemas.ts.
import type { Platform } from '@/rules/types';
import type { JournalEntry } from './journal';

export const JOURNAL_MESSAGE = 'tbyp:journal';
export const TAB_STATUS_MESSAGE = 'tbyp:tab-status';

export const JOURNAL_ACTIONS = ['edited', 'posted-anyway', 'asked-advice', 'cancelled', 'failed-open'] as const;

/** content script → background: `browser.runtime.sendMessage(message)` (recordJournal does it). */
export interface JournalMessage {
  type: typeof JOURNAL_MESSAGE;
  entry: JournalEntry;
}

/** popup → content script: `browser.tabs.sendMessage(tabId, { type: TAB_STATUS_MESSAGE })`. */
export interface TabStatusRequest {
  type: typeof TAB_STATUS_MESSAGE;
}

/** content script → popup: its reply. */
export interface TabStatus {
  platform: Platform;
  /** Compose boxes the content script is watching right now. */
  watching: number;
  /** false when the person or the organisation turned this site off. */
  siteEnabled: boolean;
  /** Epoch ms, 0 when not paused. */
  pausedUntil: number;
}

export function isTabStatusRequest(message: unknown): message is TabStatusRequest {
  return (message as TabStatusRequest | undefined)?.type === TAB_STATUS_MESSAGE;
}
