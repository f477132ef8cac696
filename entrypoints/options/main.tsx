import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options/OptionsApp';
import { t } from '@/utils/i18n';
import { loadSettings, watchSettings, type EffectiveSettings } from '@/utils/settings';

function Options() {
  const [settings, setSettings] = useState<EffectiveSettings>();
  useEffect(() => {
    const controller = new AbortController();
    void loadSettings().then(setSettings);
    watchSettings(setSettings, controller.signal);
    return () => controller.abort();
  }, []);
  useEffect(() => {
    if (!settings) return;
    document.documentElement.lang = settings.uiLanguage;
    document.title = t('optionsTitle', settings.uiLanguage);
  }, [settings]);
  return settings ? <OptionsApp settings={settings} /> : null;
}

createRoot(document.getElementById('root')!).render(<Options />);
