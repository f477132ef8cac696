// Language detection among en/fr/es from the frequency of function words: short
// posts carry few content words but almost always some of these.

import type { Language } from './types';
import type { Token } from './match';

const FUNCTION_WORDS: Record<Language, string[]> = {
  en: 'the and is are was were of to in on at for with this that it my our your you i we they he she have has not be will just so what who but from about an'.split(' '),
  fr: 'le la les et est sont des du un une je tu il elle nous vous ils pour dans sur avec ce cette ces pas que qui mais au aux mon ma mes notre nos votre plus deja c j l d qu n s ete'.split(' '),
  es: 'el la los las y es son de del un una yo tu el ella nosotros para por con este esta estos no que pero muy mi mis nuestro nuestra su sus lo al como hoy todo todos ya hay esta'.split(' '),
};

const WEIGHTS = new Map<string, Partial<Record<Language, number>>>();
for (const [language, words] of Object.entries(FUNCTION_WORDS) as [Language, string[]][]) {
  for (const word of words) {
    const entry = WEIGHTS.get(word) ?? {};
    entry[language] = 1;
    WEIGHTS.set(word, entry);
  }
}
// A word shared by several languages counts for each, a little less.
for (const entry of WEIGHTS.values()) {
  const shared = Object.keys(entry).length;
  for (const language of Object.keys(entry) as Language[]) entry[language] = 1 / shared;
}

const MAX_TOKENS = 2000;

export function detectLanguage(tokens: Token[]): Language {
  const score: Record<Language, number> = { en: 0, fr: 0, es: 0 };
  const limit = Math.min(tokens.length, MAX_TOKENS);
  for (let i = 0; i < limit; i++) {
    const weights = WEIGHTS.get(tokens[i].text);
    if (!weights) continue;
    for (const language in weights) score[language as Language] += weights[language as Language]!;
  }
  let best: Language = 'en';
  for (const language of ['fr', 'es'] as Language[]) if (score[language] > score[best]) best = language;
  return best;
}
