/**
 * Opens Chromium with the built extension on the offline demo pages, served under the four
 * sites' real URLs (nothing goes to the network). With a display the window stays open until
 * you close it; without one (a server, CI) it runs headless, walks one risky post through the
 * X page and saves screenshots to docs/.
 * Run through `npm run demo` (scripts/demo.sh builds first).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launch, waitUntil, type TestPage } from '../tests/e2e/harness/browsers';
import { DEMO_INDEX_URL, SITE_URLS } from '../tests/e2e/harness/routes';
import { ROOT } from '../tests/e2e/harness/paths';
import { PRE_SUBMIT_DIALOG } from '../tests/e2e/harness/ui-contract';

const RISKY_POST = "The internal memo says the budget will be cut before it is announced, don't share";

async function runHeaded(): Promise<void> {
  const session = await launch('chromium', { headed: true });
  const page = await session.newPage();
  await page.goto(DEMO_INDEX_URL);
  console.log(`Chromium is open on ${DEMO_INDEX_URL} with the extension loaded. Close the window to stop.`);
  const stop = async () => {
    await session.close().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await session.closed;
  await stop();
}

async function screenshot(page: TestPage, name: string): Promise<string> {
  const file = path.join(ROOT, 'docs', name);
  await page.screenshot(file);
  return path.relative(ROOT, file);
}

async function runHeadless(): Promise<void> {
  console.log('No $DISPLAY: no window can be shown here, so the demo runs headless and saves screenshots instead.');
  mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
  const session = await launch('chromium');
  try {
    const page = await session.newPage();
    await page.goto(DEMO_INDEX_URL);
    console.log(`  ${await screenshot(page, 'demo-index.png')}: the demo pages`);

    const editor = { css: '[data-testid="composer-home"] [data-testid="tweetTextarea_0"]' };
    await page.goto(SITE_URLS.xHome);
    await waitUntil('the X composer', () => page.toolkit<number>('count', editor));
    await page.typeInto(editor, RISKY_POST);
    await page.click({ css: '[data-testid="composer-home"] [data-testid="tweetButtonInline"]' });
    const dialogShown = await waitUntil('the pre-submit dialog', () => page.toolkit<number>('count', PRE_SUBMIT_DIALOG), {
      timeout: 10_000,
    }).then(
      () => true,
      () => false,
    );
    const file = await screenshot(page, 'demo-x-dialog.png');
    console.log(
      dialogShown
        ? `  ${file}: the pre-submit dialog on the X page`
        : `  ${file}: the X page after pressing Post — no dialog appeared (is the content script built?)`,
    );
    if (!dialogShown) process.exitCode = 1;
  } finally {
    await session.close();
  }
}

await (process.env.DISPLAY ? runHeaded() : runHeadless());
