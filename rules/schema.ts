// zod schemas for rule packs and the flowchart, and the checks zod cannot make:
// references to lexicons, detectors and citations, and regular expressions that
// could backtrack catastrophically.

import * as z from 'zod/mini';
import { OUTCOMES, PLATFORMS, POST_KINDS, PRINCIPLES, SEVERITIES, type PackError, type RulePack } from './types';
import { packProblems, type KnownNames } from './pack-check';

// zod/mini: the same schemas as zod's classic API, small enough for a content script.
// Built on first use, so that bundles which only analyse posts leave zod out.
function buildSchemas() {
  const text = () => z.string().check(z.minLength(1));
  const localized = z.object({ en: text(), fr: text(), es: text() });
  const citation = z.object({ source: text(), section: text(), quote: text(), en: text(), es: text() });
  const termRef = z.string().check(z.trim(), z.minLength(1), z.maxLength(300));
  const nonEmpty = <T extends z.core.SomeType>(item: T) => z.array(item).check(z.minLength(1));

  const clause = z.strictObject({
    any: nonEmpty(termRef),
    all: z.optional(z.array(nonEmpty(termRef))),
    none: z.optional(z.array(termRef)),
    within: z.optional(z.int().check(z.minimum(0), z.maximum(200))),
    noneWithin: z.optional(z.int().check(z.minimum(0), z.maximum(200))),
    min: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
    kinds: z.optional(z.array(z.enum(POST_KINDS))),
    platforms: z.optional(z.array(z.enum(PLATFORMS))),
    minImages: z.optional(z.int().check(z.minimum(0))),
  });

  const rule = z
    .strictObject({
      id: z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]{0,80}$/, 'lower-case letters, digits, dots, dashes')),
      principle: z.enum(PRINCIPLES),
      severity: z.enum(SEVERITIES),
      also: z.optional(z.array(z.enum(PRINCIPLES))),
      when: nonEmpty(clause),
      message: localized,
      cite: z.optional(z.array(text())),
      citations: z.optional(z.array(citation)),
    })
    .check(
      z.refine((r) => (r.cite?.length ?? 0) + (r.citations?.length ?? 0) > 0, {
        message: MISSING_CITATION,
        path: ['citations'],
      }),
    );

  const rulePackSchema = z.strictObject({
    id: z.string().check(z.minLength(1), z.maxLength(80)),
    description: z.optional(z.string()),
    lexicons: z.optional(z.record(z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_-]*$/)), nonEmpty(termRef))),
    citations: z.optional(z.record(text(), citation)),
    rules: z.optional(z.array(rule)),
    disable: z.optional(z.array(text())),
    severity: z.optional(z.record(text(), z.enum(SEVERITIES))),
  });

  const flowchartAnswer = z
    .object({ id: text(), label: localized, next: z.optional(z.string()), outcome: z.optional(z.enum(OUTCOMES)) })
    .check(z.refine((a) => !!a.next !== !!a.outcome, 'an answer leads to a question or to an outcome'));
  const flowchartSchema = z.object({
    start: text(),
    questions: z.array(
      z.object({
        id: text(),
        text: localized,
        citations: nonEmpty(citation),
        principles: z.array(z.enum(PRINCIPLES)),
        answers: z.array(flowchartAnswer).check(z.minLength(2)),
      }),
    ),
    outcomes: z.record(z.enum(OUTCOMES), z.object({ label: localized, description: localized })),
  });
  return { rulePack: rulePackSchema, flowchart: flowchartSchema };
}

let built: ReturnType<typeof buildSchemas> | undefined;
/** The zod schemas of rule packs and of the flowchart. */
export const schemas = () => (built ??= buildSchemas());

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
/** The schema's own problem (zod's messages are worded by zod, in the UI's language when it asks). */
const MISSING_CITATION = 'a rule needs at least one citation (cite or citations)';

export function validateRulePack(
  input: unknown,
  known: KnownNames,
): ParseResult {
  const parsed = schemas().rulePack.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        ruleId: ruleIdAt(input, issue.path),
        path: pathString(issue.path),
        message: issue.message,
        ...(issue.message === MISSING_CITATION && { code: 'missingCitation' as const }),
      })),
    };
  }
  const pack = parsed.data as RulePack;
  const errors = packProblems(pack, known);
  return errors.length ? { ok: false, errors } : { ok: true, pack };
}
