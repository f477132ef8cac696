import { ensureExtensionBuilt, ensureFixturesBuilt } from './build';

/** Once per e2e run: the built extension for both browsers and the test pages. */
export default async function setup(): Promise<void> {
  ensureExtensionBuilt();
  await ensureFixturesBuilt();
}
