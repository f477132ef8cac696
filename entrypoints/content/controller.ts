// Wires one site's adapter to the engine, the badge, the highlights and the pre-submit dialog.
// Injected at page load: the adapters, the watcher, the submit guard and the badge. The engine
// and settings load when the first compose box appears, the dialog when a verdict first turns
// non-ok (lazy-modules.ts). Until the engine has loaded, nothing is checked (fail open).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { Engine, RulePack } from '@/rules';
import type { Analysis } from '@/rules/types';
import type { JournalAction, JournalEntry } from '@/utils/journal';
import { isTabStatusRequest, JOURNAL_MESSAGE, type JournalMessage, type TabStatus } from '@/utils/messages';
import type { EffectiveSettings } from '@/utils/settings';
import { createBadge, isUnchecked, type Badge, type BadgeState } from './badge';
import { createHighlights, type Highlights } from './highlights';
import { DIALOG_HOST_TAG, loadAnalysisModule, loadDialogModule, type AnalysisModule } from './lazy-modules';
import { createOverlayRoot, OVERLAY_HOST_TAG, type OverlayRoot } from './overlay-root';
import { watchComposers } from './watcher';
import { createSubmitGuard, type SubmitAttempt } from './submit-guard';
import type { Composer, SiteAdapter } from './sites/types';

/**
 * Very long posts: while typing, only the first KEYSTROKE_ANALYSIS_LIMIT characters are analysed
 * (debounced), so a 100k-character paste never freezes the page on every key; at submit time the
 * whole text is analysed once, so nothing past the limit escapes the check.
 */
const KEYSTROKE_ANALYSIS_LIMIT = 5_000;
const ANALYSIS_DELAY_MS = 250;
/** How long a submit made before the rules and settings are known waits for them, at most. */
const SETTINGS_WAIT_AT_SUBMIT_MS = 6_000;
/** How long a held post waits for the dialog's code, at most. */
const DIALOG_LOAD_TIMEOUT_MS = 10_000;

interface Tracked {
  composer: Composer;
  badge: Badge;
  highlights: Highlights;
  observer: MutationObserver;
  /** Removes the box's own event listeners. */
  listeners: AbortController;
  text: string;
  analysis?: Analysis;
  state: BadgeState;
  timer?: ReturnType<typeof setTimeout>;
  /** Date.now() of the box's last change. */
  changedAt: number;
}

export function startContentScript(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  const signal = ctx.signal;
  // Left by an earlier copy of this script that can no longer run (Firefox injects the new copy
  // into open tabs when the extension is updated or enabled again): its badges and dialog are dead.
  for (const stale of document.querySelectorAll(`${OVERLAY_HOST_TAG}, ${DIALOG_HOST_TAG}`)) stale.remove();
  const tracked = new Map<HTMLElement, Tracked>();
  let analysisModule: AnalysisModule | undefined;
  let analysisLoading: Promise<void> | undefined;
  /** Set when the rules could not be loaded or applied: boxes say they are not watched. */
  let analysisFailed = false;
  let settings: EffectiveSettings | undefined;
  let engine: Engine | undefined;
  let overlay: OverlayRoot | undefined;
  let layoutFrame = 0;
  /** Boxes grow as people type: the badge follows on a resize, with no layout read per key. */
  const resizes = new ResizeObserver(() => requestLayout());

  /** Settings known, not paused, this site on. */
  const isActive = () =>
    settings !== undefined &&
    engine !== undefined &&
    !analysisModule!.isPaused(settings) &&
    settings.sites[adapter.platform] !== false;

  /**
   * Loads the engine and the settings once, on the first compose box. On a fresh profile the
   * first read of the organisation's policy can take seconds; until it is known, a submit is
   * held (see submit-guard.ts) rather than let through unchecked.
   */
  function loadAnalysis(): Promise<void> {
    analysisLoading ??= (async () => {
      try {
        const module = await loadAnalysisModule();
        analysisModule = module;
        module.watchSettings(applySettings, signal);
        applySettings(await module.loadSettings());
        analysisFailed = false;
      } catch (error) {
        // Never rejects: a submit held while loading must be let through (fail open).
        analysisLoading = undefined;
        analysisFailed = true;
        console.warn('[Think Before You Post] could not load the rules; posts are not checked', error);
        for (const entry of tracked.values()) showUnavailable(entry);
      }
    })();
    return analysisLoading;
  }

  function applySettings(next: EffectiveSettings) {
    if (signal.aborted) return;
    settings = next;
    engine = analysisModule!.createEngine({
      orgPack: next.rulePack as RulePack | undefined,
      disabledPrinciples: next.disabledPrinciples,
      allowList: next.allowList,
      organization: next.organization,
    });
    if (!isActive()) {
      for (const editor of [...tracked.keys()]) untrack(editor);
      return;
    }
    watcher.rescan();
    for (const entry of tracked.values()) analyse(entry);
  }

  // ── boxes ──────────────────────────────────────────────────────────────────────────────
  function track(composer: Composer) {
    if (tracked.has(composer.editor) || (settings && !isActive())) return;
    void loadAnalysis();
    overlay ??= createOverlayRoot();
    overlay.ensureAttached();
    const entry: Tracked = {
      composer,
      badge: createBadge(overlay.shadow, signal),
      highlights: createHighlights(overlay.shadow),
      // Editors change their DOM without input events too (paste, undo, re-render): read on any change.
      observer: new MutationObserver(() => scheduleAnalysis(entry)),
      listeners: new AbortController(),
      text: '',
      state: 'ok',
      changedAt: 0,
    };
    entry.observer.observe(composer.editor, { childList: true, subtree: true, characterData: true });
    resizes.observe(composer.editor);
    // A textarea's value changes with no DOM mutation. Only there is input listened to: a listener
    // for every input on the page would cost each key typed anywhere.
    if (composer.editor instanceof HTMLTextAreaElement) {
      composer.editor.addEventListener('input', () => scheduleAnalysis(entry), { passive: true, signal: entry.listeners.signal });
    }
    tracked.set(composer.editor, entry);
    if (analysisFailed) showUnavailable(entry);
    else analyse(entry);
  }

  function untrack(editor: HTMLElement) {
    const entry = tracked.get(editor);
    if (!entry) return;
    clearTimeout(entry.timer);
    entry.observer.disconnect();
    entry.listeners.abort();
    resizes.unobserve(editor);
    entry.badge.remove();
    entry.highlights.remove();
    tracked.delete(editor);
  }

  function pruneRemoved() {
    for (const editor of [...tracked.keys()]) if (!editor.isConnected) untrack(editor);
  }

  const watcher = watchComposers(adapter, { found: track, pruned: pruneRemoved }, signal);
  // Usually nothing is there yet (document_start), but a script injected into an open tab (Firefox,
  // when the extension is installed or enabled again) meets boxes that no mutation will announce.
  watcher.rescan();

  function trackedFromPath(path: EventTarget[]): Tracked | undefined {
    for (const node of path) {
      const entry = node instanceof HTMLElement ? tracked.get(node) : undefined;
      if (entry) return entry;
    }
    return undefined;
  }

  // ── analysis while typing ─────────────────────────────────────────────────────────────
  function contextFor(composer: Composer) {
    return {
      platform: adapter.platform,
      kind: adapter.kindOf(composer),
      images: adapter.countAttachments(composer),
      organization: settings?.organization,
    };
  }

  function scheduleAnalysis(entry: Tracked) {
    // Underlines move with the text at once; the badge moves with the box (`resizes`); the verdict after the pause.
    if (entry.analysis?.findings.length) requestLayout();
    entry.changedAt = Date.now();
    entry.timer ??= setTimeout(() => analyseAfterPause(entry), ANALYSIS_DELAY_MS);
  }

  /** One timer per pause in typing rather than one per key: it waits out what is left of the pause. */
  function analyseAfterPause(entry: Tracked) {
    const quietFor = Date.now() - entry.changedAt;
    entry.timer = quietFor < ANALYSIS_DELAY_MS ? setTimeout(() => analyseAfterPause(entry), ANALYSIS_DELAY_MS - quietFor) : undefined;
    if (!entry.timer) analyse(entry);
  }

  function analyse(entry: Tracked) {
    if (!engine || !entry.composer.editor.isConnected) return;
    const { composer } = entry;
    try {
      entry.text = adapter.readText(composer.editor);
      entry.analysis = entry.text.trim()
        ? engine.analyze(entry.text.slice(0, KEYSTROKE_ANALYSIS_LIMIT), contextFor(composer))
        : undefined;
      entry.state = badgeState(entry);
      entry.badge.update(entry.state, entry.analysis, settings!.uiLanguage, analysisModule!.SOURCES);
    } catch (error) {
      // A failing analysis leaves the box unchecked, and says so; the submit then fails open.
      console.warn('[Think Before You Post] analysis failed', error);
      showUnavailable(entry);
      return;
    }
    if (entry.analysis && entry.analysis.verdict !== 'ok') loadDialogModule().catch(() => {}); // pre-warm
    requestLayout();
  }

  function showUnavailable(entry: Tracked) {
    entry.analysis = undefined;
    entry.state = 'unavailable';
    entry.badge.update('unavailable', undefined, settings?.uiLanguage ?? 'en', analysisModule?.SOURCES ?? {});
    requestLayout();
  }

  /** A box whose submit control cannot be found is read but not guarded: say so. */
  function badgeState(entry: Tracked): BadgeState {
    const { composer } = entry;
    const guardedByKey = composer.spec?.submitKeys.includes('enter') ?? false;
    if (entry.text.trim() && !guardedByKey && !adapter.findSubmitControl(composer)) return 'unwatched';
    if (!composer.spec) return 'unwatched';
    return entry.analysis?.verdict ?? 'ok';
  }

  // ── drawing ───────────────────────────────────────────────────────────────────────────
  function requestLayout() {
    if (!layoutFrame && !signal.aborted) layoutFrame = requestAnimationFrame(layout);
  }

  function deepActiveElement(): Element | null {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  }

  function layout() {
    layoutFrame = 0;
    overlay?.ensureAttached();
    const active = deepActiveElement();
    for (const entry of tracked.values()) {
      const { editor } = entry.composer;
      const shown =
        (engine !== undefined || analysisFailed) &&
        (entry.text.trim() !== '' || (active !== null && editor.contains(active)) || isUnchecked(entry.state));
      entry.badge.place(shown ? editor.getBoundingClientRect() : null);
      const findings = entry.analysis?.findings ?? [];
      if (findings.length) entry.highlights.draw(editor, entry.text, findings);
      else entry.highlights.clear();
    }
  }

  // ── submit ────────────────────────────────────────────────────────────────────────────
  /** Analyses the whole text of the boxes that one submit sends (a thread shares one button). */
  function analyseForSubmit(attempt: SubmitAttempt): { text: string; analysis: Analysis } {
    const text = attempt.composers.map((composer) => adapter.readText(composer.editor)).join('\n\n');
    const analysis = engine!.analyze(text, contextFor(attempt.composers[0]));
    return { text, analysis };
  }

  function journal(attempt: SubmitAttempt, analysis: Analysis | undefined, text: string, action: JournalAction, justification?: string) {
    const entry: JournalEntry = {
      time: Date.now(),
      site: adapter.platform,
      kind: adapter.kindOf(attempt.composers[0]),
      verdict: analysis?.verdict ?? 'ok',
      rules: analysis?.findings.map((finding) => finding.rule) ?? [],
      action,
      justification,
      text,
    };
    // Straight to the background (which applies the journal settings), so that a failure of the
    // analysis module itself is recorded too.
    const message: JournalMessage = { type: JOURNAL_MESSAGE, entry };
    browser.runtime.sendMessage(message).catch(() => {});
  }

  const guard = createSubmitGuard(adapter, {
    signal,
    // An orphaned script (extension reloaded, disabled or updated) stands aside at once.
    isWatching: () => ctx.isValid && (settings === undefined ? tracked.size > 0 : isActive()),
    isReady: () => settings !== undefined && engine !== undefined,
    whenReady() {
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, SETTINGS_WAIT_AT_SUBMIT_MS));
      return Promise.race([loadAnalysis(), timeout]);
    },
    composersFor(control) {
      // A box re-rendered a moment ago is not lost to the pause of the watcher.
      watcher.flush();
      const composers = [...tracked.values()]
        .map((entry) => entry.composer)
        .filter((composer) => adapter.findSubmitControl(composer) === control);
      return composers;
    },
    trackedComposerFromPath: (path) => trackedFromPath(path)?.composer,
    assess(attempt) {
      const { text, analysis } = analyseForSubmit(attempt);
      return { needsDialog: text.trim() !== '' && analysis.verdict !== 'ok', text, analysis };
    },
    async showDialog(attempt, { text, analysis }) {
      const dialog = await Promise.race([
        loadDialogModule(),
        // A load that never settles must not hold the post for ever: the guard then lets it through.
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the dialog did not load in time')), DIALOG_LOAD_TIMEOUT_MS)),
      ]);
      const current = settings!;
      await new Promise<void>((resolve, reject) => {
        const unmount = dialog.mountDialog({
          analysis,
          text,
          settings: current,
          onEdit() {
            unmount();
            attempt.composers[0].editor.focus();
            journal(attempt, analysis, text, 'edited');
            resolve();
          },
          onPostAnyway(justification) {
            unmount();
            journal(attempt, analysis, text, 'posted-anyway', justification);
            attempt.replay();
            resolve();
          },
          onAskAdvice() {
            journal(attempt, analysis, text, 'asked-advice');
          },
          onMarkWrong(finding) {
            analysisModule?.addAllowEntry({ rule: finding.rule, phrase: finding.excerpt }).catch(() => {});
          },
        }, (error) => {
          unmount();
          reject(error); // the guard lets the post through and records it
        });
      });
    },
    failedOpen(attempt, error, assessed) {
      console.warn('[Think Before You Post] submit check failed; the post went through', error);
      journal(attempt, assessed?.analysis, assessed?.text ?? '', 'failed-open');
    },
  });

  // ── events ────────────────────────────────────────────────────────────────────────────
  const listen = <K extends keyof WindowEventMap>(type: K, handler: (event: WindowEventMap[K]) => void) =>
    window.addEventListener(type, handler, { capture: true, passive: true, signal });

  listen('focusin', (event) => {
    const target = event.composedPath()[0];
    if (target instanceof Element && !tracked.has(target as HTMLElement)) watcher.inspect(target);
    requestLayout();
  });
  listen('focusout', requestLayout);
  listen('scroll', requestLayout);
  listen('resize', requestLayout);
  // Layout shifts that fire no event (images loading, side panels) are caught by a slow tick.
  ctx.setInterval(requestLayout, 1000);
  guard.listen();

  // sendResponse rather than a returned promise: older Chromium ignores promises here.
  const answerTabStatus = (message: unknown, _sender: unknown, sendResponse: (status: TabStatus) => void) => {
    if (!isTabStatusRequest(message)) return false;
    sendResponse({
      platform: adapter.platform,
      watching: tracked.size,
      siteEnabled: settings?.sites[adapter.platform] !== false,
      pausedUntil: settings?.pausedUntil ?? 0,
    });
    return false;
  };
  browser.runtime.onMessage.addListener(answerTabStatus);

  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(answerTabStatus);
    cancelAnimationFrame(layoutFrame);
    for (const editor of [...tracked.keys()]) untrack(editor);
    overlay?.remove();
  });
}
