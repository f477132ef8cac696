// The badge reads its words from public/_locales through named JSON imports (so the content
// script carries only those keys); these tests check that each key it reads exists in every
// locale with the same placeholders, and that counts read right in each language.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/rules/types';
import { MESSAGES } from '@/utils/i18n';
import { BADGE_STRINGS } from '@/entrypoints/content/badge-strings';

const source = readFileSync(new URL('../../../entrypoints/content/badge-strings.ts', import.meta.url), 'utf8');
/** Keys read as `en.key`, `fr.key`, `es.key` in badge-strings.ts, by language. */
const keysRead = (language: string) =>
  [...new Set([...source.matchAll(new RegExp(`\\b${language}\\.(\\w+)`, 'g'))].map((match) => match[1]))].sort();
const placeholders = (language: string, key: string) =>
  Object.entries(MESSAGES[language as keyof typeof MESSAGES][key]?.placeholders ?? {})
    .map(([name, { content }]) => `${name}=${content}`)
    .sort();

describe('badge strings', () => {
  it('reads the same keys in every language, each present with the same placeholders as English', () => {
    const english = keysRead('en');
    expect(english).toContain('badgeCaution_one');
    for (const language of LANGUAGES) {
      expect(keysRead(language), language).toEqual(english);
      for (const key of english) {
        expect(MESSAGES[language][key], `${language}.${key}`).toBeDefined();
        expect(placeholders(language, key), `${language}.${key}`).toEqual(placeholders('en', key));
      }
    }
  });

  it('puts the count in the sentence, in the plural form of each language', () => {
    expect(BADGE_STRINGS.en.caution(1)).toBe('Caution: 1 point to check');
    expect(BADGE_STRINGS.en.caution(3)).toBe('Caution: 3 points to check');
    expect(BADGE_STRINGS.en.stop(0)).toBe('Stop: 0 points to reconsider before posting');
    // French counts zero as singular.
    expect(BADGE_STRINGS.fr.stop(0)).toBe('Stop : 0 point à reconsidérer avant de publier');
    expect(BADGE_STRINGS.fr.caution(2)).toBe('Attention : 2 points à vérifier');
    expect(BADGE_STRINGS.es.caution(1)).toBe('Precaución: 1 punto que revisar');
    expect(BADGE_STRINGS.es.stop(0)).toBe('Alto: 0 puntos que reconsiderar antes de publicar');
  });

  it('has no placeholder or key left in any phrase', () => {
    for (const language of LANGUAGES) {
      const phrases = BADGE_STRINGS[language];
      const all = [phrases.title, phrases.ok, phrases.unwatched, phrases.caution(2), phrases.stop(1), ...Object.values(phrases.severity)];
      for (const phrase of all) expect(phrase, language).not.toMatch(/\$|^badge/);
    }
    expect(BADGE_STRINGS.fr.title).toBe('Réfléchir avant de publier');
  });
});
