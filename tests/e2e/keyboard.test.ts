/**
 * The whole pre-submit flow by keyboard alone on the X page, in Chromium and Firefox with the
 * built extension: Tab into the composer, type, submit with Ctrl+Enter or with Enter on the
 * Post button; the dialog takes the focus and keeps it (Tab and Shift+Tab cycle inside);
 * "Ask for advice", "Edit" and "Post anyway" are reached with Tab and pressed with Enter or
 * Space; Edit and Escape give the focus back to the composer with the text untouched.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, launch, waitUntil, type Session, type TestPage } from './harness/browsers';
import { editorText, expectPublishedOnce, published, settle } from './harness/flows';
import type { Target } from './harness/page-toolkit';
import { ROOT } from './harness/paths';
import { RISKY_TEXTS } from './harness/product-suite';
import { pathsFor, type SubmitPath } from './harness/submit-paths';
import { ASK_FOR_ADVICE_BUTTON, EDIT_BUTTON, POST_ANYWAY_BUTTON, PRE_SUBMIT_DIALOG } from './harness/ui-contract';

const MESSAGES = JSON.parse(readFileSync(`${ROOT}/public/_locales/en/messages.json`, 'utf8')) as Record<string, { message: string }>;
const RISKY = RISKY_TEXTS[0];
/** More than any page or dialog here has stops: a Tab walk that gets this long is lost. */
const MAX_TAB_STOPS = 150;

const xPaths = pathsFor('x');
const byKeys = xPaths.find((path) => path.composer === 'home' && 'keys' in path.submit)!;
const byButton = xPaths.find((path) => path.composer === 'home' && 'click' in path.submit)!;
const SUBMIT_KEYS = (byKeys.submit as { keys: string }).keys;
const POST_BUTTON = (byButton.submit as { click: Target }).click;
const SPACE = ' ';

interface Focused {
  role: string | null;
  name: string;
}

const focused = (page: TestPage) => page.toolkit<Focused | null>('focused');
const focusWithin = (page: TestPage, target: Target) => page.toolkit<boolean>('focusWithin', target);
const dialogCount = (page: TestPage) => page.toolkit<number>('count', PRE_SUBMIT_DIALOG);

function isButton(focus: Focused | null, target: Target): boolean {
  return focus?.role === 'button' && 'name' in target && focus.name === target.name;
}

/** Presses Tab (or Shift+Tab) until `arrived` holds; returns every stop on the way, the last included. */
async function tabUntil(page: TestPage, arrived: () => Promise<boolean>, chord = 'Tab'): Promise<Focused[]> {
  const stops: Focused[] = [];
  for (let presses = 0; presses < MAX_TAB_STOPS; presses++) {
    await page.press(chord);
    stops.push((await focused(page)) ?? { role: null, name: '(nothing)' });
    if (await arrived()) return stops;
  }
  throw new Error(`${chord} never got there; the last stops were ${JSON.stringify(stops.slice(-8))}`);
}

/** Tabs until `arrived` holds, checking that every stop on the way is inside the dialog; returns the stops. */
async function tabInsideDialogUntil(page: TestPage, arrived: (focus: Focused | null) => boolean, chord = 'Tab'): Promise<Focused[]> {
  const outside: Focused[] = [];
  const stops = await tabUntil(
    page,
    async () => {
      const focus = await focused(page);
      if (!(await focusWithin(page, PRE_SUBMIT_DIALOG))) outside.push(focus ?? { role: null, name: '(nothing)' });
      return arrived(focus);
    },
    chord,
  );
  expect(outside, 'focus left the dialog').toEqual([]);
  return stops;
}

const tabToDialogButton = (page: TestPage, button: Target, chord = 'Tab') =>
  tabInsideDialogUntil(page, (focus) => isButton(focus, button), chord);

async function expectDialogWithFocus(page: TestPage): Promise<void> {
  await waitUntil('the pre-submit dialog', () => dialogCount(page), { timeout: 10_000 });
  await waitUntil('the focus inside the dialog', () => focusWithin(page, PRE_SUBMIT_DIALOG));
}

/** After Edit or Escape: no dialog, the caret back in the composer, the text as typed, nothing published. */
async function expectBackInComposer(page: TestPage, path: SubmitPath): Promise<void> {
  await waitUntil('the dialog to close', async () => (await dialogCount(page)) === 0);
  await waitUntil('the focus back in the composer', () => focusWithin(page, path.editor));
  await settle();
  expect(await published(page)).toEqual([]);
  expect(await editorText(page, path)).toBe(RISKY);
}

describe.each(BROWSERS)('keyboard only, X page, in %s', (browserName) => {
  let session: Session;
  let page: TestPage;
  beforeAll(async () => {
    session = await launch(browserName);
    page = await session.newPage();
  });
  afterAll(() => session?.close());

  /** Loads the page, Tabs from the top into the home composer and types the risky post. */
  async function draftRiskyPost(): Promise<void> {
    await page.goto(byKeys.url);
    await waitUntil('the home composer', () => page.toolkit<number>('count', byKeys.editor));
    await tabUntil(page, () => focusWithin(page, byKeys.editor));
    await page.type(RISKY);
    await waitUntil('the post in the composer', async () => (await editorText(page, byKeys)) === RISKY);
  }

  test('Ctrl+Enter opens the dialog with the focus trapped in it; Ask for advice shows the contacts; Edit goes back to the text', async () => {
    await draftRiskyPost();
    await page.press(SUBMIT_KEYS);
    await expectDialogWithFocus(page);
    expect(await published(page)).toEqual([]);

    // To Edit, then a full turn each way: every stop inside the dialog, and back to Edit.
    await tabToDialogButton(page, EDIT_BUTTON);
    for (const chord of ['Tab', 'Shift+Tab']) {
      const stops = await tabToDialogButton(page, EDIT_BUTTON, chord);
      expect(stops.length, `${chord} should visit the other controls before coming back`).toBeGreaterThan(2);
    }

    await tabToDialogButton(page, ASK_FOR_ADVICE_BUTTON);
    await page.press('Enter');
    const dialogText = () => page.toolkit<{ text: string }>('describe', PRE_SUBMIT_DIALOG).then((dialog) => dialog.text);
    await waitUntil('the contacts', async () => (await dialogText()).includes(MESSAGES.contactsHeading.message));
    // No contacts are set in a fresh profile: the dialog says whom to ask instead.
    expect(await dialogText()).toContain(MESSAGES.contactsNone.message);
    expect(await focusWithin(page, PRE_SUBMIT_DIALOG)).toBe(true);
    expect(await published(page)).toEqual([]);

    await tabToDialogButton(page, EDIT_BUTTON);
    await page.press(SPACE);
    await expectBackInComposer(page, byKeys);
  });

  test('Escape closes the dialog as Edit does', async () => {
    await draftRiskyPost();
    await page.press(SUBMIT_KEYS);
    await expectDialogWithFocus(page);
    await page.press('Escape');
    await expectBackInComposer(page, byKeys);
  });

  test('Enter on the Post button opens the dialog; Post anyway by keyboard publishes the exact text once', async () => {
    await draftRiskyPost();
    await tabUntil(page, () => focusWithin(page, POST_BUTTON));
    await page.press('Enter');
    await expectDialogWithFocus(page);
    expect(await published(page)).toEqual([]);

    await tabToDialogButton(page, POST_ANYWAY_BUTTON);
    await page.press('Enter');
    await expectPublishedOnce(page, byButton, RISKY);
    await settle();
    await expectPublishedOnce(page, byButton, RISKY);
    expect(await dialogCount(page)).toBe(0);
  });
});
