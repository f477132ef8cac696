// Shared inputs for the component tests: a post and the findings the engine would report on it
// (written out, so that these tests follow the UI, not the engine's tuning), the flowchart walk
// the engine derives from them, and settings as the extension resolves them.
import { CITATIONS, walkFlowchart } from '@/rules';
import type { Analysis, Finding, FlowchartWalk } from '@/rules/types';
import { resolveSettings, type EffectiveSettings } from '@/utils/settings';

export const STOP_TEXT = "The internal memo says the budget will be cut before it is announced, don't share";

function finding(text: string, excerpt: string, fields: Omit<Finding, 'excerpt' | 'start' | 'end'>): Finding {
  const start = text.indexOf(excerpt);
  if (start < 0) throw new Error(`"${excerpt}" is not in the text`);
  return { ...fields, excerpt, start, end: start + excerpt.length };
}

/** The analysis of a text that mentions an internal memo (stop) and an unannounced decision (caution). */
export function analysed(text: string = STOP_TEXT): { analysis: Analysis; walk: FlowchartWalk } {
  const findings = [
    finding(text, 'internal memo', {
      rule: 'confidentiality.internal-document',
      principle: 'confidentiality',
      severity: 'stop',
      message: {
        en: 'Internal documents are not for the public.',
        fr: 'Les documents internes ne sont pas destinés au public.',
        es: 'Los documentos internos no son para el público.',
      },
      citations: [CITATIONS['unops-3.4f']],
    }),
    finding(text, 'before it is announced', {
      rule: 'confidentiality.embargo',
      principle: 'confidentiality',
      severity: 'caution',
      message: {
        en: 'This has not been announced yet.',
        fr: "Cela n'a pas encore été annoncé.",
        es: 'Esto aún no se ha anunciado.',
      },
      citations: [CITATIONS['unops-3.4f'], CITATIONS['unops-3.4c']],
    }),
  ];
  const analysis: Analysis = { verdict: 'stop', language: 'en', findings };
  return { analysis, walk: walkFlowchart(findings) };
}

export function settingsWith(policy: Record<string, unknown> = {}, language: EffectiveSettings['uiLanguage'] = 'en'): EffectiveSettings {
  return resolveSettings({}, policy, language);
}

export const CONTACTS = [
  { role: 'ethics', name: 'Ethics Office', email: 'ethics@example.org' },
  { role: 'communications', name: 'Comms Team', email: 'comms@example.org', url: 'https://example.org/comms' },
];
