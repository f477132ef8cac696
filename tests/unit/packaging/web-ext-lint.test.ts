// Mozilla's linter on the Firefox build: what AMO runs on submission. Warnings are allowed
// (React's own innerHTML use is flagged), errors are not.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { builtDir, ROOT } from './built';

it('web-ext lint finds no error in the Firefox build', { timeout: 60_000 }, () => {
  const output = execFileSync(
    path.join(ROOT, 'node_modules/.bin/web-ext'),
    ['lint', '--source-dir', builtDir('firefox-mv2'), '--output', 'json', '--no-config-discovery'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const report = JSON.parse(output) as { summary: { errors: number }; errors: { code: string; message: string; file?: string }[] };
  expect(report.errors.map((error) => `${error.code}: ${error.message} (${error.file ?? ''})`)).toEqual([]);
  expect(report.summary.errors).toBe(0);
});
