// The rule engine and the settings for the content script, loaded when the first compose box
// appears (entrypoints/content/lazy-modules.ts): they are most of its weight.
import { browser } from 'wxt/browser';
import { createEngine, SOURCES } from '@/rules';
import { addAllowEntry, isPaused, loadSettings, watchSettings } from '@/utils/settings';
import { JOURNAL_MESSAGE, type JournalMessage } from '@/utils/messages';
import { ANALYSIS_MODULE, type AnalysisModule } from '@/entrypoints/content/lazy-modules';

const analysisModule: AnalysisModule = {
  createEngine,
  SOURCES,
  loadSettings,
  watchSettings,
  isPaused,
  addAllowEntry,
  async sendJournal(entry) {
    // Not recordJournal: it would bring Dexie along, and the background writes the entry anyway.
    const message: JournalMessage = { type: JOURNAL_MESSAGE, entry };
    await browser.runtime.sendMessage(message);
  },
};

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[ANALYSIS_MODULE.global] = analysisModule;
});
