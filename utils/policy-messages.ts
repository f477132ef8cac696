// Validation problems worded for people in the UI language: our own sentence (public/_locales)
// around the data (setting key, field path, rule id, the value), and zod's own translations for
// what was wrong with a value. Used by the options page only, so zod's locales stay out of the
// content scripts.
import { z } from 'zod';
import { es as zodSpanish, fr as zodFrench } from 'zod/v4/locales';
import { parseRulePack } from '@/rules';
import type { Language, PackError } from '@/rules/types';
import { t } from './i18n';
import type { PolicyProblem, ValueIssue } from './policy';

/** zod words English itself (and our schemas' own English messages stay as written). */
const ZOD_LOCALES: Record<Exclude<Language, 'en'>, ReturnType<typeof zodFrench>['localeError']> = {
  fr: zodFrench().localeError,
  es: zodSpanish().localeError,
};

function issueText(issue: ValueIssue, lang: Language): string {
  if (lang === 'en') return issue.message;
  const worded = ZOD_LOCALES[lang](issue as Parameters<(typeof ZOD_LOCALES)['fr']>[0]);
  return (typeof worded === 'string' ? worded : worded?.message) ?? issue.message;
}

/** One zod issue: the path inside the value stays as data, the problem is in `lang`. */
export function describeIssue(issue: ValueIssue, lang: Language): string {
  const text = issueText(issue, lang);
  return issue.path.length ? t('issueAtPath', lang, issue.path.join('.'), text) : text;
}

/**
 * parseRulePack with zod's messages in `lang`. The engine words its schema problems with zod
 * at parse time, so zod's (global) locale is switched for this synchronous call only.
 * Problems the engine words itself (unknown lexicon, duplicate id…) stay in English.
 */
export function parseRulePackIn(lang: Language, input: unknown): ReturnType<typeof parseRulePack> {
  if (lang === 'en') return parseRulePack(input);
  const previous = z.config().localeError;
  z.config({ localeError: ZOD_LOCALES[lang] });
  try {
    return parseRulePack(input);
  } finally {
    z.config({ localeError: previous });
  }
}

/** One rule-pack error: rule id, field path and subject as data, the problem in the UI language. */
export function describePackError(error: PackError, lang: Language): string {
  const problem = error.code ? t(`packProblem_${error.code}`, lang, error.subject ?? '') : error.message;
  return error.ruleId
    ? t('rulePackErrorRule', lang, error.ruleId, error.path, problem)
    : t('rulePackErrorField', lang, error.path, problem);
}

export function describePolicyProblem(problem: PolicyProblem, lang: Language): string {
  switch (problem.kind) {
    case 'notAnObject':
      return t('policyNotAnObject', lang, problem.value);
    case 'expectedList':
      return t('policyExpectedList', lang, problem.key, problem.value);
    case 'expectedObject':
      return t('policyExpectedObject', lang, problem.key, problem.value);
    case 'invalidValue':
      return t(
        'policyValueIgnored',
        lang,
        problem.key,
        problem.issues.map((issue) => describeIssue(issue, lang)).join('; '),
        problem.value,
      );
    case 'invalidRulePack': {
      const reparsed = parseRulePackIn(lang, problem.pack);
      const errors = reparsed.ok ? problem.errors : reparsed.errors;
      return t('policyRulePackIgnored', lang, errors.map((error) => describePackError(error, lang)).join('; '));
    }
  }
}
