// The options page: every setting the person controls; the organisation's show as locked.
import { t } from '@/utils/i18n';
import { describePolicyProblem } from '@/utils/policy-messages';
import type { EffectiveSettings } from '@/utils/settings';
import { Styles } from '../Styles';
import { AllowListSection } from './AllowListSection';
import { ContactsSection } from './ContactsSection';
import { GeneralSection } from './GeneralSection';
import { JournalSection } from './JournalSection';
import { RulePackSection } from './RulePackSection';
import { PrinciplesSection, SitesSection } from './TogglesSection';

export function OptionsApp({ settings }: { settings: EffectiveSettings }) {
  const lang = settings.uiLanguage;
  return (
    <main className="tbyp-page options" lang={lang}>
      <Styles />
      <h1>{t('optionsTitle', lang)}</h1>
      {settings.policyErrors.length > 0 && (
        <section className="errors" aria-labelledby="policy-errors">
          <h2 id="policy-errors">{t('policyErrorsHeading', lang)}</h2>
          <ul>
            {settings.policyErrors.map((problem) => describePolicyProblem(problem, lang)).map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </section>
      )}
      <GeneralSection settings={settings} />
      <PrinciplesSection settings={settings} />
      <SitesSection settings={settings} />
      <ContactsSection settings={settings} />
      <RulePackSection settings={settings} />
      <JournalSection settings={settings} />
      <AllowListSection settings={settings} />
    </main>
  );
}
