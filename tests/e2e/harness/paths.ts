import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/**
 * Where the built extension is. TBYP_EXTENSION_BUILD points at an existing build (for example a
 * CI artifact) and then nothing is rebuilt; by default it is WXT's .output, rebuilt when stale.
 */
export const PREBUILT_EXTENSION_DIR = process.env.TBYP_EXTENSION_BUILD;
const OUTPUT_DIR = path.resolve(ROOT, PREBUILT_EXTENSION_DIR ?? '.output');
export const CHROME_EXTENSION_DIR = path.join(OUTPUT_DIR, 'chrome-mv3');
export const FIREFOX_EXTENSION_DIR = path.join(OUTPUT_DIR, 'firefox-mv2');
export const FIXTURES_SOURCE_DIR = path.join(ROOT, 'tests/fixtures');
export const FIXTURES_DIST_DIR = path.join(ROOT, 'tests/fixtures/dist');

/** Fixed by the `key` in wxt.config.ts. */
export const CHROME_EXTENSION_ID = 'bigokmfepbkgjmaiimhbbgmcpdabffod';
/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const GECKO_ID = 'think-before-you-post@ethics.example.org';
/** Pinned through a Firefox pref so tests can open the add-on's own pages (moz-extension://…). */
export const FIREFOX_EXTENSION_UUID = '6f1c2a4e-8d3b-4c5a-9e7f-0b1d2c3e4f50';
