// Bridge to the engine's rule-pack parser (rules/ owns the format).
import type { RulePack } from '@/rules/types';
import type { RulePackParser } from './policy';

export type { RulePack };

// Until the engine exports its parser, packs pass through unvalidated.
export function rulePackParser(): RulePackParser | undefined {
  return undefined;
}
