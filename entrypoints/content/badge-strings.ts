// The badge's words, from public/_locales like every UI string. Only these keys reach the script
// injected at page load: named imports of the JSON files let the bundler leave the rest out.
// (browser.i18n.getMessage would not do: the UI language is a setting, not the browser's.)
import type { Language, Severity } from '@/rules/types';
import { formatMessage, pluralForm, type MessageEntry } from '@/utils/i18n';
import * as en from '@/public/_locales/en/messages.json';
import * as fr from '@/public/_locales/fr/messages.json';
import * as es from '@/public/_locales/es/messages.json';

type Phrases = {
  title: string;
  ok: string;
  caution: (count: number) => string;
  stop: (count: number) => string;
  unwatched: string;
  unavailable: string;
  severity: Record<Severity, string>;
};

/** The badge's entries of one language; counted sentences in both plural forms (see pluralForm). */
interface BadgeMessages {
  title: MessageEntry;
  ok: MessageEntry;
  caution: { one: MessageEntry; other: MessageEntry };
  stop: { one: MessageEntry; other: MessageEntry };
  unwatched: MessageEntry;
  unavailable: MessageEntry;
  severity: Record<Severity, MessageEntry>;
}

// Static property reads (never messages[key]): that is what lets the bundler drop the other keys.
const BADGE_MESSAGES: Record<Language, BadgeMessages> = {
  en: {
    title: en.extName,
    ok: en.badgeOk,
    caution: { one: en.badgeCaution_one, other: en.badgeCaution_other },
    stop: { one: en.badgeStop_one, other: en.badgeStop_other },
    unwatched: en.badgeUnwatched,
    unavailable: en.badgeUnavailable,
    severity: { info: en.severity_info, caution: en.severity_caution, stop: en.severity_stop },
  },
  fr: {
    title: fr.extName,
    ok: fr.badgeOk,
    caution: { one: fr.badgeCaution_one, other: fr.badgeCaution_other },
    stop: { one: fr.badgeStop_one, other: fr.badgeStop_other },
    unwatched: fr.badgeUnwatched,
    unavailable: fr.badgeUnavailable,
    severity: { info: fr.severity_info, caution: fr.severity_caution, stop: fr.severity_stop },
  },
  es: {
    title: es.extName,
    ok: es.badgeOk,
    caution: { one: es.badgeCaution_one, other: es.badgeCaution_other },
    stop: { one: es.badgeStop_one, other: es.badgeStop_other },
    unwatched: es.badgeUnwatched,
    unavailable: es.badgeUnavailable,
    severity: { info: es.severity_info, caution: es.severity_caution, stop: es.severity_stop },
  },
};

function phrases(language: Language): Phrases {
  const messages = BADGE_MESSAGES[language];
  const text = (entry: MessageEntry, ...substitutions: string[]) => formatMessage(entry, substitutions);
  const counted = (forms: BadgeMessages['caution']) => (count: number) =>
    text(forms[pluralForm(language, count)], String(count));
  return {
    title: text(messages.title),
    ok: text(messages.ok),
    caution: counted(messages.caution),
    stop: counted(messages.stop),
    unwatched: text(messages.unwatched),
    unavailable: text(messages.unavailable),
    severity: {
      info: text(messages.severity.info),
      caution: text(messages.severity.caution),
      stop: text(messages.severity.stop),
    },
  };
}

export const BADGE_STRINGS: Record<Language, Phrases> = { en: phrases('en'), fr: phrases('fr'), es: phrases('es') };
