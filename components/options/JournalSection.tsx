import { useCallback, useEffect, useId, useState } from 'react';
import type { Language } from '@/rules/types';
import { t } from '@/utils/i18n';
import { clearJournal, journalToCsv, journalToJson, listJournal, type StoredJournalEntry } from '@/utils/journal';
import { isLocked, updatePreferences, type EffectiveSettings } from '@/utils/settings';
import { LockedNote } from './Locked';

function download(name: string, type: string, data: string) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const COLUMNS = ['time', 'site', 'kind', 'verdict', 'rules', 'action', 'justification', 'text'] as const;

function cell(entry: StoredJournalEntry, column: (typeof COLUMNS)[number], lang: Language): string {
  switch (column) {
    case 'time':
      return new Date(entry.time).toLocaleString(lang);
    case 'site':
      return t(`site_${entry.site}`, lang);
    case 'kind':
      return t(`kind_${entry.kind}`, lang);
    case 'verdict':
      return t(`verdict_${entry.verdict}`, lang);
    case 'rules':
      return entry.rules.join(', ');
    case 'action':
      return t(`action_${entry.action.replace(/-/g, '_')}`, lang);
    default:
      return entry[column] ?? '';
  }
}

export function JournalSection({ settings }: { settings: EffectiveSettings }) {
  const lang = settings.uiLanguage;
  const id = useId();
  const [entries, setEntries] = useState<StoredJournalEntry[]>([]);
  const [retention, setRetention] = useState(String(settings.journal.retentionDays));
  const refresh = useCallback(() => void listJournal().then(setEntries), []);
  useEffect(refresh, [refresh]);
  useEffect(() => setRetention(String(settings.journal.retentionDays)), [settings.journal.retentionDays]);

  const saveJournal = (patch: Partial<EffectiveSettings['journal']>) =>
    void updatePreferences({ journal: { ...settings.journal, ...patch } });
  const lockedNote = (field: string) =>
    isLocked(settings, `journal.${field}`) ? <LockedNote id={`${id}-${field}-locked`} lang={lang} /> : null;
  const describedBy = (field: string) => (isLocked(settings, `journal.${field}`) ? `${id}-${field}-locked` : undefined);
  const showText = entries.some((entry) => entry.text);
  const columns = COLUMNS.filter((column) => column !== 'text' || showText);

  return (
    <fieldset aria-describedby={`${id}-hint`}>
      <legend>{t('sectionJournal', lang)}</legend>
      <p id={`${id}-hint`} className="hint">
        {t('journalHint', lang)}
      </p>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.journal.enabled}
          disabled={isLocked(settings, 'journal.enabled')}
          aria-describedby={describedBy('enabled')}
          onChange={(event) => saveJournal({ enabled: event.target.checked })}
        />
        {t('journalEnabled', lang)}
        {lockedNote('enabled')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.journal.keepText}
          disabled={isLocked(settings, 'journal.keepText')}
          aria-describedby={describedBy('keepText')}
          onChange={(event) => saveJournal({ keepText: event.target.checked })}
        />
        {t('journalKeepText', lang)}
        {lockedNote('keepText')}
      </label>
      <div className="field">
        <label htmlFor={`${id}-retention`}>
          {t('journalRetention', lang)}
          {lockedNote('retentionDays')}
        </label>
        <input
          id={`${id}-retention`}
          type="number"
          min={1}
          max={3650}
          value={retention}
          disabled={isLocked(settings, 'journal.retentionDays')}
          aria-describedby={describedBy('retentionDays')}
          onChange={(event) => setRetention(event.target.value)}
          onBlur={() => {
            const days = Number(retention);
            if (Number.isInteger(days) && days >= 1 && days <= 3650) saveJournal({ retentionDays: days });
            else setRetention(String(settings.journal.retentionDays));
          }}
        />
      </div>
      <div className="row">
        <button type="button" onClick={() => download('journal.json', 'application/json', journalToJson(entries))}>
          {t('journalExportJson', lang)}
        </button>
        <button type="button" onClick={() => download('journal.csv', 'text/csv', journalToCsv(entries))}>
          {t('journalExportCsv', lang)}
        </button>
        <button type="button" className="secondary" onClick={() => void clearJournal().then(refresh)}>
          {t('journalClear', lang)}
        </button>
      </div>
      {entries.length === 0 ? (
        <p>{t('journalEmpty', lang)}</p>
      ) : (
        <table className="journal">
          <caption className="hint">{t('sectionJournal', lang)}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {t(`journalColumn_${column}`, lang)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                {columns.map((column) => (
                  <td key={column}>{cell(entry, column, lang)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </fieldset>
  );
}
