// Who to ask for advice: each contact's name, role and e-mail as a mailto: link.
import type { Language } from '@/rules/types';
import type { Contact } from '@/utils/settings';
import { t } from '@/utils/i18n';

const KNOWN_ROLES = ['ethics', 'communications', 'supervisor', 'legal', 'security'];

export function roleLabel(role: string, lang: Language): string {
  const key = role.toLowerCase();
  return KNOWN_ROLES.includes(key) ? t(`role_${key}`, lang) : role;
}

function mailto(email: string, lang: Language): string {
  return `mailto:${email}?subject=${encodeURIComponent(t('adviceMailSubject', lang))}`;
}

/** Settings only admit http(s) addresses; checked again here because this becomes an href. */
function isWebUrl(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

export function ContactList({ contacts, lang }: { contacts: Contact[]; lang: Language }) {
  if (contacts.length === 0) return <p className="contacts-none">{t('contactsNone', lang)}</p>;
  return (
    <ul className="contacts">
      {contacts.map((contact, index) => (
        <li key={`${contact.name}:${index}`} className="contact">
          <span className="contact-name">{contact.name}</span>
          <span className="contact-role"> ({roleLabel(contact.role, lang)})</span>
          {contact.email && (
            <>
              {' '}
              <a href={mailto(contact.email, lang)}>{contact.email}</a>
            </>
          )}
          {contact.url && isWebUrl(contact.url) && (
            <>
              {' '}
              <a href={contact.url} target="_blank" rel="noopener noreferrer">
                {t('contactPage', lang)}
              </a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
