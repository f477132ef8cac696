// The engine's public face: everything outside rules/ imports from '@/rules'.

import type { PackError, RulePack } from './types';
import { BUILTIN_PACK } from './pack';
import { compileEngine, mergePacks, type Engine, type EngineOptions } from './engine';
import { validateRulePack } from './schema';

export * from './types';
export { FLOWCHART, walkFlowchart } from './flowchart';
export { SOURCES, PRINCIPLE_LABELS, CITATIONS } from './citations';
export { BUILTIN_PACK } from './pack';
export { rulePackSchema, flowchartSchema } from './schema';
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

/**
 * An engine over the built-in pack, with an organisation's pack merged over it.
 * An invalid organisation pack is ignored (the built-in rules keep working);
 * callers that need its errors call parseRulePack first.
 */
export function createEngine(options: EngineOptions = {}): Engine {
  const { orgPack, ...rest } = options;
  const parsed = orgPack ? parseRulePack(orgPack) : undefined;
  const usable = parsed?.ok ? parsed.pack : undefined;
  const plain = !usable && !rest.disabledPrinciples?.length && !rest.allowList?.length && !rest.organization;
  if (plain) return (builtInEngine ??= compileEngine(BUILTIN_PACK));
  return compileEngine(mergePacks(BUILTIN_PACK, usable), rest);
}
