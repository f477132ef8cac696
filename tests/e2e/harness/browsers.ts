/**
 * One small driver over both browsers, so every spec runs in Chromium (playwright-core, MV3
 * build) and Firefox ESR (puppeteer-core, MV2 build) with the built extension loaded, the test
 * pages served under the real sites' URLs, and every other request aborted and recorded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { PAGE_TOOLKIT, type Target } from './page-toolkit';
import { isNetworkUrl, resolveFixture } from './routes';
import { startRecordingProxy } from './recording-proxy';
import {
  CHROME_EXTENSION_DIR,
  CHROME_EXTENSION_ID,
  FIREFOX_EXTENSION_DIR,
  FIREFOX_EXTENSION_UUID,
  GECKO_ID,
} from './paths';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

export interface LaunchOptions {
  /**
   * Which unpacked extension to load: the built one (default), none (a bare browser, to prove the
   * test pages themselves), or another directory built for that browser (harness self-tests).
   */
  extension?: 'built' | 'none' | { dir: string };
  /** Show a window (the demo); tests always run headless. */
  headed?: boolean;
}

export interface BlockedRequest {
  url: string;
  /**
   * Where it came from: the page's URL for page requests that were aborted, "outside the page"
   * for requests that reached the recording proxy (an extension's background, the browser).
   */
  initiator: string;
}

export interface Session {
  readonly name: BrowserName;
  /** Requests that were not test pages: aborted, never sent. */
  readonly blocked: BlockedRequest[];
  /** chrome-extension://ID/ or moz-extension://UUID/ */
  readonly extensionBaseUrl: string;
  /**
   * The id of the extension the browser reports as loaded (Chromium: its running background
   * service worker; Firefox: what installExtension returned), undefined when none is.
   */
  loadedExtensionId(): Promise<string | undefined>;
  newPage(): Promise<TestPage>;
  /**
   * Takes the extension away while its tabs stay open, orphaning their content scripts (fault
   * injection): Chromium reloads it (chrome.runtime.reload() from one of its pages; open tabs
   * are not injected again), Firefox uninstalls it (WebDriver BiDi).
   */
  unloadExtension(): Promise<void>;
  /**
   * Firefox: installs the extension again after unloadExtension(); Firefox then injects its
   * content script into the tabs already open. Chromium injects nothing into open tabs (and its
   * reload already brought the extension back), so there it throws.
   */
  installExtensionAgain(): Promise<void>;
  /** Settles when the browser is gone, including when a person closes its window. */
  readonly closed: Promise<void>;
  close(): Promise<void>;
}

export interface TestPage {
  goto(url: string): Promise<void>;
  /** Runs a method of the in-page toolkit (see page-toolkit.ts). */
  toolkit<T>(method: string, ...args: unknown[]): Promise<T>;
  evaluate<T>(expression: string): Promise<T>;
  click(target: Target): Promise<void>;
  /** Clicks into the editor, moves to the end of its text, then types with real key events. */
  typeInto(target: Target, text: string): Promise<void>;
  /** Types with real key events wherever the focus is (keyboard-only flows). */
  type(text: string): Promise<void>;
  /** Presses keys in order; each step is a chord like "Control+Enter", "Shift+Enter", "Backspace". */
  press(...chords: string[]): Promise<void>;
  screenshot(file: string): Promise<void>;
  /**
   * Sends a DevTools protocol command to the tab (Performance.getMetrics, Profiler.start…) through
   * one session per page, so that what a command enables lasts until the page closes. Chromium
   * only (the benchmarks); absent in Firefox.
   */
  devtools?(method: string, params?: Record<string, unknown>): Promise<unknown>;
  url(): string;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const OUTSIDE_THE_PAGE = 'outside the page';

/**
 * What reaches the proxy but says nothing about the extension: the browsers' own services
 * (updates, sign-in, remote settings), and speculative pre-connections to the test pages' hosts
 * (real requests to those are answered by the routing and never reach the proxy).
 */
const BROWSER_SERVICE_HOST = /(^|\.)(google\.com|googleapis\.com|gvt1\.com|gstatic\.com|mozilla\.com|mozilla\.net|mozilla\.org|firefox\.com)$/;

function recordOutsideThePage(blocked: BlockedRequest[]) {
  return (request: string) => {
    const target = request.replace(/^CONNECT /, 'https://');
    let host: string;
    try {
      host = new URL(target).hostname;
    } catch {
      host = '';
    }
    if (BROWSER_SERVICE_HOST.test(host) || resolveFixture(`https://${host}/`)) return;
    blocked.push({ url: request, initiator: OUTSIDE_THE_PAGE });
  };
}

/** Abstracts over the two libraries' key and mouse APIs. */
interface InputDevices {
  mouseClick(x: number, y: number): Promise<void>;
  keyDown(key: string): Promise<void>;
  keyUp(key: string): Promise<void>;
  type(text: string): Promise<void>;
  evaluate<T>(expression: string): Promise<T>;
}

function createTestPage(
  devices: InputDevices,
  extras: Pick<TestPage, 'goto' | 'screenshot' | 'devtools' | 'url' | 'close'>,
): TestPage {
  const toolkit = <T>(method: string, ...args: unknown[]) =>
    devices.evaluate<T>(`${PAGE_TOOLKIT}.${method}(...${JSON.stringify(args)})`);
  const click = async (target: Target) => {
    const point = await toolkit<{ x: number; y: number } | null>('center', target);
    if (!point) throw new Error(`Nothing visible to click: ${JSON.stringify(target)}`);
    await devices.mouseClick(point.x, point.y);
  };
  const press = async (...chords: string[]) => {
    for (const chord of chords) {
      const keys = chord.split('+');
      const key = keys.pop()!;
      for (const modifier of keys) await devices.keyDown(modifier);
      await devices.keyDown(key);
      await devices.keyUp(key);
      for (const modifier of keys.reverse()) await devices.keyUp(modifier);
    }
  };
  return {
    ...extras,
    toolkit,
    evaluate: devices.evaluate,
    click,
    press,
    type: devices.type,
    async typeInto(target, text) {
      await click(target);
      await press('Control+End');
      await devices.type(text);
    },
  };
}

async function launchChromium(options: LaunchOptions): Promise<Session> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'tbyp-chromium-'));
  const args = [...CHROMIUM_ARGS];
  if (!options.headed) args.push('--headless=new');
  const extensionDir = extensionDirFor(options, CHROME_EXTENSION_DIR);
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const blocked: BlockedRequest[] = [];
  const proxy = await startRecordingProxy(recordOutsideThePage(blocked));
  args.push(`--proxy-server=127.0.0.1:${proxy.port}`, '--proxy-bypass-list=<-loopback>');
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: false, // headless is chosen by --headless=new above: the old mode cannot load extensions
    args,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: options.headed ? null : { width: 1280, height: 900 },
  });
  await context.route('**/*', async (route) => {
    const request = route.request();
    // The extension's own files (its pages' scripts) are not network.
    if (request.url().startsWith('chrome-extension://')) return route.continue();
    const response = resolveFixture(request.url());
    if (response) return route.fulfill({ status: response.status, contentType: response.contentType, body: response.body });
    blocked.push({ url: request.url(), initiator: request.serviceWorker()?.url() ?? safeFrameUrl(request) ?? 'unknown' });
    return route.abort('blockedbyclient');
  });

  const wrap = (page: PlaywrightPage): TestPage => {
    let session: Promise<CDPSession> | undefined;
    return createTestPage(
      {
        mouseClick: (x, y) => page.mouse.click(x, y),
        keyDown: (key) => page.keyboard.down(key),
        keyUp: (key) => page.keyboard.up(key),
        type: (text) => page.keyboard.type(text),
        evaluate: (expression) => page.evaluate(expression),
      },
      {
        goto: async (url) => {
          await page.goto(url, { waitUntil: 'load' });
        },
        screenshot: async (file) => {
          await page.screenshot({ path: file });
        },
        async devtools(method, params) {
          session ??= page.context().newCDPSession(page);
          return (await session).send(method as never, params as never);
        },
        url: () => page.url(),
        close: () => page.close(),
      },
    );
  };

  return {
    name: 'chromium',
    blocked,
    closed: new Promise((resolve) => context.once('close', () => resolve())),
    extensionBaseUrl: `chrome-extension://${CHROME_EXTENSION_ID}/`,
    async loadedExtensionId() {
      if (!extensionDir) return undefined;
      const worker =
        context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
        (await context.waitForEvent('serviceworker', { timeout: 5_000 }).catch(() => undefined));
      if (worker) return new URL(worker.url()).host;
      // Under load the worker can start before the automation attaches to it: Chromium serves an
      // extension's own files only while that extension is loaded, so ask for the manifest.
      const page = await context.newPage();
      try {
        await page.goto(`chrome-extension://${CHROME_EXTENSION_ID}/manifest.json`);
        return (await page.textContent('body'))?.includes('"manifest_version"') ? CHROME_EXTENSION_ID : undefined;
      } catch {
        return undefined;
      } finally {
        await page.close();
      }
    },
    async newPage() {
      return wrap(await context.newPage());
    },
    async unloadExtension() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${CHROME_EXTENSION_ID}/popup.html`);
      // The reload closes the extension's own pages, this one included.
      const closed = new Promise((resolve) => page.once('close', resolve));
      await page.evaluate('chrome.runtime.reload()').catch(() => {});
      await closed;
    },
    async installExtensionAgain() {
      throw new Error('Chromium does not inject content scripts into open tabs: reload the page instead');
    },
    async close() {
      await context.close();
      await proxy.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

function extensionDirFor({ extension = 'built' }: LaunchOptions, builtDir: string): string | undefined {
  if (extension === 'none') return undefined;
  return extension === 'built' ? builtDir : extension.dir;
}

function safeFrameUrl(request: { frame(): { url(): string } }): string | undefined {
  try {
    return request.frame().url();
  } catch {
    return undefined;
  }
}

async function launchFirefox(options: LaunchOptions): Promise<Session> {
  const blocked: BlockedRequest[] = [];
  const proxy = await startRecordingProxy(recordOutsideThePage(blocked));
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: !options.headed,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      // Pins the add-on's internal UUID so tests can open moz-extension://UUID/… pages.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      // Whatever escapes the page's request interception goes to the recording proxy, no further.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '',
    },
  });
  const extensionDir = extensionDirFor(options, FIREFOX_EXTENSION_DIR);
  const installedId = extensionDir ? await browser.installExtension(extensionDir) : undefined;

  const wrap = async (page: PuppeteerPage): Promise<TestPage> => {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      const url = request.url();
      if (!isNetworkUrl(url)) return void request.continue();
      const response = resolveFixture(url);
      if (response) {
        return void request.respond({ status: response.status, contentType: response.contentType, body: response.body });
      }
      blocked.push({ url, initiator: request.frame()?.url() ?? 'unknown' });
      return void request.abort('blockedbyclient');
    });
    return createTestPage(
      {
        mouseClick: (x, y) => page.mouse.click(x, y),
        keyDown: (key) => page.keyboard.down(key as never),
        keyUp: (key) => page.keyboard.up(key as never),
        type: (text) => page.keyboard.type(text),
        evaluate: (expression) => page.evaluate(expression) as never,
      },
      {
        goto: async (url) => {
          await page.goto(url, { waitUntil: 'load' });
        },
        screenshot: async (file) => {
          await page.screenshot({ path: file as `${string}.png` });
        },
        url: () => page.url(),
        close: () => page.close(),
      },
    );
  };

  return {
    name: 'firefox',
    blocked,
    closed: new Promise((resolve) => browser.once('disconnected', () => resolve())),
    extensionBaseUrl: `moz-extension://${FIREFOX_EXTENSION_UUID}/`,
    loadedExtensionId: async () => installedId,
    async newPage() {
      return wrap(await browser.newPage());
    },
    async unloadExtension() {
      if (installedId) await browser.uninstallExtension(installedId);
    },
    async installExtensionAgain() {
      if (extensionDir) await browser.installExtension(extensionDir);
    },
    async close() {
      await browser.close();
      await proxy.close();
    },
  };
}

export function launch(name: BrowserName, options: LaunchOptions = {}): Promise<Session> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

/** Polls until `check` returns a truthy value; the error says what was awaited and what was last seen. */
export async function waitUntil<T>(
  description: string,
  check: () => Promise<T>,
  { timeout = 5_000, interval = 50 } = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  for (;;) {
    last = await check();
    if (last) return last as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${description} (last: ${JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
