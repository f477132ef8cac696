// Every regular expression the engine ships is checked by recheck, a ReDoS
// checker; the structural check applied to organisations' custom patterns is
// compared with it.

import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACK } from '@/rules';
import { DETECTOR_PATTERNS, ORGANISATION_ACRONYMS } from '@/rules/detectors';
import { regexSafetyProblem } from '@/rules/regex-safety';

const packPatterns = (BUILTIN_PACK.rules ?? [])
  .flatMap((rule) => rule.when.flatMap((c) => [...c.any, ...(c.all ?? []).flat(), ...(c.none ?? [])]))
  .filter((ref) => ref.length > 2 && ref.startsWith('/') && ref.endsWith('/'))
  .map((ref) => new RegExp(ref.slice(1, -1), 'g'));

const builtIn: [string, RegExp][] = [
  ...Object.entries(DETECTOR_PATTERNS),
  ['organisation acronyms', ORGANISATION_ACRONYMS],
  ...packPatterns.map((pattern) => [`pack ${pattern.source}`, pattern] as [string, RegExp]),
];

describe('ReDoS', () => {
  it('checks the pack’s own regular expressions too', () => {
    expect(packPatterns.length).toBeGreaterThan(0);
  });

  // The automaton checker is exact and deterministic; patterns it cannot model
  // (some look-arounds) go to the fuzz checker with a fixed seed.
  it.each(builtIn)('%s is safe according to recheck', (_name, pattern) => {
    let result = checkSync(pattern.source, pattern.flags, { timeout: 20_000, checker: 'automaton' });
    if (result.status === 'unknown') result = checkSync(pattern.source, pattern.flags, { timeout: 20_000, checker: 'fuzz', randomSeed: 7 });
    expect(result.status, JSON.stringify(result)).toBe('safe');
  });

  it.each([
    ['(a+)+$', true],
    ['^(a|a)*$', true],
    ['(\\w+\\s?)+$', true],
    ['(x+x+)+y', true],
    ['tkt-[0-9]{4,8}', false],
    ['\\b(?:gate|door) code\\b', false],
    ['confidenti(?:al|el)', false],
  ])('the structural check agrees with recheck on %s', (source, vulnerable) => {
    expect(checkSync(source, '', { timeout: 20_000 }).status).toBe(vulnerable ? 'vulnerable' : 'safe');
    expect(regexSafetyProblem(source) !== null).toBe(vulnerable);
  });
});
