// Language detection among en/fr/es from the frequency of function words: short
// posts carry few content words but almost always some of these.

import { LANGUAGES, type Language } from './types';
import { WordMemo, type Token } from './match';

const FUNCTION_WORDS: Record<Language, string[]> = {
  en: 'the and is are was were of to in on at for with this that it my our your you i we they he she have has not be will just so what who but from about an'.split(' '),
  fr: 'le la les et est sont des du un une je tu il elle nous vous ils pour dans sur avec ce cette ces pas que qui mais au aux mon ma mes notre nos votre plus deja c j l d qu n s ete'.split(' '),
  es: 'el la los las y es son de del un una yo tu el ella nosotros para por con este esta estos no que pero muy mi mis nuestro nuestra su sus lo al como hoy todo todos ya hay esta'.split(' '),
};

const NO_WEIGHT = new Float64Array(LANGUAGES.length);

/** Each function word's weight per language, in LANGUAGES order. */
const WEIGHTS = new Map<string, Float64Array>();
for (const [k, language] of LANGUAGES.entries()) {
  for (const word of FUNCTION_WORDS[language]) {
    const weights = WEIGHTS.get(word) ?? new Float64Array(LANGUAGES.length);
    weights[k] = 1;
    WEIGHTS.set(word, weights);
  }
}
// A word shared by several languages counts for each, a little less.
for (const weights of WEIGHTS.values()) {
  const shared = weights.filter((weight) => weight > 0).length;
  for (let k = 0; k < weights.length; k++) if (weights[k] > 0) weights[k] = 1 / shared;
}
const weightsOf = new WordMemo((word) => WEIGHTS.get(word) ?? NO_WEIGHT);

const MAX_TOKENS = 2000;

export function detectLanguage(tokens: Token[]): Language {
  const score = new Float64Array(LANGUAGES.length);
  const limit = Math.min(tokens.length, MAX_TOKENS);
  for (let i = 0; i < limit; i++) {
    const weights = weightsOf.of(tokens[i]);
    if (weights === NO_WEIGHT) continue;
    for (let k = 0; k < weights.length; k++) score[k] += weights[k];
  }
  // In LANGUAGES order (en, fr, es), the first of the highest scores: English unless another scores higher.
  let best = 0;
  for (let k = 1; k < LANGUAGES.length; k++) if (score[k] > score[best]) best = k;
  return LANGUAGES[best];
}
