// zod schemas for rule packs and the flowchart, and the checks zod cannot make:
// references to lexicons, detectors and citations, and regular expressions that
// could backtrack catastrophically.

import { z } from 'zod';
import { OUTCOMES, PLATFORMS, POST_KINDS, PRINCIPLES, SEVERITIES, type PackError, type RulePack } from './types';
import { DETECTOR_NAMES } from './detectors';
import { regexSafetyProblem } from './regex-safety';

const localized = z.object({ en: z.string().min(1), fr: z.string().min(1), es: z.string().min(1) });
const citation = z.object({
  source: z.string().min(1),
  section: z.string().min(1),
  quote: z.string().min(1),
  en: z.string().min(1),
  es: z.string().min(1),
});
const termRef = z.string().trim().min(1).max(300);

const clause = z.strictObject({
  any: z.array(termRef).min(1),
  all: z.array(z.array(termRef).min(1)).optional(),
  none: z.array(termRef).optional(),
  within: z.number().int().min(0).max(200).optional(),
  min: z.number().int().min(1).max(100).optional(),
  kinds: z.array(z.enum(POST_KINDS)).optional(),
  platforms: z.array(z.enum(PLATFORMS)).optional(),
  minImages: z.number().int().min(0).optional(),
});

const rule = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,80}$/, 'lower-case letters, digits, dots, dashes'),
    principle: z.enum(PRINCIPLES),
    severity: z.enum(SEVERITIES),
    also: z.array(z.enum(PRINCIPLES)).optional(),
    when: z.array(clause).min(1),
    message: localized,
    cite: z.array(z.string().min(1)).optional(),
    citations: z.array(citation).optional(),
  })
  .refine((r) => (r.cite?.length ?? 0) + (r.citations?.length ?? 0) > 0, {
    message: 'a rule needs at least one citation (cite or citations)',
    path: ['citations'],
  });

export const rulePackSchema = z.strictObject({
  id: z.string().min(1).max(80),
  description: z.string().optional(),
  lexicons: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/), z.array(termRef).min(1)).optional(),
  citations: z.record(z.string().min(1), citation).optional(),
  rules: z.array(rule).optional(),
  disable: z.array(z.string().min(1)).optional(),
  severity: z.record(z.string().min(1), z.enum(SEVERITIES)).optional(),
});

const flowchartAnswer = z.object({
  id: z.string().min(1),
  label: localized,
  next: z.string().optional(),
  outcome: z.enum(OUTCOMES).optional(),
});
export const flowchartSchema = z.object({
  start: z.string().min(1),
  questions: z.array(
    z.object({
      id: z.string().min(1),
      text: localized,
      citations: z.array(citation).min(1),
      principles: z.array(z.enum(PRINCIPLES)),
      answers: z.array(flowchartAnswer.refine((a) => !!a.next !== !!a.outcome, 'an answer leads to a question or to an outcome')).min(2),
    }),
  ),
  outcomes: z.record(z.enum(OUTCOMES), z.object({ label: localized, description: localized })),
});

type ParseResult = { ok: true; pack: RulePack } | { ok: false; errors: PackError[] };

function pathString(path: PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function ruleIdAt(input: unknown, path: PropertyKey[]): string | undefined {
  if (path[0] !== 'rules' || typeof path[1] !== 'number') return undefined;
  const rules = (input as { rules?: unknown[] })?.rules;
  const id = (rules?.[path[1]] as { id?: unknown })?.id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Validates a pack. `known` lists what it may refer to beyond itself (the
 * built-in pack's lexicons, citations and rule ids).
 */
export function validateRulePack(
  input: unknown,
  known: { lexicons: Set<string>; citations: Set<string>; ruleIds: Set<string> },
): ParseResult {
  const parsed = rulePackSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({ ruleId: ruleIdAt(input, issue.path), path: pathString(issue.path), message: issue.message })),
    };
  }
  const pack = parsed.data as RulePack;
  const errors: PackError[] = [];
  const lexicons = new Set([...known.lexicons, ...Object.keys(pack.lexicons ?? {})]);
  const citations = new Set([...known.citations, ...Object.keys(pack.citations ?? {})]);

  const checkRef = (ref: string, path: string, ruleId?: string) => {
    if (ref.startsWith('@')) {
      if (!lexicons.has(ref.slice(1))) errors.push({ ruleId, path, message: `unknown lexicon "${ref}"` });
    } else if (ref.startsWith('#') && ref.length > 1 && !/\s/.test(ref)) {
      if (!(DETECTOR_NAMES as string[]).includes(ref.slice(1))) errors.push({ ruleId, path, message: `unknown detector "${ref}" (known: ${DETECTOR_NAMES.join(', ')})` });
    } else if (ref.length > 2 && ref.startsWith('/') && ref.endsWith('/')) {
      const problem = regexSafetyProblem(ref.slice(1, -1));
      if (problem) errors.push({ ruleId, path, message: problem });
    }
  };

  for (const [name, terms] of Object.entries(pack.lexicons ?? {})) {
    terms.forEach((term, i) => {
      if (term.startsWith('@') && !lexicons.has(term.slice(1))) errors.push({ path: `lexicons.${name}[${i}]`, message: `unknown lexicon "${term}"` });
      if (term.startsWith('/') || /^#\w/.test(term)) errors.push({ path: `lexicons.${name}[${i}]`, message: 'lexicons hold phrases; use regular expressions and detectors in rules' });
    });
  }
  const seen = new Set<string>();
  (pack.rules ?? []).forEach((r, i) => {
    if (seen.has(r.id)) errors.push({ ruleId: r.id, path: `rules[${i}].id`, message: `duplicate rule id "${r.id}"` });
    seen.add(r.id);
    r.when.forEach((c, j) => {
      const at = `rules[${i}].when[${j}]`;
      c.any.forEach((ref, k) => checkRef(ref, `${at}.any[${k}]`, r.id));
      (c.all ?? []).forEach((group, g) => group.forEach((ref, k) => checkRef(ref, `${at}.all[${g}][${k}]`, r.id)));
      (c.none ?? []).forEach((ref, k) => checkRef(ref, `${at}.none[${k}]`, r.id));
    });
    (r.cite ?? []).forEach((id, k) => {
      if (!citations.has(id)) errors.push({ ruleId: r.id, path: `rules[${i}].cite[${k}]`, message: `unknown citation "${id}"` });
    });
  });
  (pack.disable ?? []).forEach((id, i) => {
    if (!known.ruleIds.has(id)) errors.push({ ruleId: id, path: `disable[${i}]`, message: `no built-in rule "${id}"` });
  });
  Object.keys(pack.severity ?? {}).forEach((id) => {
    if (!known.ruleIds.has(id)) errors.push({ ruleId: id, path: `severity.${id}`, message: `no built-in rule "${id}"` });
  });
  return errors.length ? { ok: false, errors } : { ok: true, pack };
}
