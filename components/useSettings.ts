// The effective settings, kept live: extension pages re-render when the person or the
// organisation changes anything.
import { useEffect, useState } from 'react';
import { loadSettings, watchSettings, type EffectiveSettings } from '@/utils/settings';

export function useSettings(): EffectiveSettings | undefined {
  const [settings, setSettings] = useState<EffectiveSettings>();
  useEffect(() => {
    const controller = new AbortController();
    void loadSettings().then((loaded) => {
      if (!controller.signal.aborted) setSettings(loaded);
    });
    watchSettings(setSettings, controller.signal);
    return () => controller.abort();
  }, []);
  useEffect(() => {
    if (settings) document.documentElement.lang = settings.uiLanguage;
  }, [settings?.uiLanguage]);
  return settings;
}
