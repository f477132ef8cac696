// npm run bench: runs every part in scripts/bench/ (or only those named on the
// command line, e.g. `npm run bench -- engine`), prints the figures and writes
// them to docs/benchmarks.md with the machine and the date.

import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A benchmark part: a title and markdown lines (tables, notes). */
export interface BenchPart {
  title: string;
  run(): Promise<string[]>;
}

const here = dirname(fileURLToPath(import.meta.url));
const partsDir = join(here, 'bench');
const only = process.argv.slice(2);
const names = readdirSync(partsDir)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => basename(file, '.ts'))
  .filter((name) => !only.length || only.includes(name))
  .sort();

const machine = `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${platform()} ${release()}, Node ${process.version}`;
const load = loadavg().map((value) => value.toFixed(1)).join(', ');
const sections: string[] = [`# Benchmarks`, '', `Machine: ${machine}`, `Date: ${new Date().toISOString()}`, `Load average when the run started (1, 5, 15 min): ${load} — other work on the machine slows every figure below.`, '', 'Produced by `npm run bench`; re-run it to refresh this file.', ''];

for (const name of names) {
  const part: BenchPart = (await import(join(partsDir, `${name}.ts`))).default;
  process.stdout.write(`\n## ${part.title}\n\n`);
  const lines = await part.run();
  process.stdout.write(lines.join('\n') + '\n');
  sections.push(`## ${part.title}`, '', ...lines, '');
}

const out = join(here, '..', 'docs', 'benchmarks.md');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, sections.join('\n'));
process.stdout.write(`\nWritten to docs/benchmarks.md (${machine})\n`);
