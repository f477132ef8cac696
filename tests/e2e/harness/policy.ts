/**
 * Organisation policy as the browsers read it (DESIGN.md §7): Chromium's managed policy file and
 * Firefox ESR's policies.json, both addressed to the extension's fixed ids. These files change
 * every browser started on the machine, so a test writes them before its launch and always
 * removes them afterwards (use withManagedPolicy, or removeManagedPolicies in afterAll).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserName } from './browsers';
import { CHROME_EXTENSION_ID, GECKO_ID } from './paths';

export const CHROMIUM_POLICY_FILE = '/etc/chromium/policies/managed/tbyp-test.json';
export const FIREFOX_POLICY_FILE = '/usr/lib/firefox-esr/distribution/policies.json';
/** Written next to the Firefox file when one was there before us, and put back on removal. */
const FIREFOX_POLICY_BACKUP = `${FIREFOX_POLICY_FILE}.tbyp-backup`;

export type ManagedPolicy = Record<string, unknown>;

export function writeManagedPolicy(browser: BrowserName, policy: ManagedPolicy): void {
  if (browser === 'chromium') {
    mkdirSync(path.dirname(CHROMIUM_POLICY_FILE), { recursive: true });
    writeFileSync(CHROMIUM_POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: policy } } }));
    return;
  }
  mkdirSync(path.dirname(FIREFOX_POLICY_FILE), { recursive: true });
  if (existsSync(FIREFOX_POLICY_FILE) && !existsSync(FIREFOX_POLICY_BACKUP)) {
    writeFileSync(FIREFOX_POLICY_BACKUP, readFileSync(FIREFOX_POLICY_FILE));
  }
  writeFileSync(FIREFOX_POLICY_FILE, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: policy } } } }));
}

export function removeManagedPolicies(): void {
  rmSync(CHROMIUM_POLICY_FILE, { force: true });
  if (existsSync(FIREFOX_POLICY_BACKUP)) {
    writeFileSync(FIREFOX_POLICY_FILE, readFileSync(FIREFOX_POLICY_BACKUP));
    rmSync(FIREFOX_POLICY_BACKUP);
  } else {
    rmSync(FIREFOX_POLICY_FILE, { force: true });
  }
}

/** Runs `body` with the policy in place; the files are removed even when `body` throws. */
export async function withManagedPolicy<T>(browser: BrowserName, policy: ManagedPolicy, body: () => Promise<T>): Promise<T> {
  writeManagedPolicy(browser, policy);
  try {
    return await body();
  } finally {
    removeManagedPolicies();
  }
}
