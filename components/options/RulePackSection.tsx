// Import of an organisation rule pack, from a file or pasted, validated by the engine's own
// parser: a bad pack is refused with one message per rule and field, and the rules in force stay.
import { useId, useState } from 'react';
import type { RulePack } from '@/rules/types';
import { t } from '@/utils/i18n';
import { describePackError, parseRulePackIn } from '@/utils/policy-messages';
import { isLocked, updatePreferences, type EffectiveSettings } from '@/utils/settings';
import { LockedNote } from './Locked';

type Outcome = { kind: 'imported' } | { kind: 'rejected'; errors: string[] } | undefined;

function summary(pack: RulePack): string {
  return `${pack.id} (${pack.rules?.length ?? 0})`;
}

export function RulePackSection({ settings }: { settings: EffectiveSettings }) {
  const lang = settings.uiLanguage;
  const id = useId();
  const locked = isLocked(settings, 'rulePack');
  const [pasted, setPasted] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();

  const importText = async (json: string) => {
    let input: unknown;
    try {
      input = JSON.parse(json);
    } catch (error) {
      setOutcome({ kind: 'rejected', errors: [t('rulePackInvalidJson', lang, (error as Error).message)] });
      return;
    }
    const parsed = parseRulePackIn(lang, input);
    if (!parsed.ok) {
      setOutcome({ kind: 'rejected', errors: parsed.errors.map((error) => describePackError(error, lang)) });
      return;
    }
    await updatePreferences({ rulePack: parsed.pack });
    setOutcome({ kind: 'imported' });
    setPasted('');
  };

  return (
    <fieldset aria-describedby={`${id}-hint`}>
      <legend>
        {t('sectionRulePack', lang)}
        {locked && <LockedNote id={`${id}-locked`} lang={lang} />}
      </legend>
      <p id={`${id}-hint`} className="hint">
        {t('rulePackHint', lang)}
      </p>
      <p>{settings.rulePack ? t('rulePackActive', lang, summary(settings.rulePack)) : t('rulePackNone', lang)}</p>
      {!locked && (
        <>
          <div className="field">
            <label htmlFor={`${id}-file`}>{t('rulePackFile', lang)}</label>
            <input
              id={`${id}-file`}
              type="file"
              accept="application/json,.json"
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) void file.text().then(importText);
                event.target.value = '';
              }}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-paste`}>{t('rulePackPaste', lang)}</label>
            <textarea id={`${id}-paste`} rows={6} value={pasted} onChange={(event) => setPasted(event.target.value)} />
          </div>
          <div className="row">
            <button type="button" disabled={!pasted.trim()} onClick={() => void importText(pasted)}>
              {t('rulePackImport', lang)}
            </button>
            {settings.rulePack && (
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  setOutcome(undefined);
                  void updatePreferences({ rulePack: undefined });
                }}
              >
                {t('rulePackRemove', lang)}
              </button>
            )}
          </div>
        </>
      )}
      <div aria-live="polite">
        {outcome?.kind === 'imported' && <p className="notice">{t('rulePackImported', lang)}</p>}
        {outcome?.kind === 'rejected' && (
          <div className="errors">
            <p>{t('rulePackRejected', lang)}</p>
            <ul>
              {outcome.errors.map((error, index) => (
                <li key={index}>{error}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </fieldset>
  );
}
