import { ensureExtensionBuilt, ensureFixturesBuilt } from './build';
import { removeManagedPolicies } from './policy';

/** Once per e2e run: the built extension for both browsers and the test pages. */
export default async function setup(): Promise<() => void> {
  ensureExtensionBuilt();
  await ensureFixturesBuilt();
  // Policy files change every browser on the machine: none may outlive the run, even a crashed one.
  return removeManagedPolicies;
}
