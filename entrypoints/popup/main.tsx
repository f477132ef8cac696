import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/popup/PopupApp';
import { loadSettings, pauseForAnHour, resume, watchSettings, type EffectiveSettings } from '@/utils/settings';
import { queryActiveTab, type TabState } from '@/utils/tab-state';

function Popup() {
  const [settings, setSettings] = useState<EffectiveSettings>();
  const [tab, setTab] = useState<TabState>();
  useEffect(() => {
    const controller = new AbortController();
    void loadSettings().then(setSettings);
    watchSettings(setSettings, controller.signal);
    void queryActiveTab().then(setTab);
    return () => controller.abort();
  }, []);
  if (!settings) return null;
  document.documentElement.lang = settings.uiLanguage;
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
