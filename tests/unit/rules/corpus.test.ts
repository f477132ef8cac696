import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine, type AnalyzeContext } from '@/rules';

interface Labelled extends AnalyzeContext {
  id: string;
  text: string;
  expect: 'ok' | 'caution' | 'stop';
  principles: string[];
}

const engine = createEngine();
const load = (path: string): Labelled[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));

function score(items: Labelled[]) {
  const warn = items.filter((i) => i.expect !== 'ok');
  const ok = items.filter((i) => i.expect === 'ok');
  const results = new Map(items.map((i) => [i.id, engine.analyze(i.text, { platform: i.platform, kind: i.kind, images: i.images })]));
  const warned = warn.filter((i) => results.get(i.id)!.verdict !== 'ok');
  const pairs = warn.flatMap((i) => i.principles.map((p) => [i.id, p] as const));
  const pairHits = pairs.filter(([id, p]) => results.get(id)!.findings.some((f) => f.principle === p));
  return {
    warnRecall: warned.length / warn.length,
    principleRecall: pairHits.length / pairs.length,
    falsePositives: ok.filter((i) => results.get(i.id)!.verdict !== 'ok').map((i) => i.id),
    uncited: [...results.values()].flatMap((r) => r.findings).filter((f) => !f.citations.length).length,
  };
}

describe('labelled corpora', () => {
  it('dev corpus: warn recall ≥ 0.95 and no false positive', () => {
    const result = score(load('/work/shared/corpus/dev.jsonl'.replace('/work/shared', process.env.SHARED_DIR ?? '/work/shared')));
    expect(result.warnRecall).toBeGreaterThanOrEqual(0.95);
    expect(result.principleRecall).toBeGreaterThanOrEqual(0.8);
    expect(result.falsePositives).toEqual([]);
    expect(result.uncited).toBe(0);
  });

  it.each([
    ['extra corpus', '../../corpus/extra.jsonl'],
    ['posts written for the engine tests', './written-posts.jsonl'],
  ])('%s: warn recall ≥ 0.9, principle recall ≥ 0.8, false-positive rate ≤ 0.06', (_name, path) => {
    const items = load(new URL(path, import.meta.url).pathname);
    const result = score(items);
    expect(result.warnRecall).toBeGreaterThanOrEqual(0.9);
    expect(result.principleRecall).toBeGreaterThanOrEqual(0.8);
    expect(result.falsePositives.length / items.filter((i) => i.expect === 'ok').length).toBeLessThanOrEqual(0.06);
    expect(result.uncited).toBe(0);
  });
});
