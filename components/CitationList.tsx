// A rule's sources: document name, section, the document's own (French) words and their
// rendering in the UI language.
import type { Citation, Language } from '@/rules/types';
import { SOURCES } from '@/rules';
import { t } from '@/utils/i18n';

export function sourceName(source: string, lang: Language): string {
  return SOURCES[source as keyof typeof SOURCES]?.title[lang] ?? source;
}

function rendering(citation: Citation, lang: Language): string | undefined {
  if (lang === 'en') return citation.en;
  if (lang === 'es') return citation.es;
  return undefined; // French UI: the quote is already in French
}

export function CitationList({ citations, lang }: { citations: Citation[]; lang: Language }) {
  return (
    <ul className="citations">
      {citations.map((citation, index) => {
        const translated = rendering(citation, lang);
        return (
          <li key={`${citation.source}:${citation.section}:${index}`} className="citation">
            <cite>{sourceName(citation.source, lang)}</cite>, {t('citationSection', lang, citation.section)}
            <blockquote lang="fr" className="quote">
              « {citation.quote} »
            </blockquote>
            {translated && <p className="rendering">{translated}</p>}
          </li>
        );
      })}
    </ul>
  );
}
