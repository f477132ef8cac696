// Catches every way a post is sent (pointer on the submit control, Ctrl/Cmd+Enter, Enter where
// the site submits on Enter) in the capture phase on window, before the site's own handlers.
// An ok post meets no friction at all; otherwise the event is stopped and the dialog decides.
// If anything fails, the site's submit runs as it would have (fail open).
import type { Analysis } from '@/rules/types';
import { isDisabled } from './sites/adapter';
import type { Composer, SiteAdapter } from './sites/types';

/** The pointer events of a click, in the order a real click fires them. */
const POINTER_SEQUENCE = ['pointerdown', 'mousedown', 'pointerup', 'mouseup'] as const;
type PointerStep = (typeof POINTER_SEQUENCE)[number];

export interface SubmitAttempt {
  /** The boxes this submit sends (several for a thread on X). */
  composers: Composer[];
  /** Runs the site's own submit once, with nothing checked on the way. */
  replay(): void;
}

export interface Assessment {
  needsDialog: boolean;
  text: string;
  analysis: Analysis;
}

export interface SubmitGuardHooks {
  signal: AbortSignal;
  /** False when paused, the site is off, or no box is watched: the guard stays out of the way. */
  isWatching(): boolean;
  /** Whether the rules and settings are known. */
  isReady(): boolean;
  /** Settles when they are known, or when waiting for them is given up (asked only when not ready). */
  whenReady(): Promise<void>;
  /** The watched boxes that this control submits (none: it is not a submit control we know). */
  composersFor(control: HTMLElement): Composer[];
  trackedComposerFromPath(path: EventTarget[]): Composer | undefined;
  assess(attempt: SubmitAttempt): Assessment;
  /** Resolves when the person has chosen; Post anyway calls attempt.replay(). */
  showDialog(attempt: SubmitAttempt, assessment: Assessment): Promise<void>;
  failedOpen(attempt: SubmitAttempt, error: unknown, assessment?: Assessment): void;
}

const BUTTON_LIKE = 'button, [role="button"], input[type="submit"]';

export function createSubmitGuard(adapter: SiteAdapter, hooks: SubmitGuardHooks) {
  /** True only while the site's own submit is replayed: the guard lets those events through. */
  let replaying = false;
  let dialogOpen = false;
  /** Pointer steps stopped on a control since its last click, replayed before the click. */
  let stoppedSteps: { control: HTMLElement; steps: Set<PointerStep> } | undefined;

  function stop(event: Event) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  function replayClick(control: HTMLElement) {
    const steps = stoppedSteps?.control === control ? stoppedSteps.steps : new Set<PointerStep>();
    stoppedSteps = undefined;
    for (const step of POINTER_SEQUENCE) {
      if (!steps.has(step)) continue;
      const init = { bubbles: true, cancelable: true, composed: true, button: 0, view: window };
      control.dispatchEvent(step.startsWith('pointer') ? new PointerEvent(step, { ...init, isPrimary: true, pointerType: 'mouse' }) : new MouseEvent(step, init));
    }
    control.click();
  }

  function withReplayPass(run: () => void) {
    replaying = true;
    try {
      run();
    } finally {
      replaying = false;
    }
  }

  /**
   * The assessment, or undefined when it failed: the post goes on, and the failure is recorded
   * once per submit, by the event that decides it (not by each pointer step before the click).
   */
  function assess(attempt: SubmitAttempt, decides: boolean): Assessment | undefined {
    try {
      return hooks.assess(attempt);
    } catch (error) {
      if (decides) hooks.failedOpen(attempt, error);
      return undefined;
    }
  }

  async function show(attempt: SubmitAttempt, assessment: Assessment): Promise<void> {
    try {
      await hooks.showDialog(attempt, assessment);
    } catch (error) {
      // The dialog could not be shown: post as the site intended rather than leave a dead button.
      hooks.failedOpen(attempt, error, assessment);
      attempt.replay();
    }
  }

  /** For a submit held while the rules were loading: check it now, then post or ask. */
  async function settleHeld(attempt: SubmitAttempt): Promise<void> {
    if (!hooks.isWatching()) return attempt.replay();
    if (!hooks.isReady()) {
      // The rules are still not there (failed or too slow): post unchecked, and record it.
      hooks.failedOpen(attempt, new Error('the rules and settings were not ready at submit time'));
      return attempt.replay();
    }
    const assessment = assess(attempt, true);
    if (assessment?.needsDialog) await show(attempt, assessment);
    else attempt.replay();
  }

  function whileDialogOpen(run: () => Promise<void>) {
    dialogOpen = true;
    run().finally(() => {
      dialogOpen = false;
    });
  }

  /** Stops the event and opens the dialog when the post needs it; lets it through otherwise. */
  function decide(event: Event, attempt: SubmitAttempt, opensDialog: boolean) {
    if (dialogOpen) {
      stop(event); // the dialog is already deciding this post
      return;
    }
    if (!hooks.isReady()) {
      stop(event);
      // Settled whatever the loading did: a held submit is never left stopped.
      const settle = () => settleHeld(attempt);
      if (opensDialog) whileDialogOpen(() => hooks.whenReady().then(settle, settle));
      return;
    }
    const assessment = assess(attempt, opensDialog);
    if (!assessment?.needsDialog) return;
    stop(event);
    if (opensDialog) whileDialogOpen(() => show(attempt, assessment));
  }

  function onPointer(event: MouseEvent) {
    if (replaying || !hooks.isWatching() || event.button !== 0) return;
    const path = event.composedPath();
    for (const node of path) {
      if (!(node instanceof HTMLElement) || !node.matches(BUTTON_LIKE)) continue;
      if (isDisabled(node)) return;
      const composers = hooks.composersFor(node);
      if (!composers.length) continue;
      const control = node;
      const attempt: SubmitAttempt = { composers, replay: () => withReplayPass(() => replayClick(control)) };
      const isClick = event.type === 'click';
      if (!isClick) {
        if (stoppedSteps?.control !== control) stoppedSteps = { control, steps: new Set() };
      }
      decide(event, attempt, isClick);
      if (!isClick && event.defaultPrevented) stoppedSteps?.steps.add(event.type as PointerStep);
      return;
    }
  }

  function onKeydown(event: KeyboardEvent) {
    // The key first: this runs on every key the person types.
    if (event.key !== 'Enter' || replaying || !hooks.isWatching() || event.isComposing || event.keyCode === 229) return;
    const composer = hooks.trackedComposerFromPath(event.composedPath());
    if (!composer || !adapter.isSubmitKey(event, composer)) return;
    const control = adapter.findSubmitControl(composer);
    const key = { key: event.key, code: event.code, keyCode: 13, which: 13, ctrlKey: event.ctrlKey, metaKey: event.metaKey };
    const composers = control ? hooks.composersFor(control) : [];
    const attempt: SubmitAttempt = {
      composers: composers.length ? composers : [composer],
      replay: () =>
        withReplayPass(() => {
          // The box's own submit control when it has one; else the same key, sent to the box.
          if (control?.isConnected && !isDisabled(control)) return replayClick(control);
          composer.editor.focus();
          composer.editor.dispatchEvent(new KeyboardEvent('keydown', { ...key, bubbles: true, cancelable: true, composed: true }));
        }),
    };
    decide(event, attempt, true);
    // The site must not see the keyup of an Enter it never saw go down. Listened to only then:
    // a listener on every keyup would cost each key typed.
    if (event.defaultPrevented) window.addEventListener('keyup', onStoppedEnterKeyup, { capture: true, signal: hooks.signal });
    else window.removeEventListener('keyup', onStoppedEnterKeyup, { capture: true });
  }

  function onStoppedEnterKeyup(event: KeyboardEvent) {
    if (event.key !== 'Enter') return;
    window.removeEventListener('keyup', onStoppedEnterKeyup, { capture: true });
    event.stopImmediatePropagation();
  }

  return {
    listen() {
      const options = { capture: true, signal: hooks.signal };
      for (const type of [...POINTER_SEQUENCE, 'click'] as const) window.addEventListener(type, onPointer, options);
      window.addEventListener('keydown', onKeydown, options);
    },
  };
}
