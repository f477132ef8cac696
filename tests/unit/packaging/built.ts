// Where `npm run build` leaves the packages (npm test builds them first, in `pretest`).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const OUTPUT = path.join(ROOT, '.output');
export const TARGETS = ['chrome-mv3', 'edge-mv3', 'firefox-mv2'] as const;
export type Target = (typeof TARGETS)[number];

export function builtDir(target: Target): string {
  const dir = path.join(OUTPUT, target);
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`${dir}/manifest.json is missing: run \`npm run build\` first (npm test does).`);
  }
  return dir;
}

export function builtManifest(target: Target): Record<string, any> {
  return JSON.parse(readFileSync(path.join(builtDir(target), 'manifest.json'), 'utf8'));
}
