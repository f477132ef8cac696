// UI strings live in public/_locales/{en,fr,es}/messages.json (the browser's own format, so the
// manifest uses them too). They are bundled rather than read with browser.i18n because the UI
// language is a setting, not the browser's.
import type { Language } from '@/rules/types';
import en from '@/public/_locales/en/messages.json';
import fr from '@/public/_locales/fr/messages.json';
import es from '@/public/_locales/es/messages.json';

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Messages = Record<string, MessageEntry>;

export const MESSAGES: Record<Language, Messages> = { en, fr, es };
export type MessageKey = keyof typeof en;

/** Replaces $name$ placeholders by their content, then $1…$9 by the substitutions ($$ is a dollar). */
export function formatMessage(entry: MessageEntry, substitutions: string[]): string {
  const placeholders = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]),
  );
  const withPlaceholders = entry.message.replace(/\$([a-zA-Z0-9_@]+)\$/g, (whole, name: string) =>
    placeholders[name.toLowerCase()] ?? whole,
  );
  return withPlaceholders.replace(/\$(\$|[1-9])/g, (_whole, which: string) =>
    which === '$' ? '$' : (substitutions[Number(which) - 1] ?? ''),
  );
}

/** The UI string `key` in `lang`, falling back to English, then to the key itself. */
export function t(key: MessageKey | (string & {}), lang: Language, ...substitutions: string[]): string {
  const entry = MESSAGES[lang]?.[key] ?? MESSAGES.en[key as MessageKey];
  return entry ? formatMessage(entry, substitutions) : key;
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/** 'one' or 'other': the plural form `count` takes in `lang` (French says "0 point", English "0 points"). */
export function pluralForm(lang: Language, count: number): 'one' | 'other' {
  const rules = pluralRules.get(lang) ?? new Intl.PluralRules(lang);
  pluralRules.set(lang, rules); // made once per language: the badge asks on every keystroke
  return rules.select(count) === 'one' ? 'one' : 'other';
}

/** The string `${key}_one` or `${key}_other` that fits `count`, which is its first substitution. */
export function tCount(key: string, lang: Language, count: number, ...substitutions: string[]): string {
  return t(`${key}_${pluralForm(lang, count)}`, lang, String(count), ...substitutions);
}
