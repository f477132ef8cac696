/**
 * The pre-submit dialog on a page whose CSS attacks everything (tests/e2e/dialog-isolation/):
 * in real Chromium and Firefox it still shows, legible and whole, with the post's HTML and
 * script as text, focus kept inside, and no serious or critical axe-core violation (colour
 * contrast included). The page is built with Vite from the real component and served locally.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from './harness/paths';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGE_DIR = path.join(ROOT, 'tests/e2e/dialog-isolation');

/** The little the tests need from either browser library. */
interface Driver {
  evaluate<T>(expression: string): Promise<T>;
  press(key: string): Promise<void>;
  close(): Promise<void>;
}

let outDir: string;
let server: Server;
let pageUrl: string;

beforeAll(async () => {
  outDir = mkdtempSync(path.join(os.tmpdir(), 'tbyp-dialog-isolation-'));
  await build({
    root: PAGE_DIR,
    base: './',
    logLevel: 'error',
    configFile: false,
    resolve: { alias: { '@': ROOT } },
    plugins: [react()],
    build: { outDir, emptyOutDir: true },
  });
  server = createServer((request, response) => {
    const file = path.join(outDir, new URL(request.url ?? '/', 'http://localhost').pathname.replace(/\/$/, '/index.html'));
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  pageUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/index.html`;
}, 120_000);

afterAll(() => {
  server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

async function openInChromium(url: string): Promise<Driver> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] });
  const page = await browser.newPage({ viewport: { width: 1100, height: 850 } });
  await page.goto(url);
  return {
    evaluate: (expression) => page.evaluate(expression),
    press: (key) => page.keyboard.press(key),
    close: () => browser.close(),
  };
}

async function openInFirefox(url: string): Promise<Driver> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: { width: 1100, height: 850 },
  });
  const page = await browser.newPage();
  await page.goto(url);
  return {
    evaluate: (expression) => page.evaluate(expression) as never,
    press: (key) => page.keyboard.press(key as never),
    close: () => browser.close(),
  };
}

const DIALOG = `document.querySelector('tbyp-dialog').shadowRoot.querySelector('[role=dialog]')`;

describe.each([
  ['chromium', openInChromium],
  ['firefox', openInFirefox],
] as const)('dialog isolation in %s', (_name, open) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await open(pageUrl);
    const mounted = `!!document.querySelector('tbyp-dialog')?.shadowRoot?.querySelector('[role=dialog]')`;
    for (let attempt = 0; attempt < 100 && !(await driver.evaluate<boolean>(mounted)); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, 60_000);
  afterAll(() => driver?.close());

  test('shows whole and legible despite the page CSS', async () => {
    const look = await driver.evaluate<Record<string, string | number>>(`(() => {
      const host = document.querySelector('tbyp-dialog');
      const dialog = ${DIALOG};
      const title = dialog.querySelector('h1');
      const edit = [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Edit');
      const rect = dialog.getBoundingClientRect();
      const hostStyle = getComputedStyle(host);
      return {
        hostDisplay: hostStyle.display, hostOpacity: hostStyle.opacity, hostVisibility: hostStyle.visibility,
        dialogDisplay: getComputedStyle(dialog).display,
        width: rect.width, top: rect.top, left: rect.left, right: innerWidth - rect.right,
        titleSize: getComputedStyle(title).fontSize, titleColor: getComputedStyle(title).color,
        titleFont: getComputedStyle(title).fontFamily, letterSpacing: getComputedStyle(title).letterSpacing,
        editDisplay: getComputedStyle(edit).display, editColor: getComputedStyle(edit).color,
      };
    })()`);
    expect(look).toMatchObject({ hostDisplay: 'block', hostOpacity: '1', hostVisibility: 'visible', dialogDisplay: 'flex' });
    expect(look.width).toBeGreaterThan(600);
    expect(look.top).toBeGreaterThanOrEqual(0);
    expect(look.left).toBeGreaterThanOrEqual(0);
    expect(look.right).toBeGreaterThanOrEqual(0);
    expect(look.titleSize).toBe('20px');
    expect(look.titleColor).not.toBe('rgb(255, 0, 0)');
    expect(look.titleFont).not.toMatch(/Comic/);
    expect(look.letterSpacing).toMatch(/^(normal|0px)$/);
    expect(look.editDisplay).not.toBe('inline');
    expect(look.editColor).toBe('rgb(255, 255, 255)');
  });

  test('shows the post’s HTML and script as text, and runs none of it', async () => {
    const seen = await driver.evaluate<{ elements: number; text: string; pwned: unknown }>(`(() => {
      const dialog = ${DIALOG};
      return { elements: dialog.querySelectorAll('img, script').length, text: dialog.textContent, pwned: window.__pwned ?? null };
    })()`);
    expect(seen.elements).toBe(0);
    expect(seen.text).toContain('<img src="x" onerror="window.__pwned = 1"><script>window.__pwned = 2</script>');
    expect(seen.pwned).toBeNull();
  });

  test('keeps the focus inside and Escape means Edit', async () => {
    const focusInside = `(() => { const root = document.querySelector('tbyp-dialog').shadowRoot; return !!root.activeElement && ${DIALOG}.contains(root.activeElement); })()`;
    expect(await driver.evaluate<boolean>(focusInside)).toBe(true);
    for (let step = 0; step < 30; step++) {
      await driver.press('Tab');
      expect(await driver.evaluate<boolean>(focusInside)).toBe(true);
    }
    await driver.press('Escape');
    expect(await driver.evaluate<string[]>('window.__events')).toContain('edit');
  });

  test('has no serious or critical axe-core violation, colour contrast included', async () => {
    await driver.evaluate(`${AXE_SOURCE};0`);
    const violations = await driver.evaluate<{ id: string; impact: string; targets: string }[]>(`
      axe.run({ include: [['tbyp-dialog', '[role=dialog]']] }).then((results) =>
        results.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)).join(' ') })))`);
    expect(violations.filter((violation) => ['serious', 'critical'].includes(violation.impact))).toEqual([]);
  });
});
