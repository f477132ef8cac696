// Findings the person marked "this is wrong": listed, each removable.
import { t } from '@/utils/i18n';
import { removeAllowEntry, type EffectiveSettings } from '@/utils/settings';

export function AllowListSection({ settings }: { settings: EffectiveSettings }) {
  const lang = settings.uiLanguage;
  return (
    <fieldset>
      <legend>{t('sectionAllowList', lang)}</legend>
      {settings.allowList.length === 0 ? (
        <p>{t('allowListEmpty', lang)}</p>
      ) : (
        <table className="journal">
          <thead>
            <tr>
              <th scope="col">{t('allowListRule', lang)}</th>
              <th scope="col">{t('allowListPhrase', lang)}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {settings.allowList.map((entry) => (
              <tr key={`${entry.rule}:${entry.phrase}`}>
                <td>{entry.rule}</td>
                <td>{entry.phrase}</td>
                <td>
                  <button type="button" className="secondary" onClick={() => void removeAllowEntry(entry)}>
                    {t('allowListRemove', lang, entry.phrase)}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </fieldset>
  );
}
