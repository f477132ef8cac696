/**
 * A minimal extension in the same shape as the product (MV3 for Chromium, MV2 with a gecko id
 * for Firefox, the four sites' matches). Its content script marks the page and loads a
 * tracking pixel; its background fetches. The harness self-test loads it to prove,
 * independently of the product's code, that an unpacked extension's content scripts run on the
 * test pages served under the real URLs, and that requests from either part are recorded.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserName } from './browsers';

export const PROBE_MARKER_ATTRIBUTE = 'data-tbyp-probe';
export const PROBE_CONTENT_REQUEST = 'https://probe-content.example.com/pixel.png';
export const PROBE_BACKGROUND_REQUEST = 'https://probe-background.example.com/ping';
const MATCHES = ['*://x.com/*', '*://www.facebook.com/*', '*://www.instagram.com/*', '*://www.linkedin.com/*'];

export function writeProbeExtension(browser: BrowserName): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `tbyp-probe-${browser}-`));
  const contentScripts = [{ matches: MATCHES, js: ['content.js'], run_at: 'document_start' }];
  const manifest =
    browser === 'chromium'
      ? {
          manifest_version: 3,
          name: 'TBYP probe',
          version: '1.0',
          content_scripts: contentScripts,
          background: { service_worker: 'background.js' },
        }
      : {
          manifest_version: 2,
          name: 'TBYP probe',
          version: '1.0',
          content_scripts: contentScripts,
          background: { scripts: ['background.js'] },
          browser_specific_settings: { gecko: { id: 'tbyp-probe@ethics.example.org' } },
        };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(
    path.join(dir, 'content.js'),
    `document.documentElement.setAttribute(${JSON.stringify(PROBE_MARKER_ATTRIBUTE)}, location.hostname);
new Image().src = ${JSON.stringify(PROBE_CONTENT_REQUEST)};`,
  );
  writeFileSync(path.join(dir, 'background.js'), `fetch(${JSON.stringify(PROBE_BACKGROUND_REQUEST)}).catch(() => {});`);
  return dir;
}
