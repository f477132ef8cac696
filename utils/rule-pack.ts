// Bridge to the engine's rule-pack parser (rules/ owns the format).
import type { RulePackParser } from './policy';

// Until the engine exports its parser, packs pass through unvalidated.
export type RulePack = unknown;
export function rulePackParser(): RulePackParser | undefined {
  return undefined;
}
