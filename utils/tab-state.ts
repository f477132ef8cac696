// What the popup says about the active tab: asks its content script (TAB_STATUS_MESSAGE),
// and when none answers, tells a covered site that needs a reload from a site not covered.
import { browser } from 'wxt/browser';
import type { Platform } from '@/rules/types';
import { TAB_STATUS_MESSAGE, type TabStatus, type TabStatusRequest } from './messages';
import { tabStatusSchema } from './message-schemas';
import { platformOfUrl } from './sites';

export type TabState =
  | { kind: 'active'; status: TabStatus }
  | { kind: 'not-running'; platform: Platform }
  | { kind: 'not-covered' };

export async function queryActiveTab(): Promise<TabState> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) {
    try {
      const request: TabStatusRequest = { type: TAB_STATUS_MESSAGE };
      const status = tabStatusSchema.safeParse(await browser.tabs.sendMessage(tab.id, request));
      if (status.success) return { kind: 'active', status: status.data };
    } catch {
      // no content script in this tab
    }
  }
  const platform = platformOfUrl(tab?.url);
  return platform ? { kind: 'not-running', platform } : { kind: 'not-covered' };
}
