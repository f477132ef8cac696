// The engine's public face: everything outside rules/ imports from '@/rules'.

import { PRINCIPLES, SEVERITIES, type PackError, type RulePack } from './types';
import { BUILTIN_PACK } from './pack';
import { compileEngine, mergePacks, type Engine, type EngineOptions } from './engine';
import { validateRulePack } from './schema';
import { packProblems } from './pack-check';

export * from './types';
export { FLOWCHART, walkFlowchart } from './flowchart';
export { SOURCES, PRINCIPLE_LABELS, CITATIONS } from './citations';
export { BUILTIN_PACK } from './pack';
export { schemas } from './schema';
export type { Engine, EngineOptions } from './engine';

const BUILTIN_NAMES = {
  lexicons: new Set(Object.keys(BUILTIN_PACK.lexicons ?? {})),
  citations: new Set(Object.keys(BUILTIN_PACK.citations ?? {})),
  ruleIds: new Set((BUILTIN_PACK.rules ?? []).map((rule) => rule.id)),
};

/** Validates an organisation's pack (or any pack) against the schema and the built-in pack. */
export function parseRulePack(input: unknown): { ok: true; pack: RulePack } | { ok: false; errors: PackError[] } {
  return validateRulePack(input, BUILTIN_NAMES);
}

let builtInEngine: Engine | undefined;

const isStringArray = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The shape the engine relies on; parseRulePack (zod) gives the full diagnosis. */
function hasPackShape(pack: RulePack): boolean {
  return (
    typeof pack?.id === 'string' &&
    (pack.rules ?? []).every(
      (rule) =>
        typeof rule?.id === 'string' &&
        PRINCIPLES.includes(rule.principle) &&
        SEVERITIES.includes(rule.severity) &&
        Array.isArray(rule.when) &&
        rule.when.every((clause) => isStringArray(clause?.any) && (clause.all ?? []).every(isStringArray) && isStringArray(clause.none ?? [])),
    ) &&
    Object.values(pack.lexicons ?? {}).every(isStringArray)
  );
}

/**
 * An engine over the built-in pack, with an organisation's pack merged over it.
 * An invalid organisation pack is ignored (the built-in rules keep working);
 * settings validate packs with parseRulePack and report its errors. The engine
 * itself does not load the schemas, so that it stays small in a content script.
 */
export function createEngine(options: EngineOptions = {}): Engine {
  const { orgPack, ...rest } = options;
  const usable = orgPack && hasPackShape(orgPack) && !packProblems(orgPack, BUILTIN_NAMES).length ? orgPack : undefined;
  const plain = !usable && !rest.disabledPrinciples?.length && !rest.allowList?.length && !rest.organization;
  if (plain) return (builtInEngine ??= compileEngine(BUILTIN_PACK));
  try {
    return compileEngine(mergePacks(BUILTIN_PACK, usable), rest);
  } catch {
    return compileEngine(mergePacks(BUILTIN_PACK, undefined), rest);
  }
}
