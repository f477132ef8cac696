// Principles and sites: lists of on/off switches.
import { useId } from 'react';
import { PRINCIPLE_LABELS } from '@/rules';
import { PLATFORMS, PRINCIPLES, type Principle } from '@/rules/types';
import { t } from '@/utils/i18n';
import { isLocked, updatePreferences, type EffectiveSettings } from '@/utils/settings';
import { LockedNote } from './Locked';

export function PrinciplesSection({ settings }: { settings: EffectiveSettings }) {
  const lang = settings.uiLanguage;
  const id = useId();
  const locked = isLocked(settings, 'disabledPrinciples');
  const toggle = (principle: Principle, enabled: boolean) => {
    const others = settings.disabledPrinciples.filter((disabled) => disabled !== principle);
    void updatePreferences({ disabledPrinciples: enabled ? others : [...others, principle] });
  };
  return (
    <fieldset aria-describedby={locked ? `${id}-locked` : `${id}-hint`}>
      <legend>
        {t('sectionPrinciples', lang)}
        {locked && <LockedNote id={`${id}-locked`} lang={lang} />}
      </legend>
      <p id={`${id}-hint`} className="hint">
        {t('principlesHint', lang)}
      </p>
      {PRINCIPLES.map((principle) => (
        <label key={principle} className="check">
          <input
            type="checkbox"
            checked={!settings.disabledPrinciples.includes(principle)}
            disabled={locked}
            onChange={(event) => toggle(principle, event.target.checked)}
          />
          {PRINCIPLE_LABELS[principle][lang]}
        </label>
      ))}
    </fieldset>
  );
}

export function SitesSection({ settings }: { settings: EffectiveSettings }) {
  const lang = settings.uiLanguage;
  const id = useId();
  return (
    <fieldset>
      <legend>{t('sectionSites', lang)}</legend>
      {PLATFORMS.map((platform) => {
        const locked = isLocked(settings, `sites.${platform}`);
        return (
          <label key={platform} className="check">
            <input
              type="checkbox"
              checked={settings.sites[platform]}
              disabled={locked}
              aria-describedby={locked ? `${id}-${platform}-locked` : undefined}
              onChange={(event) => void updatePreferences({ sites: { ...settings.sites, [platform]: event.target.checked } })}
            />
            {t(`site_${platform}`, lang)}
            {locked && <LockedNote id={`${id}-${platform}-locked`} lang={lang} />}
          </label>
        );
      })}
    </fieldset>
  );
}
