import { browser } from 'wxt/browser';
import { journalMessageSchema } from '@/utils/message-schemas';
import { purgeJournal, writeJournal } from '@/utils/journal';
import { loadSettings, refreshPolicy } from '@/utils/settings';

export default defineBackground(() => {
  // Content scripts cannot reach the extension's IndexedDB: they send journal entries here.
  // sendResponse + `return true` rather than a returned promise: older Chromium ignores promises.
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (ok: boolean) => void) => {
    const parsed = journalMessageSchema.safeParse(message);
    if (!parsed.success) return false;
    writeJournal(parsed.data.entry).then(
      () => sendResponse(true),
      () => sendResponse(false),
    );
    return true;
  });

  // Warm the policy cache early, so that content scripts start with the organisation's policy.
  void refreshPolicy();
  void loadSettings().then(({ journal }) => purgeJournal(journal.retentionDays));
});
