// Policy and validation problems are data until shown: the sentence is in the UI language,
// the setting key, field path, rule id and value stay as they were written.
import { describe, expect, it } from 'vitest';
import { parseRulePack } from '@/rules';
import { LANGUAGES } from '@/rules/types';
import { parsePolicy } from '@/utils/policy';
import { describePackError, describePolicyProblem, parseRulePackIn } from '@/utils/policy-messages';

const BAD_POLICY = {
  mode: 'strict',
  contacts: [{ role: 'ethics', name: 'Ethics', email: 'not-an-email' }],
  journal: { retentionDays: 'forever' },
  sites: true,
  disabledPrinciples: 'minors',
};

describe('policy problems in the UI language', () => {
  const { errors } = parsePolicy(BAD_POLICY);

  it('keeps each problem as data: the key and the value as written', () => {
    expect(errors.map((problem) => problem.kind).sort()).toEqual(
      ['expectedList', 'expectedObject', 'invalidValue', 'invalidValue', 'invalidValue'],
    );
    expect(errors).toContainEqual(expect.objectContaining({ kind: 'invalidValue', key: 'mode', value: '"strict"' }));
    expect(errors).toContainEqual(expect.objectContaining({ kind: 'invalidValue', key: 'journal.retentionDays' }));
  });

  it('words every problem in each language, keys and values unchanged', () => {
    for (const lang of LANGUAGES) {
      for (const problem of errors) {
        const text = describePolicyProblem(problem, lang);
        expect(text, lang).not.toMatch(/\$|policy[A-Z]\w+/);
        if ('key' in problem) expect(text, lang).toContain(problem.key);
        if ('value' in problem) expect(text, lang).toContain(problem.value);
      }
    }
  });

  it('says when the whole policy is not an object', () => {
    const [problem] = parsePolicy('advise').errors;
    expect(problem).toEqual({ kind: 'notAnObject', value: '"advise"' });
    expect(describePolicyProblem(problem, 'fr')).toBe(
      'Tous les réglages de votre organisation ont été ignorés : un objet était attendu, valeur reçue : "advise".',
    );
  });

  it('says what was wrong in French and Spanish, not in English', () => {
    const mode = errors.find((problem) => 'key' in problem && problem.key === 'mode')!;
    expect(describePolicyProblem(mode, 'en')).toMatch(/^“mode” was ignored \(Invalid option.*\): "strict"\.$/);
    expect(describePolicyProblem(mode, 'fr')).toMatch(/^« mode » a été ignoré \(Option invalide.*\) : "strict"\.$/);
    expect(describePolicyProblem(mode, 'es')).toMatch(/^Se ignoró «mode» \(Opción inválida.*\): "strict"\.$/);
    const email = errors.find((problem) => 'key' in problem && problem.key === 'contacts[0]')!;
    expect(describePolicyProblem(email, 'fr')).toMatch(/email : adresse e-mail invalide/i);
  });

  it('names the rule and field of a bad rule pack inside a sentence in the UI language', () => {
    const pack = { id: 'org', rules: [{ id: 'org.r1', principle: 'gossip', severity: 'stop', when: [{ any: ['x'] }] }] };
    const [problem] = parsePolicy({ rulePack: pack }).errors;
    expect(problem).toMatchObject({ kind: 'invalidRulePack' });
    expect(parseRulePack(pack).ok).toBe(false);
    const french = describePolicyProblem(problem, 'fr');
    expect(french).toMatch(/^Le jeu de règles de l’organisation \(« rulePack »\) a été ignoré : Règle « org\.r1 », champ rules\[0\]\.principle : Option invalide/);
    expect(french).not.toMatch(/Invalid/);
    expect(describePolicyProblem(problem, 'es')).toMatch(/^Se ignoró el paquete de normas.*Norma «org\.r1», campo rules\[0\]\.principle: Opción inválida/);
    expect(describePolicyProblem(problem, 'en')).toMatch(/Rule “org\.r1”, field rules\[0\]\.principle: Invalid option/);
  });

  it('leaves zod in English after wording a pack in another language', () => {
    const pack = { id: 'org', rules: [{ id: 'org.r1', principle: 'gossip' }] };
    parseRulePackIn('fr', pack);
    const english = parseRulePack(pack);
    expect(english.ok ? [] : english.errors.map((error) => error.message)).toContainEqual(expect.stringMatching(/^Invalid option/));
  });
});

describe('rule-pack problems the engine finds, in the UI language', () => {
  const pack = {
    id: 'org',
    rules: [
      { id: 'org.a', principle: 'confidentiality', severity: 'stop', when: [{ any: ['@noSuchLexicon', '#noSuchDetector', '/(a+)+$/'] }], message: { en: 'm', fr: 'm', es: 'm' }, cite: ['no-such-passage'] },
      { id: 'org.a', principle: 'confidentiality', severity: 'stop', when: [{ any: ['x'] }], message: { en: 'm', fr: 'm', es: 'm' }, cite: ['sr-1.2i'] },
    ],
    disable: ['no.such.rule'],
  };

  it('names each problem, with what it is about as written in the pack', () => {
    const result = parseRulePack(pack);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((error) => [error.code, error.subject])).toEqual(
      expect.arrayContaining([
        ['unknownLexicon', '@noSuchLexicon'],
        ['unknownDetector', '#noSuchDetector'],
        ['unsafeRegex', '/(a+)+$/'],
        ['unknownCitation', 'no-such-passage'],
        ['duplicateRule', 'org.a'],
        ['noBuiltInRule', 'no.such.rule'],
      ]),
    );
  });

  it('words them in French and Spanish, never in the engine’s English', () => {
    const result = parseRulePack(pack);
    const errors = result.ok ? [] : result.errors;
    for (const lang of ['fr', 'es'] as const) {
      for (const error of errors) {
        const text = describePackError(error, lang);
        expect(text, lang).not.toContain(error.message);
        if (error.subject) expect(text, lang).toContain(error.subject);
      }
    }
  });

  it('words a rule without a citation', () => {
    const { cite: _omitted, ...uncited } = pack.rules[1];
    const result = parseRulePack({ id: 'org', rules: [uncited] });
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((error) => error.code)).toContain('missingCitation');
    expect(errors.map((error) => describePackError(error, 'fr')).join(' ')).toMatch(/au moins un passage/);
  });
});
