// The toolbar popup: the state of the current tab, pause for an hour, settings, and the
// flowchart to walk on its own.
import { FLOWCHART } from '@/rules';
import type { Language } from '@/rules/types';
import { t, tCount } from '@/utils/i18n';
import { isPaused, type EffectiveSettings } from '@/utils/settings';
import type { TabState } from '@/utils/tab-state';
import { FlowchartExplorer } from '../flowchart/FlowchartExplorer';
import { Styles } from '../Styles';

interface Props {
  settings: EffectiveSettings;
  /** undefined while the tab has not answered yet. */
  tab?: TabState;
  now?: number;
  onPause(): void;
  onResume(): void;
  onOpenOptions(): void;
}

function formatTime(epochMs: number, lang: Language): string {
  return new Date(epochMs).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' });
}

export function tabStatusText(settings: EffectiveSettings, tab: TabState | undefined, now: number): string {
  const lang = settings.uiLanguage;
  if (isPaused(settings, now)) return t('popupStatusPaused', lang, formatTime(settings.pausedUntil, lang));
  if (!tab) return '';
  if (tab.kind === 'not-covered') return t('popupStatusNotCovered', lang);
  const platform = tab.kind === 'active' ? tab.status.platform : tab.platform;
  if (!settings.sites[platform] || (tab.kind === 'active' && !tab.status.siteEnabled)) return t('popupStatusSiteOff', lang);
  if (tab.kind === 'not-running') return t('popupStatusReload', lang);
  return tab.status.watching > 0
    ? tCount('popupStatusWatching', lang, tab.status.watching)
    : t('popupStatusWatchingNone', lang);
}

export function PopupApp({ settings, tab, now = Date.now(), onPause, onResume, onOpenOptions }: Props) {
  const lang = settings.uiLanguage;
  const paused = isPaused(settings, now);
  return (
    <main className="tbyp-page popup" lang={lang}>
      <Styles />
      <h1>{t('dialogTitle', lang)}</h1>
      <p className="status-line" role="status">
        {tabStatusText(settings, tab, now)}
      </p>
      <div className="row">
        {paused ? (
          <button type="button" onClick={onResume}>
            {t('popupResume', lang)}
          </button>
        ) : (
          <button type="button" onClick={onPause} disabled={!settings.allowPause}>
            {t('popupPause', lang)}
          </button>
        )}
        <button type="button" className="secondary" onClick={onOpenOptions}>
          {t('popupOpenOptions', lang)}
        </button>
      </div>
      {!settings.allowPause && <p className="hint">{t('popupPauseNotAllowed', lang)}</p>}
      <p>{t('popupFlowchartIntro', lang)}</p>
      <FlowchartExplorer flowchart={FLOWCHART} lang={lang} initialView="steps" />
    </main>
  );
}
