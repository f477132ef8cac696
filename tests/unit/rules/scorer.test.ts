import { describe, expect, it } from 'vitest';
import { createEngine, CITATIONS, PRINCIPLES, type Finding, type PostKind } from '@/rules';
import { createScorer, featureSpace, featuresOf, flaggedPrinciples, lengthFactor, MAX_PRINCIPLES, stem, type ScorerModel } from '@/rules/scorer';
import { normalize } from '@/rules/normalize';
import { tokenize } from '@/rules/match';
import MODEL from '@/rules/scorer-model.json';
import ordinary from './ordinary-posts.json';

const model = MODEL as ScorerModel;
const scorer = createScorer(model, CITATIONS);
const scorerFindings = (text: string) => scorer.findings(text, tokenize(normalize(text)), {});

// Written for these tests: none of them is in a corpus the model was trained on.
const CLEAR_PROBLEMS: [string, (typeof PRINCIPLES)[number]][] = [
  ['Those idiots in procurement are useless, total clowns, every single one of them.', 'harassment'],
  ['Vote for Maria Lopez on Sunday, she is the only candidate who will stand up to this corrupt government!', 'political-impartiality'],
  ["Notre directeur nous a annoncé en réunion la fermeture du bureau de Goma, ce n'est pas encore officiel, chut.", 'confidentiality'],
  ['Ma collègue est une incapable et une menteuse, tout le monde le sait.', 'harassment'],
  ['Nuestro jefe nos dijo en la reunión que van a cerrar la oficina de Tumaco; todavía no es oficial, no lo compartan.', 'confidentiality'],
  ['Hoy votad todos al partido socialista, este gobierno corrupto tiene que caer.', 'political-impartiality'],
];
const ORDINARY = [
  'Lovely sunset over the lake this evening, great walk with friends.',
  'Proud to present our annual report at the public conference today, link to the published version below.',
  'Recette du jour : tarte aux pommes de ma grand-mère, un délice.',
  'Bonne fête à toutes les mamans !',
  'Qué partidazo el de anoche, el Betis jugó de maravilla.',
  'Feliz fin de semana a todos, a descansar.',
];

function expectWellFormed(text: string, findings: Finding[]) {
  for (const finding of findings) {
    expect(finding.start).toBeGreaterThanOrEqual(0);
    expect(finding.end).toBeGreaterThan(finding.start);
    expect(finding.end).toBeLessThanOrEqual(text.length);
    expect(finding.excerpt).toBe(text.slice(finding.start, finding.end));
    expect(finding.excerpt).toBe(finding.excerpt.trim());
    expect(finding.citations.length).toBeGreaterThan(0);
    for (const language of ['en', 'fr', 'es'] as const) expect(finding.message[language].length).toBeGreaterThan(20);
  }
}

describe('scorer model file', () => {
  it('has every principle and a gate, with finite weights and thresholds', () => {
    expect(Object.keys(model.principles).sort()).toEqual([...PRINCIPLES].sort());
    for (const entry of [model.gate, ...Object.values(model.principles)]) {
      expect(Number.isFinite(entry.bias)).toBe(true);
      expect(Object.keys(entry.weights).length).toBeGreaterThan(0);
      for (const weight of Object.values(entry.weights)) expect(Number.isFinite(weight)).toBe(true);
    }
    expect(Number.isFinite(model.gate.caution)).toBe(true);
    expect(model.secondary).toBeLessThanOrEqual(model.caution);
    expect(model.lengthScale).toBeGreaterThanOrEqual(0);
    for (const entry of Object.values(model.principles)) expect(entry.stop).toBeGreaterThanOrEqual(model.caution);
  });

  it('only weighs features the featuriser can produce', () => {
    const prefixes = new Set(['f', ...(model.words ? ['w'] : []), ...(model.bigrams ? ['b'] : []), ...(model.lexicons ? ['l'] : [])]);
    for (const entry of [model.gate, ...Object.values(model.principles)]) {
      for (const name of Object.keys(entry.weights)) expect(prefixes.has(name.split(':')[0]), name).toBe(true);
    }
  });
});

describe('featuriser', () => {
  it('stems EN/FR/ES inflections to one form and leaves short words alone', () => {
    expect(stem('candidates', 'suffix')).toBe(stem('candidate', 'suffix'));
    expect(stem('gouvernements', 'suffix')).toBe(stem('gouvernement', 'suffix'));
    expect(stem('elecciones', 'suffix')).toBe(stem('eleccion', 'suffix'));
    expect(stem('the', 'suffix')).toBe('the');
    expect(stem('confidential', 'truncate')).toBe('confid');
  });

  it('turns context and structure into flags', () => {
    const text = 'Meet @amina at 14:30, room 12';
    const { names } = featuresOf(text, tokenize(normalize(text)), { kind: 'reply', images: 2 }, model, featureSpace());
    expect(names).toEqual(expect.arrayContaining(['f:mention', 'f:time', 'f:room', 'f:reply', 'f:images']));
  });
});

describe('length factor', () => {
  it('leaves posts up to the scale alone and scales longer ones as if their features were normalised', () => {
    expect(lengthFactor(10, 40)).toBe(1);
    expect(lengthFactor(40, 40)).toBe(1);
    expect(lengthFactor(160, 40)).toBeCloseTo(0.5);
    expect(lengthFactor(10_000, 0)).toBe(1);
  });
});

describe('which principles a post is flagged for', () => {
  const margins = { caution: 1, secondary: 0 };
  const scores = (entries: Record<number, number>) => Float64Array.from(PRINCIPLES, (_, p) => entries[p] ?? -5);

  it('needs the gate open and a principle above caution, then adds those above secondary, strongest first', () => {
    expect(flaggedPrinciples(scores({ 3: 2, 5: 0.5 }), true, margins)).toEqual([3, 5]);
    expect(flaggedPrinciples(scores({ 3: 2, 5: 0.5 }), false, margins)).toEqual([]);
    // Above secondary only: nothing flags the post, so nothing is named.
    expect(flaggedPrinciples(scores({ 3: 0.9, 5: 0.5 }), true, margins)).toEqual([]);
  });

  it('names principles above secondary on a post a rule flagged, gate or not, except those the rules named', () => {
    const rules = { flagged: true, unnamed: 1 << 3 };
    expect(flaggedPrinciples(scores({ 3: 2, 5: 0.5, 7: 0.2 }), false, margins, rules)).toEqual([5, 7]);
    expect(flaggedPrinciples(scores({ 5: -0.5 }), false, margins, rules)).toEqual([]);
  });

  it(`names at most ${MAX_PRINCIPLES}`, () => {
    expect(flaggedPrinciples(scores({ 1: 3, 2: 2, 4: 4, 6: 1.5 }), true, margins)).toEqual([4, 1, 2, 6].slice(0, MAX_PRINCIPLES));
  });
});

describe('scorer findings', () => {
  it.each(CLEAR_PROBLEMS)('flags an unseen post: %s', (text, principle) => {
    const findings = scorerFindings(text);
    expect(findings.map((f) => f.principle)).toContain(principle);
    expect(findings.length).toBeLessThanOrEqual(MAX_PRINCIPLES);
    expectWellFormed(text, findings);
    const finding = findings.find((f) => f.principle === principle)!;
    expect(finding.rule).toBe(`scorer.${principle}`);
  });

  // People write more than one sentence: pleasant words before a risky one must not outweigh it.
  it.each(CLEAR_PROBLEMS)('still flags it after an ordinary sentence: %s', (text, principle) => {
    const mixed = `${ORDINARY[0]} ${text}`;
    expect(scorerFindings(mixed).map((f) => f.principle)).toContain(principle);
  });

  it.each(ORDINARY)('leaves an ordinary post alone: %s', (text) => {
    expect(scorerFindings(text)).toEqual([]);
    expect(createEngine().analyze(text).verdict).toBe('ok');
  });

  it('leaves a long post made of ordinary posts alone: length alone is no risk', () => {
    expect(scorerFindings(ORDINARY.join(' '))).toEqual([]);
  });

  // Near misses are written to look risky (trigger words, an official's name): the scorer may
  // flag them at most as often as the false-alarm target allows on ok posts.
  it("stays quiet on nearly all of the engine tests' near-miss ordinary posts", () => {
    const flagged = ordinary.filter((post) => scorer.findings(post.text, tokenize(normalize(post.text)), { kind: post.kind as PostKind }).length);
    expect(flagged.length / ordinary.length).toBeLessThanOrEqual(0.06);
  });

  it('points at the sentence that weighs most, with offsets into the original text', () => {
    const text = '😀 Bonne journée à tous.   Ma collègue est une grosse incapable et une menteuse, une vraie vache, tout le monde le sait !';
    const [finding] = scorerFindings(text);
    expect(finding.excerpt).toBe('Ma collègue est une grosse incapable et une menteuse, une vraie vache, tout le monde le sait !');
    expectWellFormed(text, [finding]);
  });

  it('finds nothing in an empty or wordless post', () => {
    expect(scorerFindings('')).toEqual([]);
    expect(scorerFindings('  🙂 !!! ')).toEqual([]);
  });
});

describe('scorer inside the engine', () => {
  const engine = createEngine();
  // A post the rules leave to the scorer: found by searching, so rule changes cannot silently empty the test.
  const [text, finding] = CLEAR_PROBLEMS.map(([t]) => [t, engine.analyze(t).findings.find((f) => f.rule.startsWith('scorer.'))] as const).find(
    (pair): pair is readonly [string, Finding] => pair[1] !== undefined,
  )!;

  it('adds cited findings for principles no rule found', () => {
    expect(finding).toBeDefined();
    const analysis = engine.analyze(text);
    expectWellFormed(text, analysis.findings);
    const fromRules = analysis.findings.filter((f) => !f.rule.startsWith('scorer.')).map((f) => f.principle);
    expect(fromRules).not.toContain(finding.principle);
    expect(analysis.verdict).not.toBe('ok');
  });

  // A disclaimer or "friends only" is a note (info): it must not lower what the scorer found.
  it("is not silenced by a note on the same principle", () => {
    const word = finding.excerpt.split(/\s+/).find((w) => /^[a-z]{4,}$/i.test(w))!;
    const note = {
      id: 'test-note',
      principle: finding.principle,
      severity: 'info' as const,
      when: [{ any: [word.toLowerCase()] }],
      message: { en: 'A note.', fr: 'Une note.', es: 'Una nota.' },
      citations: finding.citations,
    };
    const analysis = createEngine({ orgPack: { id: 'test', rules: [note] } }).analyze(text);
    expect(analysis.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['test-note', finding.rule]));
    expect(analysis.verdict).toBe(engine.analyze(text).verdict);
  });

  it('respects disabled principles', () => {
    const analysis = createEngine({ disabledPrinciples: [finding.principle] }).analyze(text);
    expect(analysis.findings.map((f) => f.principle)).not.toContain(finding.principle);
  });

  it('respects the allow-list', () => {
    const allowed = createEngine({ allowList: [{ rule: finding.rule, phrase: finding.excerpt }] }).analyze(text);
    expect(allowed.findings.map((f) => f.rule)).not.toContain(finding.rule);
  });
});
