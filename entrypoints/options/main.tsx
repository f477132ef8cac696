import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options/OptionsApp';
import { useSettings } from '@/components/useSettings';
import { t } from '@/utils/i18n';

function Options() {
  const settings = useSettings();
  useEffect(() => {
    if (settings) document.title = t('optionsTitle', settings.uiLanguage);
  }, [settings?.uiLanguage]);
  return settings ? <OptionsApp settings={settings} /> : null;
}

createRoot(document.getElementById('root')!).render(<Options />);
