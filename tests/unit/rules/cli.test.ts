// The analyzer CLI contract (DESIGN §5), run as a separate process the way outside checks run it.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const analyze = (...args: string[]) => spawnSync(tsx, ['scripts/analyze.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('analyzer CLI', () => {
  it('prints one JSON line per input line and nothing else; bad lines go to stderr and the run goes on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-'));
    const file = join(dir, 'posts.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'a', text: 'Strictly confidential: the board decided to close the office.', platform: 'x', kind: 'post' }),
        '{not json',
        JSON.stringify({ id: 'b', text: 'Lovely walk along the river.', extra: 'ignored' }),
        '',
        JSON.stringify({ id: 'c' }),
        JSON.stringify({ id: 'd', text: 'Team selfie at the office, tagging everyone! @a @b @c', images: 1, kind: 'post', platform: 'instagram' }),
      ].join('\n'),
    );
    const run = analyze('--jsonl', file);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    const [a, b, d] = lines.map((line) => JSON.parse(line));
    expect(a).toMatchObject({ id: 'a', verdict: 'stop', language: 'en' });
    expect(Object.keys(a).sort()).toEqual(['findings', 'id', 'language', 'ms', 'verdict']);
    expect(Object.keys(a.findings[0]).sort()).toEqual(['citations', 'end', 'excerpt', 'principle', 'rule', 'severity', 'start']);
    expect(Object.keys(a.findings[0].citations[0]).sort()).toEqual(['section', 'source']);
    expect(a.findings[0].excerpt).toBe('Strictly confidential: the board decided to close the office.'.slice(a.findings[0].start, a.findings[0].end));
    expect(b).toMatchObject({ id: 'b', verdict: 'ok', findings: [] });
    expect(d).toMatchObject({ id: 'd', verdict: 'caution' });
    expect(typeof a.ms).toBe('number');
    const errors = run.stderr.trim().split('\n').map((line) => JSON.parse(line));
    expect(errors).toEqual([expect.objectContaining({ line: 2 }), expect.objectContaining({ id: 'c', line: 5 })]);
  });

  it('exits non-zero only when the file cannot be read', () => {
    const run = analyze('--jsonl', '/no/such/file.jsonl');
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('cannot read');
  });

  it('prints a readable report for one text', () => {
    const out = execFileSync(tsx, ['scripts/analyze.ts', 'You are a moron and a liar.'], { cwd: root, encoding: 'utf8' });
    expect(out).toContain('Verdict: STOP');
    expect(out).toContain('Harassment');
    expect(out).toContain('«moron»');
    expect(out).toContain('Flowchart:');
  });
});
