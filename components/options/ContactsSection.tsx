import { useId, useState, type FormEvent } from 'react';
import { contactSchema } from '@/utils/policy';
import { t } from '@/utils/i18n';
import { describeIssue } from '@/utils/policy-messages';
import { isLocked, updatePreferences, type EffectiveSettings } from '@/utils/settings';
import { ContactList } from '../ContactList';
import { LockedNote } from './Locked';

const EMPTY = { role: 'ethics', name: '', email: '', url: '' };

export function ContactsSection({ settings }: { settings: EffectiveSettings }) {
  const lang = settings.uiLanguage;
  const id = useId();
  const locked = isLocked(settings, 'contacts');
  const [draft, setDraft] = useState(EMPTY);
  const [error, setError] = useState('');

  const add = (event: FormEvent) => {
    event.preventDefault();
    const parsed = contactSchema.safeParse(
      {
        role: draft.role,
        name: draft.name,
        email: draft.email.trim() || undefined,
        url: draft.url.trim() || undefined,
      },
      { reportInput: true }, // translated messages describe the value
    );
    if (!parsed.success) {
      setError(t('contactInvalid', lang, parsed.error.issues.map((issue) => describeIssue(issue, lang)).join('; ')));
      return;
    }
    setError('');
    setDraft(EMPTY);
    void updatePreferences({ contacts: [...settings.contacts, parsed.data] });
  };
  const field = (name: keyof typeof EMPTY, label: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        type={type}
        value={draft[name]}
        onChange={(event) => setDraft({ ...draft, [name]: event.target.value })}
      />
    </div>
  );

  return (
    <fieldset aria-describedby={locked ? `${id}-locked` : undefined}>
      <legend>
        {t('sectionContacts', lang)}
        {locked && <LockedNote id={`${id}-locked`} lang={lang} />}
      </legend>
      <ContactList contacts={settings.contacts} lang={lang} />
      {!locked && (
        <>
          <ul className="row" aria-label={t('sectionContacts', lang)}>
            {settings.contacts.map((contact, index) => (
              <li key={`${contact.name}:${index}`} style={{ listStyle: 'none' }}>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => void updatePreferences({ contacts: settings.contacts.filter((_, other) => other !== index) })}
                >
                  {t('contactRemove', lang, contact.name)}
                </button>
              </li>
            ))}
          </ul>
          <form onSubmit={add} noValidate>
            <div className="field">
              <label htmlFor={`${id}-role`}>{t('contactRoleLabel', lang)}</label>
              <select id={`${id}-role`} value={draft.role} onChange={(event) => setDraft({ ...draft, role: event.target.value })}>
                {['ethics', 'communications', 'supervisor', 'legal', 'security'].map((role) => (
                  <option key={role} value={role}>
                    {t(`role_${role}`, lang)}
                  </option>
                ))}
              </select>
            </div>
            {field('name', t('contactNameLabel', lang))}
            {field('email', t('contactEmailLabel', lang), 'email')}
            {field('url', t('contactUrlLabel', lang), 'url')}
            {error && (
              <p className="errors" role="alert">
                {error}
              </p>
            )}
            <button type="submit">{t('contactAdd', lang)}</button>
          </form>
        </>
      )}
    </fieldset>
  );
}
