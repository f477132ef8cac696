import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/rules/types';
import { MESSAGES, t } from '@/utils/i18n';
import { toLanguage } from '@/utils/language';

const placeholdersOf = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it('has the same keys and placeholders in every language, none empty', () => {
    const keys = Object.keys(MESSAGES.en).sort();
    for (const language of LANGUAGES) {
      expect(Object.keys(MESSAGES[language]).sort(), language).toEqual(keys);
      for (const key of keys) {
        const entry = MESSAGES[language][key];
        expect(entry.message.trim(), `${language}.${key}`).not.toBe('');
        expect(placeholdersOf(entry.message), `${language}.${key}`).toEqual(placeholdersOf(MESSAGES.en[key].message));
        for (const name of placeholdersOf(entry.message)) {
          expect(entry.placeholders?.[name.toLowerCase()], `${language}.${key} $${name}$`).toBeDefined();
        }
      }
    }
  });

  it('substitutes placeholders in each language', () => {
    expect(t('contactRemove', 'en', 'Ethics Office')).toBe('Remove Ethics Office');
    expect(t('contactRemove', 'fr', 'Ethics Office')).toBe('Retirer Ethics Office');
    expect(t('rulePackErrorRule', 'en', 'org.r1', 'pattern', 'bad regex')).toBe(
      'Rule “org.r1”, field pattern: bad regex',
    );
    expect(t('buttonEdit', 'es')).toBe('Editar');
  });

  it('falls back to the key for an unknown string', () => {
    expect(t('no-such-key', 'fr')).toBe('no-such-key');
  });

  it('maps browser language tags to a product language', () => {
    expect(toLanguage('fr-CA')).toBe('fr');
    expect(toLanguage('es_419')).toBe('es');
    expect(toLanguage('de-DE')).toBeUndefined();
  });
});
