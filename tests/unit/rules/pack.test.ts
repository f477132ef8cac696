import { describe, expect, it } from 'vitest';
import { BUILTIN_PACK, createEngine, parseRulePack, schemas, type RulePack } from '@/rules';

const citation = { source: 'acme-policy', section: '§2', quote: 'Ne parlez pas des clients.', en: 'Do not talk about clients.', es: 'No hable de los clientes.' };
const message = { en: 'Client names stay private.', fr: 'Les noms des clients restent privés.', es: 'Los nombres de clientes son privados.' };

describe('the built-in pack', () => {
  it('passes the schema that organisation packs pass', () => {
    expect(schemas().rulePack.safeParse(BUILTIN_PACK).success).toBe(true);
    expect(parseRulePack(BUILTIN_PACK)).toMatchObject({ ok: true });
  });

  it('covers every principle with at least one rule that can warn', () => {
    const principles = new Set((BUILTIN_PACK.rules ?? []).filter((r) => r.severity !== 'info').flatMap((r) => [r.principle, ...(r.also ?? [])]));
    expect(principles.size).toBe(15);
  });
});

describe('organisation packs', () => {
  const orgPack: RulePack = {
    id: 'acme',
    lexicons: { clients: ['globex', 'initech'], insultSevere: ['nincompoop'] },
    rules: [
      { id: 'acme.client-names', principle: 'confidentiality', severity: 'caution', when: [{ any: ['@clients'] }], message, citations: [citation] },
      { id: 'acme.ticket', principle: 'confidentiality', severity: 'stop', when: [{ any: ['/tkt-[0-9]{4,8}/'] }], message, cite: ['sr-1.2i'] },
    ],
    disable: ['heated.feeding-trolls'],
    severity: { 'privacy.tagging': 'stop' },
  };

  it('adds rules, extends lexicons, disables and re-grades built-in rules', () => {
    expect(parseRulePack(orgPack)).toMatchObject({ ok: true });
    const engine = createEngine({ orgPack });
    expect(engine.analyze('Lunch with the Globex people').findings.map((f) => f.rule)).toContain('acme.client-names');
    expect(engine.analyze('See TKT-12345 for details').verdict).toBe('stop');
    expect(engine.analyze('You absolute nincompoop').verdict).toBe('stop');
    expect(engine.analyze('Ignore the trolls', { kind: 'reply' }).findings.some((f) => f.rule === 'heated.feeding-trolls')).toBe(false);
    expect(createEngine().analyze('Ignore the trolls', { kind: 'reply' }).findings.some((f) => f.rule === 'heated.feeding-trolls')).toBe(true);
    expect(engine.analyze('Team photo, tagging everyone!').verdict).toBe('stop');
  });

  it('names the rule and the field of every error', () => {
    const bad = {
      id: 'acme',
      rules: [
        { id: 'acme.ok', principle: 'confidentiality', severity: 'stop', when: [{ any: ['x'] }], message, citations: [citation] },
        { id: 'acme.bad-severity', principle: 'confidentiality', severity: 'urgent', when: [{ any: ['x'] }], message, citations: [citation] },
        { id: 'acme.no-citation', principle: 'confidentiality', severity: 'stop', when: [{ any: ['x'] }], message },
        { id: 'acme.unknown-lexicon', principle: 'harassment', severity: 'stop', when: [{ any: ['@nope'] }], message, citations: [citation] },
      ],
    };
    const result = parseRulePack(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(expect.objectContaining({ ruleId: 'acme.bad-severity', path: 'rules[1].severity' }));
    expect(result.errors).toContainEqual(expect.objectContaining({ ruleId: 'acme.no-citation', path: 'rules[2].citations' }));
    const fixed = { ...bad, rules: [bad.rules[0], bad.rules[3]] };
    const second = parseRulePack(fixed);
    expect(second).toMatchObject({ ok: false, errors: [{ ruleId: 'acme.unknown-lexicon', path: 'rules[1].when[0].any[0]' }] });
  });

  it('rejects regular expressions that can backtrack catastrophically, before use', () => {
    const pack = { id: 'acme', rules: [{ id: 'acme.redos', principle: 'confidentiality', severity: 'stop', when: [{ any: ['/(a+)+$/'] }], message, citations: [citation] }] };
    const result = parseRulePack(pack);
    expect(result).toMatchObject({ ok: false, errors: [{ ruleId: 'acme.redos', path: 'rules[0].when[0].any[0]' }] });
    // An engine given the rejected pack keeps the built-in rules and ignores the bad one.
    const engine = createEngine({ orgPack: pack as RulePack });
    expect(engine.analyze('a'.repeat(5000) + '!').verdict).toBe('ok');
    expect(engine.analyze('You are a moron').verdict).toBe('stop');
  });

  it('rejects references to unknown built-in rules and citations', () => {
    const result = parseRulePack({ id: 'acme', disable: ['no.such.rule'], rules: [{ id: 'acme.x', principle: 'accuracy', severity: 'info', when: [{ any: ['x'] }], message, cite: ['no-such-citation'] }] });
    expect(result).toMatchObject({ ok: false });
    if (result.ok) return;
    expect(result.errors.map((e) => e.path).sort()).toEqual(['disable[0]', 'rules[0].cite[0]']);
  });
});
