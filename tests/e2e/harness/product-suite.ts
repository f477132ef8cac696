/**
 * The product's behaviour on one site, in both browsers, for every submit path of that site:
 * clean posts go straight through; risky ones open the dialog with the finding and its
 * citation; Edit publishes nothing and keeps the text; Post anyway publishes exactly once, the
 * exact text; the badge follows typing; composers added after load are watched; and the
 * extension sends nothing over the network. One browser launch per browser per file.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, launch, waitUntil, type Session, type TestPage } from './browsers';
import { pathsFor, type Site, type SubmitPath } from './submit-paths';
import { EDIT_BUTTON, POST_ANYWAY_BUTTON, PRE_SUBMIT_DIALOG } from './ui-contract';
import {
  editorText,
  expectPublishedOnce,
  openComposer,
  published,
  settle,
  submit,
  typeIn,
} from './flows';

export const CLEAN_TEXT = 'Lovely sunny morning for a walk by the lake with my dog.';
export const RISKY_TEXTS = [
  "The internal memo says the budget will be cut before it is announced, don't share",
  'Vote for Jane Doe, the only candidate who will save our country!',
];

interface ExpectedFinding {
  excerpt: string;
  citations: { section: string }[];
}

/** What the engine itself finds in a text: the dialog must show one of these and its citation. */
async function expectedFindings(text: string): Promise<ExpectedFinding[]> {
  const { createEngine } = await import('../../../rules/index');
  const analysis = createEngine().analyze(text);
  expect(analysis.verdict, `the engine should not pass "${text}"`).not.toBe('ok');
  return analysis.findings.filter((finding: { severity: string }) => finding.severity !== 'info');
}

async function dialogText(page: TestPage): Promise<string> {
  const dialog = await waitUntil('the pre-submit dialog', () => page.toolkit<{ text: string } | null>('describe', PRE_SUBMIT_DIALOG));
  return dialog.text;
}

/** "Show the rule" disclosures a person would open to read the citations. */
const CLOSED_DISCLOSURE = { css: '[role="dialog"] details:not([open]) > summary' };

async function dialogTextWithDisclosuresOpen(page: TestPage): Promise<string> {
  await dialogText(page);
  for (let opened = 0; opened < 10 && (await page.toolkit<number>('count', CLOSED_DISCLOSURE)) > 0; opened++) {
    await page.click(CLOSED_DISCLOSURE);
  }
  return dialogText(page);
}

async function expectNoDialog(page: TestPage): Promise<void> {
  expect(await page.toolkit<number>('count', PRE_SUBMIT_DIALOG)).toBe(0);
}

export function describeSite(site: Site): void {
  const paths = pathsFor(site);

  describe.each(BROWSERS)(`${site} in %s`, (browserName) => {
    let session: Session;
    let page: TestPage;
    beforeAll(async () => {
      session = await launch(browserName);
      page = await session.newPage();
    });
    afterAll(() => session?.close());

    const cases = paths.map((path, index) => [path.id, path, RISKY_TEXTS[index % RISKY_TEXTS.length]] as const);

    test.each(cases)('%s: a clean text goes straight through, no dialog', async (_id, path) => {
      await openComposer(page, path);
      await typeIn(page, path, CLEAN_TEXT);
      await submit(page, path);
      await expectPublishedOnce(page, path, CLEAN_TEXT);
      await expectNoDialog(page);
    });

    test.each(cases)('%s: a risky text opens the dialog; Edit keeps it, Post anyway publishes it once', async (_id, path, risky) => {
      const findings = await expectedFindings(risky);
      await openComposer(page, path);
      await typeIn(page, path, risky);
      await submit(page, path);

      const shown = await dialogTextWithDisclosuresOpen(page);
      const shownFinding = findings.find((finding) => shown.includes(finding.excerpt));
      expect(shownFinding, `one of ${JSON.stringify(findings.map((f) => f.excerpt))} in the dialog`).toBeDefined();
      const sections = shownFinding!.citations.map((citation) => citation.section);
      expect(sections.some((section) => shown.includes(section)), `one of ${JSON.stringify(sections)} in the dialog`).toBe(true);
      expect(await published(page)).toEqual([]);

      await page.click(EDIT_BUTTON);
      await waitUntil('the dialog to close', async () => (await page.toolkit<number>('count', PRE_SUBMIT_DIALOG)) === 0);
      await settle();
      expect(await published(page)).toEqual([]);
      expect(await editorText(page, path)).toBe(risky);

      await submit(page, path);
      await dialogText(page);
      await page.click(POST_ANYWAY_BUTTON);
      await expectPublishedOnce(page, path, risky);
      await settle();
      await expectPublishedOnce(page, path, risky);
      await expectNoDialog(page);
    });

    test('the badge follows typing', async () => {
      const path: SubmitPath = paths[0];
      const badge = () => page.toolkit<string | null>('nearestStatus', path.editor);
      await openComposer(page, path);
      await typeIn(page, path, CLEAN_TEXT);
      const clean = await waitUntil('a badge beside the composer', badge);
      await typeIn(page, path, ` ${RISKY_TEXTS[0]}`);
      const risky = await waitUntil('the badge to change', async () => {
        const now = await badge();
        return now !== clean ? now : null;
      });
      expect(risky).not.toBe(clean);
      await page.press('Control+a', 'Backspace');
      await typeIn(page, path, CLEAN_TEXT);
      await waitUntil('the badge to come back', async () => (await badge()) === clean);
    });

    test('the extension made no network request', () => {
      // The test pages make none of their own (harness.test.ts): anything blocked came from the extension.
      expect(session.blocked).toEqual([]);
    });
  });
}
