// Fuzzing the engine: emoji, right-to-left scripts, zero-width characters, lone
// surrogates, combining marks and mixed scripts, interleaved with words the rules
// look for. The engine must never throw and must return valid offsets.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine, BUILTIN_PACK, type Analysis } from '@/rules';

const engine = createEngine();

const UNUSUAL = [
  '😀', '👩🏽‍💻', '🏳️‍🌈', '🇫🇷', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u202e', '\u202d', '\u2066',
  'مرحبا', 'שלום', 'Привет', '你好', 'こんにちは', '안녕', 'ελληνικά', 'e\u0301', 'n\u0303', '\ud83d', '\ude00', 'ß', 'œ', 'İ', 'ǅ',
  '’', '‘', '«', '»', '—', '\u00a0', '\t', '\n', '\r\n', '@', '#', '.', '-', '0', '1', '7', '4', '$', '(', ')', ',',
];
const TRIGGERS = [...new Set(Object.values(BUILTIN_PACK.lexicons ?? {}).flat())].filter((t) => !t.startsWith('@')).map((t) => t.replace(/\*|\.\.|#/g, ' '));

const fragment = fc.oneof(
  fc.constantFrom(...UNUSUAL),
  fc.constantFrom(...TRIGGERS),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 12 }),
  fc.constantFrom(' ', ' ', ' ', ', ', '. '),
);
const post = fc.array(fragment, { maxLength: 80 }).map((parts) => parts.join(''));

function assertValid(text: string, analysis: Analysis) {
  expect(['ok', 'caution', 'stop']).toContain(analysis.verdict);
  expect(['en', 'fr', 'es']).toContain(analysis.language);
  for (const f of analysis.findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.excerpt).toBe(text.slice(f.start, f.end));
    expect(f.citations.length).toBeGreaterThan(0);
  }
}

describe('engine fuzzing', () => {
  it('never throws and returns valid offsets on 10,000 generated posts', () => {
    fc.assert(
      fc.property(post, fc.constantFrom(undefined, 0, 3), fc.constantFrom(undefined, 'post', 'reply', 'comment'), (text, images, kind) => {
        assertValid(text, engine.analyze(text, { images, kind: kind as never }));
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);

  it('handles posts up to 100,000 characters', () => {
    fc.assert(
      fc.property(fc.array(fragment, { minLength: 200, maxLength: 400 }), fc.integer({ min: 20_000, max: 100_000 }), (parts, length) => {
        let text = parts.join('');
        while (text.length < length) text += text;
        text = text.slice(0, length);
        assertValid(text, engine.analyze(text));
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  it('grows roughly linearly with the length of the post (sanity ratio; figures in npm run bench)', () => {
    const unit = 'Strictly confidential 😀 the board decided; vote for @maria near room 7 — مرحبا c.o.n.f.i.d.e.n.t.i.a.l \u200b ';
    const timeFor = (length: number) => {
      const text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
      engine.analyze(text);
      const started = performance.now();
      for (let i = 0; i < 3; i++) engine.analyze(text);
      return (performance.now() - started) / 3;
    };
    const small = timeFor(10_000);
    const large = timeFor(100_000);
    // Linear growth gives a ratio near 10; quadratic would give about 100.
    expect(large / small).toBeLessThan(40);
  }, 60_000);
});
