/**
 * The popup and the options page in real Chromium, with the built extension: they render, and
 * axe-core (colour contrast included, which needs real layout) finds no serious or critical
 * violation. Chromium only: Firefox's WebDriver BiDi refuses to navigate a tab to a
 * moz-extension:// page (the same components are checked by axe in tests/component).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, waitUntil, type Session, type TestPage } from './harness/browsers';
import { ROOT } from './harness/paths';
import { withManagedPolicy } from './harness/policy';
import { expectPublishedOnce, openComposer, submit, typeIn } from './harness/flows';
import { pathsFor } from './harness/submit-paths';
import { POST_ANYWAY_BUTTON, PRE_SUBMIT_DIALOG } from './harness/ui-contract';

const SAMPLE_POLICY = JSON.parse(readFileSync(`${ROOT}/docs/policies/policy.json`, 'utf8'));
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeSummary {
  id: string;
  impact: string;
  targets: string[];
}

async function seriousViolations(page: TestPage): Promise<AxeSummary[]> {
  // Injected by the driver, which the extension pages' CSP does not govern.
  await page.evaluate(`${AXE_SOURCE};0`);
  const violations = await page.evaluate<AxeSummary[]>(`axe.run(document).then((results) =>
    results.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) })))`);
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

describe('extension pages in chromium', () => {
  let session: Session;
  let page: TestPage;
  beforeAll(async () => {
    session = await launch('chromium');
    page = await session.newPage();
  });
  afterAll(() => session?.close());

  test('the popup shows the tab status, pause, and the flowchart, accessibly', async () => {
    await page.goto(`${session.extensionBaseUrl}popup.html`);
    // The first read of managed storage after start-up can take seconds.
    await waitUntil('the popup', () => page.evaluate<boolean>(`!!document.querySelector('[role=status]')`), { timeout: 15_000 });
    const text = await page.evaluate<string>('document.body.innerText');
    expect(text).toContain('Pause for one hour');
    expect(text).toContain("Publish or don't publish?");
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a site tab answers the popup’s status request (utils/messages.ts TabStatus)', async () => {
    const site = await session.newPage();
    await site.goto('https://x.com/home');
    await page.goto(`${session.extensionBaseUrl}popup.html`);
    const ask = `(async () => {
      const [tab] = await chrome.tabs.query({ url: 'https://x.com/*' });
      try { return await chrome.tabs.sendMessage(tab.id, { type: 'tbyp:tab-status' }); } catch (error) { return String(error); }
    })()`;
    const status = await waitUntil('a status from the x.com tab', async () => {
      const answer = await page.evaluate<unknown>(ask);
      return typeof answer === 'object' && answer !== null && 'watching' in answer && (answer as { watching: number }).watching > 0 ? answer : undefined;
    }, { timeout: 15_000 });
    expect(status).toEqual({ platform: 'x', watching: expect.any(Number), siteEnabled: true, pausedUntil: 0 });
    await site.close();
  });

  test('Post anyway is journalled in the extension’s own IndexedDB, without the post text', async () => {
    const path = pathsFor('x')[0];
    const risky = 'Vote for Jane Doe, the only candidate who will save our country!';
    const site = await session.newPage();
    await openComposer(site, path);
    await typeIn(site, path, risky);
    await submit(site, path);
    await waitUntil('the dialog', () => site.toolkit<number>('count', PRE_SUBMIT_DIALOG), { timeout: 10_000 });
    await site.click(POST_ANYWAY_BUTTON);
    await expectPublishedOnce(site, path, risky);
    await site.close();

    await page.goto(`${session.extensionBaseUrl}options.html`);
    const row = await waitUntil(
      'the journal row',
      () => page.evaluate<string | null>(`[...document.querySelectorAll('table.journal tbody tr')].map((tr) => tr.innerText).find((text) => text.includes('Posted anyway')) ?? null`),
      { timeout: 10_000 },
    );
    expect(row).toContain('X (Twitter)');
    expect(row).toContain('Stop');
    const stored = await page.evaluate<string>(`new Promise((resolve) => {
      const open = indexedDB.open('think-before-you-post-journal');
      open.onsuccess = () => {
        const request = open.result.transaction('entries').objectStore('entries').getAll();
        request.onsuccess = () => resolve(JSON.stringify(request.result));
      };
    })`);
    expect(stored).toContain('posted-anyway');
    expect(stored).not.toContain('Jane Doe');
  });

  test('the options page shows every section, accessibly', async () => {
    await page.goto(`${session.extensionBaseUrl}options.html`);
    await waitUntil('the options page', () => page.evaluate<boolean>(`!!document.querySelector('h1')`), { timeout: 15_000 });
    const legends = await page.evaluate<string[]>(`[...document.querySelectorAll('legend')].map((l) => l.textContent)`);
    expect(legends).toEqual(
      expect.arrayContaining(['General', 'Principles', 'Sites', 'Contacts for advice', 'Organisation rule pack', 'Journal']),
    );
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('the admin guide’s sample policy in chromium', () => {
  test('reaches the options page whole: every value applied and locked, the rule pack kept, no error', async () => {
    await withManagedPolicy('chromium', SAMPLE_POLICY, async () => {
      const session = await launch('chromium');
      try {
        const page = await session.newPage();
        await page.goto(`${session.extensionBaseUrl}options.html`);
        // Chromium's first managed read after start-up takes a few seconds.
        await waitUntil('the organisation’s mode', () => page.evaluate<boolean>(`!!document.querySelector('input[type=radio][value=justify]:checked:disabled')`), { timeout: 20_000 });
        const text = await page.evaluate<string>('document.body.innerText');
        expect(text).toContain('A rule pack is active: example-org (1)');
        expect(text).toContain('Ethics Office');
        expect(text).not.toContain('settings were ignored');
        const mailto = await page.evaluate<string[]>(`[...document.querySelectorAll('a[href^="mailto:"]')].map((a) => a.textContent)`);
        expect(mailto).toEqual(['ethics@example.org', 'communications@example.org']);
        const anonymity = await page.evaluate<{ checked: boolean; disabled: boolean }>(`(() => {
          const box = [...document.querySelectorAll('label')].find((l) => l.textContent === 'Anonymity and pseudonyms').querySelector('input');
          return { checked: box.checked, disabled: box.disabled };
        })()`);
        expect(anonymity).toEqual({ checked: false, disabled: true });
        expect(await seriousViolations(page)).toEqual([]);
      } finally {
        await session.close();
      }
    });
  });
});
