/**
 * A minimal extension whose content script only marks the page, in the same shape as the
 * product (MV3 for Chromium, MV2 with a gecko id for Firefox, the four sites' matches).
 * The harness self-test loads it to prove, independently of the product's code, that an
 * unpacked extension's content scripts run on the test pages served under the real URLs.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserName } from './browsers';

export const PROBE_MARKER_ATTRIBUTE = 'data-tbyp-probe';
const MATCHES = ['*://x.com/*', '*://www.facebook.com/*', '*://www.instagram.com/*', '*://www.linkedin.com/*'];

export function writeProbeExtension(browser: BrowserName): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `tbyp-probe-${browser}-`));
  const contentScripts = [{ matches: MATCHES, js: ['content.js'], run_at: 'document_start' }];
  const manifest =
    browser === 'chromium'
      ? { manifest_version: 3, name: 'TBYP probe', version: '1.0', content_scripts: contentScripts }
      : {
          manifest_version: 2,
          name: 'TBYP probe',
          version: '1.0',
          content_scripts: contentScripts,
          browser_specific_settings: { gecko: { id: 'tbyp-probe@ethics.example.org' } },
        };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(
    path.join(dir, 'content.js'),
    `document.documentElement.setAttribute(${JSON.stringify(PROBE_MARKER_ATTRIBUTE)}, location.hostname);`,
  );
  return dir;
}
