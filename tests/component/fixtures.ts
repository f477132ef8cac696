// Shared inputs for the component tests: real engine output on real posts, and settings as the
// extension resolves them.
import { createEngine, walkFlowchart } from '@/rules';
import type { Analysis, FlowchartWalk } from '@/rules/types';
import { resolveSettings, type EffectiveSettings } from '@/utils/settings';

export const STOP_TEXT = "The internal memo says the budget will be cut before it is announced, don't share";

export function analysed(text: string): { analysis: Analysis; walk: FlowchartWalk } {
  const analysis = createEngine().analyze(text);
  return { analysis, walk: walkFlowchart(analysis.findings) };
}

export function settingsWith(policy: Record<string, unknown> = {}, language: EffectiveSettings['uiLanguage'] = 'en'): EffectiveSettings {
  return resolveSettings({}, policy, language);
}

export const CONTACTS = [
  { role: 'ethics', name: 'Ethics Office', email: 'ethics@example.org' },
  { role: 'communications', name: 'Comms Team', email: 'comms@example.org', url: 'https://example.org/comms' },
];
