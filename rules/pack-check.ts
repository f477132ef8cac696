// The checks of a rule pack that a schema cannot make: references to lexicons,
// detectors, citations and built-in rules, and custom regular expressions that
// could backtrack catastrophically. Pure and small: the engine runs them on an
// organisation's pack without loading the schemas.

import type { PackError, RulePack } from './types';
import { DETECTOR_NAMES } from './detectors';
import { regexSafetyProblem } from './regex-safety';

export interface KnownNames {
  lexicons: Set<string>;
  citations: Set<string>;
  ruleIds: Set<string>;
}

/** Problems of a pack that already has the right shape. */
export function packProblems(pack: RulePack, known: KnownNames): PackError[] {
  const errors: PackError[] = [];
  const lexicons = new Set([...known.lexicons, ...Object.keys(pack.lexicons ?? {})]);
  const citations = new Set([...known.citations, ...Object.keys(pack.citations ?? {})]);

  const checkRef = (ref: string, path: string, ruleId?: string) => {
    if (ref.startsWith('@')) {
      if (!lexicons.has(ref.slice(1))) errors.push({ ruleId, path, message: `unknown lexicon "${ref}"`, code: 'unknownLexicon', subject: ref });
    } else if (ref.startsWith('#') && ref.length > 1 && !/\s/.test(ref)) {
      if (!(DETECTOR_NAMES as string[]).includes(ref.slice(1))) errors.push({ ruleId, path, message: `unknown detector "${ref}" (known: ${DETECTOR_NAMES.join(', ')})`, code: 'unknownDetector', subject: ref });
    } else if (ref.length > 2 && ref.startsWith('/') && ref.endsWith('/')) {
      const problem = regexSafetyProblem(ref.slice(1, -1));
      if (problem) errors.push({ ruleId, path, message: problem, code: 'unsafeRegex', subject: ref });
    }
  };

  for (const [name, terms] of Object.entries(pack.lexicons ?? {})) {
    terms.forEach((term, i) => {
      if (term.startsWith('@') && !lexicons.has(term.slice(1))) errors.push({ path: `lexicons.${name}[${i}]`, message: `unknown lexicon "${term}"`, code: 'unknownLexicon', subject: term });
      if (term.startsWith('/') || /^#\w/.test(term)) errors.push({ path: `lexicons.${name}[${i}]`, message: 'lexicons hold phrases; use regular expressions and detectors in rules', code: 'lexiconHoldsPhrases', subject: term });
    });
  }
  const seen = new Set<string>();
  (pack.rules ?? []).forEach((r, i) => {
    if (seen.has(r.id)) errors.push({ ruleId: r.id, path: `rules[${i}].id`, message: `duplicate rule id "${r.id}"`, code: 'duplicateRule', subject: r.id });
    seen.add(r.id);
    r.when.forEach((c, j) => {
      const at = `rules[${i}].when[${j}]`;
      c.any.forEach((ref, k) => checkRef(ref, `${at}.any[${k}]`, r.id));
      (c.all ?? []).forEach((group, g) => group.forEach((ref, k) => checkRef(ref, `${at}.all[${g}][${k}]`, r.id)));
      (c.none ?? []).forEach((ref, k) => checkRef(ref, `${at}.none[${k}]`, r.id));
    });
    (r.cite ?? []).forEach((id, k) => {
      if (!citations.has(id)) errors.push({ ruleId: r.id, path: `rules[${i}].cite[${k}]`, message: `unknown citation "${id}"`, code: 'unknownCitation', subject: id });
    });
  });
  (pack.disable ?? []).forEach((id, i) => {
    if (!known.ruleIds.has(id)) errors.push({ ruleId: id, path: `disable[${i}]`, message: `no built-in rule "${id}"`, code: 'noBuiltInRule', subject: id });
  });
  Object.keys(pack.severity ?? {}).forEach((id) => {
    if (!known.ruleIds.has(id)) errors.push({ ruleId: id, path: `severity.${id}`, message: `no built-in rule "${id}"`, code: 'noBuiltInRule', subject: id });
  });
  return errors;
}
