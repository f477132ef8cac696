// The findings of a post: principle, message, the words that triggered it (always as text),
// the rule's sources, and "This is wrong".
import { useId, useState } from 'react';
import type { Finding, Language } from '@/rules/types';
import { PRINCIPLE_LABELS } from '@/rules';
import { t } from '@/utils/i18n';
import { CitationList } from './CitationList';

interface Props {
  findings: Finding[];
  lang: Language;
  onMarkWrong(finding: Finding): void;
}

function FindingItem({ finding, lang, onMarkWrong }: { finding: Finding; lang: Language; onMarkWrong(finding: Finding): void }) {
  const labelId = useId();
  const [marked, setMarked] = useState(false);
  return (
    <li className={`finding severity-${finding.severity}`}>
      <p className="finding-head" id={labelId}>
        <span className="severity">{t(`severity_${finding.severity}`, lang)}</span>{' '}
        <strong>{PRINCIPLE_LABELS[finding.principle]?.[lang] ?? finding.principle}</strong>
      </p>
      <p className="message">{finding.message[lang]}</p>
      <p className="excerpt">
        {t('findingExcerpt', lang)} <mark>{finding.excerpt}</mark>
      </p>
      {finding.citations.length > 0 && (
        <details className="finding-sources" open>
          <summary>{t('citationsHeading', lang)}</summary>
          <CitationList citations={finding.citations} lang={lang} />
        </details>
      )}
      {marked ? (
        <p className="marked" role="status">
          {t('markedWrong', lang)}
        </p>
      ) : (
        <button
          type="button"
          className="link-button"
          aria-describedby={labelId}
          onClick={() => {
            setMarked(true);
            onMarkWrong(finding);
          }}
        >
          {t('markWrong', lang)}
        </button>
      )}
    </li>
  );
}

export function FindingList({ findings, lang, onMarkWrong }: Props) {
  return (
    <ul className="findings">
      {findings.map((finding) => (
        <FindingItem key={`${finding.rule}:${finding.start}`} finding={finding} lang={lang} onMarkWrong={onMarkWrong} />
      ))}
    </ul>
  );
}
