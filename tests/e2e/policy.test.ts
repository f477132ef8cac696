/**
 * Organisation policy through the browsers' own enterprise mechanism (Chromium's managed policy
 * file, Firefox's policies.json), in both browsers: block mode leaves no enabled "Post anyway"
 * and says why, and "Ask for advice" lists the organisation's contacts with mailto: links.
 * The policy files are removed after each browser's run, whatever happens.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, launch, waitUntil, type Session, type TestPage } from './harness/browsers';
import { removeManagedPolicies, writeManagedPolicy } from './harness/policy';
import { SUBMIT_PATHS } from './harness/submit-paths';
import { openComposer, published, settle, submit, typeIn } from './harness/flows';
import { ASK_FOR_ADVICE_BUTTON, POST_ANYWAY_BUTTON, PRE_SUBMIT_DIALOG } from './harness/ui-contract';
import { RISKY_TEXTS } from './harness/product-suite';

const CONTACT = { role: 'ethics', name: 'Ethics Office of Example', email: 'ethics-office@example.org' };
const PATH = SUBMIT_PATHS.find((path) => path.id === 'x home composer, Post button')!;
/** The first read of managed storage after start-up can take a few seconds. */
const POLICY_TIMEOUT = 15_000;

describe.each(BROWSERS)('organisation policy in %s', (browserName) => {
  let session: Session;
  let page: TestPage;
  beforeAll(async () => {
    writeManagedPolicy(browserName, { mode: 'block', contacts: [CONTACT] });
    session = await launch(browserName);
    page = await session.newPage();
  });
  afterAll(async () => {
    await session?.close();
    removeManagedPolicies();
  });

  test('block mode: no enabled Post anyway, the dialog says the organisation does not allow it', async () => {
    const dialogText = await waitUntil(
      'a dialog in block mode',
      async () => {
        await openComposer(page, PATH);
        await typeIn(page, PATH, RISKY_TEXTS[0]);
        await submit(page, PATH);
        const dialog = await waitUntil('the pre-submit dialog', () => page.toolkit<{ text: string } | null>('describe', PRE_SUBMIT_DIALOG));
        return /organi[sz]ation does not allow/i.test(dialog.text) ? dialog.text : null;
      },
      { timeout: POLICY_TIMEOUT, interval: 500 },
    );
    expect(dialogText).toMatch(/organi[sz]ation does not allow/i);
    const postAnyway = await page.toolkit<{ disabled: boolean }[]>('describeAll', POST_ANYWAY_BUTTON);
    expect(postAnyway.every((button) => button.disabled)).toBe(true);
    await settle();
    expect(await published(page)).toEqual([]);
  });

  test("Ask for advice shows the organisation's contact with a mailto: link", async () => {
    await page.click(ASK_FOR_ADVICE_BUTTON);
    await waitUntil('the contact', async () => (await page.toolkit<{ text: string }>('describe', PRE_SUBMIT_DIALOG))?.text.includes(CONTACT.name));
    const links = await page.toolkit<{ name: string }[]>('describeAll', { css: `a[href^="mailto:${CONTACT.email}"]` });
    expect(links.length).toBeGreaterThan(0);
    expect(await published(page)).toEqual([]);
  });
});
