import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/popup/PopupApp';
import { useSettings } from '@/components/useSettings';
import { pauseForAnHour, resume } from '@/utils/settings';
import { queryActiveTab, type TabState } from '@/utils/tab-state';

function Popup() {
  const settings = useSettings();
  const [tab, setTab] = useState<TabState>();
  useEffect(() => void queryActiveTab().then(setTab), []);
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
