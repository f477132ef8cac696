import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/popup/PopupApp';
import { useSettings } from '@/components/useSettings';
import { t } from '@/utils/i18n';
import { pauseForAnHour, resume } from '@/utils/settings';
import { queryActiveTab, type TabState } from '@/utils/tab-state';

function Popup() {
  const settings = useSettings();
  const [tab, setTab] = useState<TabState>();
  useEffect(() => void queryActiveTab().then(setTab), []);
  useEffect(() => {
    if (settings) document.title = t('extName', settings.uiLanguage);
  }, [settings?.uiLanguage]);
  if (!settings) return null;
  return (
    <PopupApp
      settings={settings}
      tab={tab}
      onPause={() => void pauseForAnHour()}
      onResume={() => void resume()}
      onOpenOptions={() => void browser.runtime.openOptionsPage().then(() => window.close())}
    />
  );
}

createRoot(document.getElementById('root')!).render(<Popup />);
