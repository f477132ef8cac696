// The parts of the content script that are not injected at page load (issue 5: the script
// injected into every page stays small). Each is an unlisted entrypoint built to its own file,
// listed in web_accessible_resources, and imported on first need by module-loader.ts.
import type { PreSubmitDialogProps } from '@/components/PreSubmitDialog';
import type { createEngine, SOURCES } from '@/rules';
import type { addAllowEntry, isPaused, loadSettings, watchSettings } from '@/utils/settings';
import { loadExtensionModule } from './module-loader';

/** The rule engine and the settings (with their validation): loaded when a compose box appears. */
export interface AnalysisModule {
  createEngine: typeof createEngine;
  /** Document names for citations. */
  SOURCES: typeof SOURCES;
  loadSettings: typeof loadSettings;
  watchSettings: typeof watchSettings;
  isPaused: typeof isPaused;
  addAllowEntry: typeof addAllowEntry;
}

/**
 * The pre-submit dialog (React): loaded when a post's verdict first turns non-ok. `mountDialog`
 * shows it in its own open shadow root, walks the flowchart itself, and returns its remover.
 */
export interface DialogModule {
  /** `onFailure` is called if the dialog fails while rendering (the post then goes through). */
  mountDialog(props: Omit<PreSubmitDialogProps, 'walk'>, onFailure: (error: unknown) => void): () => void;
}

export const ANALYSIS_MODULE = { path: '/content-analysis.js', global: '__thinkBeforeYouPostAnalysis' } as const;
export const DIALOG_MODULE = { path: '/content-dialog.js', global: '__thinkBeforeYouPostDialog' } as const;
/** The element the dialog module mounts its shadow root in (shown by hosts.css). */
export const DIALOG_HOST_TAG = 'tbyp-dialog';

export const loadAnalysisModule = () => loadExtensionModule<AnalysisModule>(ANALYSIS_MODULE.path, ANALYSIS_MODULE.global);
export const loadDialogModule = () => loadExtensionModule<DialogModule>(DIALOG_MODULE.path, DIALOG_MODULE.global);
