// "Set by your organisation": shown beside every control whose value the policy sets.
import type { Language } from '@/rules/types';
import { t } from '@/utils/i18n';

export function LockedNote({ id, lang }: { id: string; lang: Language }) {
  return (
    <span id={id} className="locked">
      {t('lockedBySet', lang)}
    </span>
  );
}
