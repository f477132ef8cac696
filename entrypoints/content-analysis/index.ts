// The rule engine and the settings for the content script, loaded when the first compose box
// appears (entrypoints/content/lazy-modules.ts): they are most of its weight.
import { createEngine, SOURCES } from '@/rules';
import { addAllowEntry, isPaused, loadSettings, watchSettings } from '@/utils/settings';
import { ANALYSIS_MODULE, type AnalysisModule } from '@/entrypoints/content/lazy-modules';

const analysisModule: AnalysisModule = {
  createEngine,
  SOURCES,
  loadSettings,
  watchSettings,
  isPaused,
  addAllowEntry,
};

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[ANALYSIS_MODULE.global] = analysisModule;
});
