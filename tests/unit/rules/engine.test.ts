import { describe, expect, it } from 'vitest';
import { createEngine, PRINCIPLES, LANGUAGES, type AnalyzeContext, type Principle } from '@/rules';
import examples from './principle-examples.json';
import ordinary from './ordinary-posts.json';

const engine = createEngine();
// The rules' behaviour; the learned scorer's findings (rule `scorer.*`) are tested in scorer.test.ts.
const warned = (text: string, ctx?: AnalyzeContext) => engine.analyze(text, ctx).findings.filter((f) => f.severity !== 'info' && !f.rule.startsWith('scorer.'));

describe('principles in English, French and Spanish', () => {
  it('has an example for every principle in every language', () => {
    for (const principle of PRINCIPLES)
      for (const lang of LANGUAGES) expect(examples.some((e) => e.principle === principle && e.lang === lang), `${principle}/${lang}`).toBe(true);
  });

  for (const example of examples) {
    it(`${example.principle} (${example.lang}): ${example.text.slice(0, 50)}…`, () => {
      const ctx: AnalyzeContext = { images: (example as { images?: number }).images, kind: (example as { kind?: AnalyzeContext['kind'] }).kind };
      const analysis = engine.analyze(example.text, ctx);
      expect(analysis.verdict).not.toBe('ok');
      expect(analysis.findings.map((f) => f.principle)).toContain(example.principle as Principle);
      expect(analysis.language).toBe(example.lang);
    });
  }
});

describe('near misses stay quiet', () => {
  for (const post of ordinary) {
    it(post.text.slice(0, 60), () => {
      const ctx: AnalyzeContext = { images: (post as { images?: number }).images, kind: post.kind as AnalyzeContext['kind'] };
      expect(warned(post.text, ctx)).toEqual([]);
    });
  }
});

describe('normalisation', () => {
  it.each([
    ['c0nfidential memo from the board: the office closes', 'c0nfidential'],
    ['c.o.n.f.i.d.e.n.t.i.a.l memo from the board: the office closes', 'c.o.n.f.i.d.e.n.t.i.a.l'],
    ['con\u200bfiden\u200btial memo from the board: the office closes', 'con\u200bfiden\u200btial'],
    ['CONFIDENTIAL memo from the board: the office closes', 'CONFIDENTIAL'],
    ['confidentiaaal memo from the board: the office closes', 'confidentiaaal'],
  ])('sees through %s', (text, excerpt) => {
    const finding = engine.analyze(text).findings.find((f) => f.principle === 'confidentiality');
    expect(finding?.excerpt).toBe(excerpt);
  });

  it('reads typographic apostrophes and accents as plain letters', () => {
    expect(warned('Je ne devrais pas le dire, mais la restructuration touchera nos équipes.').length).toBeGreaterThan(0);
    expect(warned('Je ne devrais pas le dire, mais la réorganisation touchera nos équipes.').length).toBeGreaterThan(0);
  });

  it('maps excerpts back to the original text across emoji and expansions', () => {
    const text = '🎉🎉 Œuvre de bœuf — strictly confidential: the board decided 🎉';
    const finding = engine.analyze(text).findings.find((f) => f.principle === 'confidentiality')!;
    expect(text.slice(finding.start, finding.end)).toBe(finding.excerpt);
    expect(finding.excerpt).toBe('strictly confidential');
  });

  it('keeps offsets when a character decomposes into an astral one (found by fuzzing)', () => {
    const text = 'peor jefe \ufad1\u{1042f} strictly confidential: the board decided';
    for (const f of engine.analyze(text).findings) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
    expect(engine.analyze(text).findings.some((f) => f.excerpt === 'strictly confidential')).toBe(true);
  });
});

describe('context', () => {
  it('needs the attached images for photo rules', () => {
    const text = 'Kids at the nutrition centre this morning, so much joy';
    expect(warned(text, { images: 0 }).some((f) => f.principle === 'minors')).toBe(false);
    expect(warned(text, { images: 2 }).some((f) => f.principle === 'minors')).toBe(true);
  });

  it('treats answers in anger as a reply matter', () => {
    const text = 'WHAT ARE YOU EVEN TALKING ABOUT, you clearly know nothing';
    expect(warned(text, { kind: 'reply' }).some((f) => f.principle === 'heated-reply')).toBe(true);
  });

  it("recognises the organisation's own name and aliases", () => {
    const text = 'On behalf of Acme Relief, we will fund the new clinic.';
    expect(warned(text).some((f) => f.principle === 'official-capacity')).toBe(false);
    const withOrg = createEngine({ organization: { name: 'Acme Relief' } });
    expect(withOrg.analyze(text).findings.some((f) => f.principle === 'official-capacity')).toBe(true);
    expect(engine.analyze(text, { organization: { name: 'Other', aliases: ['Acme Relief'] } }).findings.some((f) => f.principle === 'official-capacity')).toBe(true);
  });

  it('never lowers severity for a disclaimer', () => {
    const text = 'The ruling party are a bunch of thieves.';
    const plain = engine.analyze(text);
    const disclaimed = engine.analyze(`Views are my own. ${text}`);
    expect(plain.verdict).toBe('stop');
    expect(disclaimed.verdict).toBe('stop');
    expect(disclaimed.findings.some((f) => f.rule === 'official.disclaimer' && f.severity === 'info')).toBe(true);
  });

  it("finds a candidacy political, and one's own an outside activity too", () => {
    const principlesOf = (text: string) => warned(text).map((f) => f.principle);
    for (const own of ['Running for town council next spring, volunteers welcome!', 'Je me présente aux municipales à Autun !', 'Me presento a concejal en mi pueblo.'])
      expect(principlesOf(own)).toEqual(expect.arrayContaining(['political-impartiality', 'outside-activities']));
    const sisters = principlesOf('My sister is running for mayor, please share her page!');
    expect(sisters).toContain('political-impartiality');
    expect(sisters).not.toContain('outside-activities');
  });

  it('does not treat a private group as private', () => {
    const analysis = engine.analyze('Only in our private group: the audit report is damning and not published yet.');
    expect(analysis.verdict).toBe('stop');
  });
});

describe('options', () => {
  const text = 'You are a moron.';

  it('drops disabled principles', () => {
    expect(createEngine({ disabledPrinciples: ['harassment'] }).analyze(text).verdict).toBe('ok');
  });

  it('honours "this is wrong" marks for a rule and a phrase', () => {
    const rule = engine.analyze(text).findings[0].rule;
    const allowed = createEngine({ allowList: [{ rule, phrase: 'MORON' }] });
    expect(allowed.analyze(text).findings.filter((f) => f.rule === rule)).toEqual([]);
    expect(allowed.analyze('You are an idiot.').verdict).toBe('stop');
  });
});

describe('verdict and findings', () => {
  it('is the highest severity above info', () => {
    expect(engine.analyze('Lovely walk along the river.').verdict).toBe('ok');
    expect(engine.analyze('Team selfie, tagging everyone! @a @b @c', { images: 1 }).verdict).toBe('caution');
    expect(engine.analyze('Strictly confidential: the board decided to close the office.').verdict).toBe('stop');
  });

  it('cites every finding with a source, a section, a French quote and its renderings', () => {
    for (const example of examples) {
      for (const finding of engine.analyze(example.text).findings) {
        expect(finding.citations.length).toBeGreaterThan(0);
        for (const c of finding.citations) for (const field of [c.source, c.section, c.quote, c.en, c.es]) expect(field.length).toBeGreaterThan(0);
        for (const lang of LANGUAGES) expect(finding.message[lang].length).toBeGreaterThan(0);
      }
    }
  });

  it('gives excerpts that are exactly the text between the offsets', () => {
    for (const example of examples) {
      for (const f of engine.analyze(example.text).findings) expect(example.text.slice(f.start, f.end)).toBe(f.excerpt);
    }
  });
});
