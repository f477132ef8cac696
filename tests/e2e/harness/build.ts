/**
 * Builds what the e2e tests and the demo serve and load, only when a source is newer than
 * the last build: the extension for both browsers (WXT) and the test pages (Vite).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  CHROME_EXTENSION_DIR,
  FIREFOX_EXTENSION_DIR,
  FIXTURES_DIST_DIR,
  FIXTURES_SOURCE_DIR,
  PREBUILT_EXTENSION_DIR,
  ROOT,
} from './paths';
import { buildFixtures } from '../../../scripts/build-fixtures';

const EXTENSION_SOURCES = ['entrypoints', 'components', 'utils', 'rules', 'public', 'assets', 'wxt.config.ts', 'package.json'];

function newestMtime(entry: string, skip: Set<string> = new Set()): number {
  if (!existsSync(entry) || skip.has(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestMtime(path.join(entry, name), skip)),
    stat.mtimeMs,
  );
}

function builtAt(file: string): number {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

export function ensureExtensionBuilt(log: (line: string) => void = console.log): void {
  if (PREBUILT_EXTENSION_DIR) {
    for (const dir of [CHROME_EXTENSION_DIR, FIREFOX_EXTENSION_DIR]) {
      if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`TBYP_EXTENSION_BUILD: no manifest.json in ${dir}`);
    }
    return;
  }
  const sourcesChanged = Math.max(...EXTENSION_SOURCES.map((entry) => newestMtime(path.join(ROOT, entry))));
  for (const [dir, args] of [
    [CHROME_EXTENSION_DIR, ['wxt', 'build']],
    [FIREFOX_EXTENSION_DIR, ['wxt', 'build', '-b', 'firefox']],
  ] as const) {
    if (builtAt(path.join(dir, 'manifest.json')) > sourcesChanged) continue;
    log(`Building the extension: npx ${args.join(' ')}`);
    // Under vitest NODE_ENV is "test", which would make the build pick React's development JSX runtime.
    const { NODE_ENV: _testEnv, ...env } = process.env;
    execFileSync('npx', [...args], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}

export async function ensureFixturesBuilt(log: (line: string) => void = console.log): Promise<void> {
  const stamp = path.join(FIXTURES_DIST_DIR, '.built');
  const sourcesChanged = Math.max(
    newestMtime(FIXTURES_SOURCE_DIR, new Set([FIXTURES_DIST_DIR])),
    newestMtime(path.join(ROOT, 'scripts/build-fixtures.ts')),
  );
  if (builtAt(stamp) > sourcesChanged) return;
  log('Building the test pages (tests/fixtures → tests/fixtures/dist)');
  await buildFixtures();
  writeFileSync(stamp, new Date().toISOString());
}
