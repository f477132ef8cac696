// The submit guard fails open: whatever goes wrong in the extension at submit time, the site's own
// submit runs exactly once and the failure is recorded once (not once per pointer step).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '@/rules/types';
import { adapterForHost } from '@/entrypoints/content/sites';
import { createSubmitGuard, type SubmitGuardHooks } from '@/entrypoints/content/submit-guard';
import type { Composer } from '@/entrypoints/content/sites/types';

const x = adapterForHost('x.com')!;
const STOP: Analysis = { verdict: 'stop', findings: [] } as unknown as Analysis;

let controller: AbortController;
let composer: Composer;
let button: HTMLButtonElement;
/** What the site itself saw: its submits, and the pointer steps before them. */
let siteSaw: string[];

function hooks(overrides: Partial<SubmitGuardHooks>): SubmitGuardHooks {
  return {
    signal: controller.signal,
    isWatching: () => true,
    isReady: () => true,
    whenReady: () => Promise.resolve(),
    composersFor: (control) => (x.findSubmitControl(composer) === control ? [composer] : []),
    trackedComposerFromPath: (path) => (path.includes(composer.editor) ? composer : undefined),
    assess: () => ({ needsDialog: false, text: 'hello', analysis: STOP }),
    showDialog: async () => {},
    failedOpen: vi.fn(),
    ...overrides,
  };
}

/** A real click's events, in order, on the control. */
function clickLikeAPerson(control: HTMLElement): void {
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
    control.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, button: 0 }));
  }
}

beforeEach(() => {
  controller = new AbortController();
  document.body.innerHTML = `<div><div contenteditable="true" role="textbox" data-testid="tweetTextarea_0">hello</div>
    <button data-testid="tweetButtonInline">Post</button></div>`;
  [composer] = x.findComposers(document);
  button = document.querySelector('button')!;
  siteSaw = [];
  button.addEventListener('mousedown', () => siteSaw.push('mousedown'));
  button.addEventListener('click', () => siteSaw.push('submit'));
});

afterEach(() => controller.abort());

describe('the submit guard fails open', () => {
  it.each([
    ['the loading settles without them', () => Promise.resolve()],
    ['the loading itself rejects', () => Promise.reject(new Error('no rules'))],
  ])('rules that never come (%s): the held click is replayed once, the failure recorded once', async (_case, loading) => {
    const failedOpen = vi.fn();
    const stillLoading = loading();
    stillLoading.catch(() => {}); // pointer steps before the click do not wait on it
    createSubmitGuard(x, hooks({ isReady: () => false, whenReady: () => stillLoading, failedOpen })).listen();
    clickLikeAPerson(button);
    expect(siteSaw).toEqual([]);
    await vi.waitFor(() => expect(siteSaw).toContain('submit'));
    expect(siteSaw).toEqual(['mousedown', 'submit']);
    expect(failedOpen).toHaveBeenCalledTimes(1);
  });

  it('an analysis that throws: every event goes through untouched, the failure recorded once', () => {
    const failedOpen = vi.fn();
    const assess = () => {
      throw new Error('analysis failed');
    };
    createSubmitGuard(x, hooks({ assess, failedOpen })).listen();
    clickLikeAPerson(button);
    expect(siteSaw).toEqual(['mousedown', 'submit']);
    expect(failedOpen).toHaveBeenCalledTimes(1);
  });

  it('a dialog that cannot be shown: the post goes through once and the failure is recorded', async () => {
    const failedOpen = vi.fn();
    const showDialog = () => Promise.reject(new Error('dialog failed'));
    createSubmitGuard(x, hooks({ assess: () => ({ needsDialog: true, text: 'hello', analysis: STOP }), showDialog, failedOpen })).listen();
    clickLikeAPerson(button);
    expect(siteSaw).toEqual([]);
    await vi.waitFor(() => expect(siteSaw).toContain('submit'));
    expect(siteSaw).toEqual(['mousedown', 'submit']);
    expect(failedOpen).toHaveBeenCalledTimes(1);
    // The guard is free again: the next clean submit goes straight through.
    clickLikeAPerson(button);
    expect(siteSaw.filter((step) => step === 'submit')).toHaveLength(1);
  });

  it('an orphaned script (not watching any more) stays out of the way', () => {
    const assess = vi.fn();
    createSubmitGuard(x, hooks({ isWatching: () => false, assess })).listen();
    clickLikeAPerson(button);
    expect(siteSaw).toEqual(['mousedown', 'submit']);
    expect(assess).not.toHaveBeenCalled();
  });
});
