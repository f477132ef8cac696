// Messages between the extension's parts. Runtime: content script → background (journal).
// Tabs: popup → content script of the active tab (status of that tab).
import { z } from 'zod';
import { PLATFORMS, POST_KINDS } from '@/rules/types';
import type { Platform } from '@/rules/types';

export const JOURNAL_MESSAGE = 'tbyp:journal';
export const TAB_STATUS_MESSAGE = 'tbyp:tab-status';

export const JOURNAL_ACTIONS = ['edited', 'posted-anyway', 'asked-advice', 'cancelled', 'failed-open'] as const;

export const journalEntrySchema = z.object({
  time: z.number(),
  site: z.enum(PLATFORMS),
  kind: z.enum(POST_KINDS),
  verdict: z.enum(['ok', 'caution', 'stop']),
  rules: z.array(z.string()),
  action: z.enum(JOURNAL_ACTIONS),
  justification: z.string().optional(),
  text: z.string().optional(),
});

export const journalMessageSchema = z.object({ type: z.literal(JOURNAL_MESSAGE), entry: journalEntrySchema });
export type JournalMessage = z.infer<typeof journalMessageSchema>;

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

export const tabStatusSchema = z.object({
  platform: z.enum(PLATFORMS),
  watching: z.number().int().nonnegative(),
  siteEnabled: z.boolean(),
  pausedUntil: z.number().nonnegative(),
});

export function isTabStatusRequest(message: unknown): message is TabStatusRequest {
  return (message as TabStatusRequest | undefined)?.type === TAB_STATUS_MESSAGE;
}
