import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureExtensionBuilt, ensureFixturesBuilt } from './build';
import { CHROME_EXTENSION_DIR, FIREFOX_EXTENSION_DIR, PREBUILT_EXTENSION_DIR } from './paths';
import { removeManagedPolicies } from './policy';

/**
 * Once per e2e run: the extension for both browsers and the test pages, built when stale.
 * The run then tests a private copy of the build, so a rebuild of .output while the tests run
 * (watch mode, another terminal) cannot swap files under a browser.
 */
export default async function setup(): Promise<() => void> {
  ensureExtensionBuilt();
  await ensureFixturesBuilt();
  let snapshot: string | undefined;
  if (!PREBUILT_EXTENSION_DIR) {
    snapshot = mkdtempSync(path.join(os.tmpdir(), 'tbyp-e2e-build-'));
    for (const dir of [CHROME_EXTENSION_DIR, FIREFOX_EXTENSION_DIR]) {
      cpSync(dir, path.join(snapshot, path.basename(dir)), { recursive: true });
      if (!existsSync(path.join(snapshot, path.basename(dir), 'manifest.json'))) {
        throw new Error(`${dir} changed while it was copied: run the tests again`);
      }
    }
    // Read by paths.ts in the test workers, which start after this setup.
    process.env.TBYP_EXTENSION_BUILD = snapshot;
  }
  return () => {
    // Policy files change every browser on the machine: none may outlive the run, even a failed one.
    removeManagedPolicies();
    if (snapshot) rmSync(snapshot, { recursive: true, force: true });
  };
}
