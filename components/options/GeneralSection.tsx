import { useEffect, useId, useState } from 'react';
import { LANGUAGES } from '@/rules/types';
import { MODES } from '@/utils/policy';
import { t } from '@/utils/i18n';
import { isLocked, updatePreferences, type EffectiveSettings } from '@/utils/settings';
import { LockedNote } from './Locked';

export function GeneralSection({ settings }: { settings: EffectiveSettings }) {
  const lang = settings.uiLanguage;
  const id = useId();
  const [orgName, setOrgName] = useState(settings.organization?.name ?? '');
  const [aliases, setAliases] = useState((settings.organization?.aliases ?? []).join('\n'));
  useEffect(() => {
    setOrgName(settings.organization?.name ?? '');
    setAliases((settings.organization?.aliases ?? []).join('\n'));
  }, [settings.organization]);

  const saveOrganization = () => {
    const aliasList = aliases.split('\n').map((alias) => alias.trim()).filter(Boolean);
    void updatePreferences({
      organization: orgName.trim() ? { name: orgName.trim(), aliases: aliasList } : undefined,
    });
  };
  const languageLocked = isLocked(settings, 'uiLanguage');
  const modeLocked = isLocked(settings, 'mode');
  const orgLocked = isLocked(settings, 'organization');

  return (
    <fieldset>
      <legend>{t('sectionGeneral', lang)}</legend>
      <div className="field">
        <label htmlFor={`${id}-language`}>
          {t('uiLanguageLabel', lang)}
          {languageLocked && <LockedNote id={`${id}-language-locked`} lang={lang} />}
        </label>
        <select
          id={`${id}-language`}
          value={settings.uiLanguage}
          disabled={languageLocked}
          aria-describedby={languageLocked ? `${id}-language-locked` : undefined}
          onChange={(event) => void updatePreferences({ uiLanguage: event.target.value as EffectiveSettings['uiLanguage'] })}
        >
          {LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {t(`language_${language}`, language)}
            </option>
          ))}
        </select>
      </div>

      <fieldset aria-describedby={modeLocked ? `${id}-mode-locked` : undefined}>
        <legend>
          {t('modeLabel', lang)}
          {modeLocked && <LockedNote id={`${id}-mode-locked`} lang={lang} />}
        </legend>
        {MODES.map((mode) => (
          <label key={mode} className="check">
            <input
              type="radio"
              name={`${id}-mode`}
              value={mode}
              checked={settings.mode === mode}
              disabled={modeLocked}
              onChange={() => void updatePreferences({ mode })}
            />
            {t(`mode_${mode}`, lang)}
          </label>
        ))}
      </fieldset>

      <div className="field">
        <label htmlFor={`${id}-org`}>
          {t('organizationLabel', lang)}
          {orgLocked && <LockedNote id={`${id}-org-locked`} lang={lang} />}
        </label>
        <input
          id={`${id}-org`}
          type="text"
          value={orgName}
          disabled={orgLocked}
          aria-describedby={orgLocked ? `${id}-org-locked` : undefined}
          onChange={(event) => setOrgName(event.target.value)}
          onBlur={saveOrganization}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-aliases`}>{t('organizationAliasesLabel', lang)}</label>
        <textarea
          id={`${id}-aliases`}
          rows={2}
          value={aliases}
          disabled={orgLocked}
          aria-describedby={orgLocked ? `${id}-org-locked` : undefined}
          onChange={(event) => setAliases(event.target.value)}
          onBlur={saveOrganization}
        />
      </div>
    </fieldset>
  );
}
