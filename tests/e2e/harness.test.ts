/**
 * Proves the harness itself, without the product's code: the test pages publish exactly what
 * was typed on every submit path, unserved requests are aborted and recorded, an unpacked
 * extension's content script runs on the pages served under the real URLs, and the built
 * extension is loaded — in both browsers.
 */
import { once } from 'node:events';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, launch, waitUntil, type Session, type TestPage } from './harness/browsers';
import { SITE_URLS } from './harness/routes';
import { SUBMIT_PATHS } from './harness/submit-paths';
import { openComposer, published, settle, submit, typeIn } from './harness/flows';
import {
  PROBE_BACKGROUND_REQUEST,
  PROBE_CONTENT_REQUEST,
  PROBE_MARKER_ATTRIBUTE,
  writeProbeExtension,
} from './harness/probe-extension';
import { CHROME_EXTENSION_ID, GECKO_ID } from './harness/paths';
import { startRecordingProxy } from './harness/recording-proxy';

const TEXT = 'Lovely morning by the lake, coffee in hand';

describe.each(BROWSERS)('harness in %s', (browserName) => {
  describe('test pages without any extension', () => {
    let session: Session;
    let page: TestPage;
    beforeAll(async () => {
      session = await launch(browserName, { extension: 'none' });
      page = await session.newPage();
    });
    afterAll(() => session?.close());

    test.each(SUBMIT_PATHS.map((path) => [path.id, path] as const))('%s publishes exactly the typed text once', async (_id, path) => {
      await openComposer(page, path);
      await typeIn(page, path, TEXT);
      await submit(page, path);
      const entries = await waitUntil('the page to publish', async () => ((await published(page)).length ? published(page) : undefined));
      await settle(100);
      expect(await published(page)).toEqual([
        { text: TEXT, kind: path.kind, composer: path.composer, media: path.composer === 'create' && path.site === 'instagram' ? 1 : 0 },
      ]);
      expect(entries).toHaveLength(1);
    });

    test('an empty composer cannot publish (disabled control, no entry)', async () => {
      const path = SUBMIT_PATHS.find((p) => p.id === 'x home composer, Post button')!;
      await openComposer(page, path);
      expect(await page.toolkit('describe', { css: '[data-testid="tweetButtonInline"]' })).toMatchObject({ disabled: true });
      await submit(page, path);
      await settle(200);
      expect(await published(page)).toEqual([]);
    });

    test('Shift+Enter in a comment that sends on Enter adds a line instead', async () => {
      const path = SUBMIT_PATHS.find((p) => p.id === 'instagram comment, Enter')!;
      await openComposer(page, path);
      await typeIn(page, path, 'first line');
      await page.press('Shift+Enter');
      await page.press('Enter');
      await waitUntil('the comment', async () => (await published(page)).length);
      expect((await published(page))[0].text).toBe('first line\n');
    });

    test('the test pages make no request of their own', () => {
      expect(session.blocked).toEqual([]);
    });

    test('requests that are not test pages are aborted and recorded', async () => {
      await page.goto(SITE_URLS.facebook);
      const before = session.blocked.length;
      await page.evaluate(`fetch('https://tracker.invalid/beacon').then(() => 'sent', () => 'failed')`);
      await waitUntil('the request to be recorded', async () => session.blocked.length > before);
      expect(session.blocked.slice(before)).toEqual([expect.objectContaining({ url: 'https://tracker.invalid/beacon' })]);
    });
  });

  describe('an unpacked extension on the pages served under the real URLs', () => {
    let session: Session;
    beforeAll(async () => {
      session = await launch(browserName, { extension: { dir: writeProbeExtension(browserName) } });
    });
    afterAll(() => session?.close());

    test('its content script runs on the four sites', async () => {
      const page = await session.newPage();
      for (const url of [SITE_URLS.xHome, SITE_URLS.facebook, SITE_URLS.instagramPost, SITE_URLS.linkedinNew]) {
        await page.goto(url);
        const marker = await waitUntil(`the probe's marker on ${url}`, () =>
          page.evaluate<string | null>(`document.documentElement.getAttribute(${JSON.stringify(PROBE_MARKER_ATTRIBUTE)})`),
        );
        expect(marker).toBe(new URL(url).hostname);
      }
    });

    test('requests from its content script and its background are recorded, not sent', async () => {
      for (const request of [PROBE_CONTENT_REQUEST, PROBE_BACKGROUND_REQUEST]) {
        const host = new URL(request).hostname;
        await waitUntil(`a request to ${host} in the record`, async () => session.blocked.some((entry) => entry.url.includes(host)));
      }
    });
  });

  describe('the built extension', () => {
    let session: Session;
    beforeAll(async () => {
      session = await launch(browserName);
    });
    afterAll(() => session?.close());

    test('is loaded with its fixed id', async () => {
      expect(await session.loadedExtensionId()).toBe(browserName === 'chromium' ? CHROME_EXTENSION_ID : GECKO_ID);
    });
  });
});

describe('the recording proxy', () => {
  test('records a refused tunnel and survives the browser resetting it', async () => {
    const recorded: string[] = [];
    const proxy = await startRecordingProxy((request) => recorded.push(request));
    try {
      // A browser may reset a tunnel the proxy refuses; before the fix that reset was an
      // uncaught ECONNRESET that failed the whole run after every test had passed.
      for (let attempt = 0; attempt < 20; attempt++) {
        const client = connect(proxy.port, '127.0.0.1');
        client.on('error', () => {});
        await once(client, 'connect');
        client.write('CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n');
        await waitUntil('the proxy to record the tunnel', async () => recorded.length > attempt || undefined);
        client.resetAndDestroy();
      }
      await settle(200);
      expect(recorded).toEqual(Array(20).fill('CONNECT example.org:443'));
    } finally {
      await proxy.close();
    }
  });
});
