// The flowchart one question at a time: for narrow popups, keyboards and screen readers.
import { useEffect, useId, useRef } from 'react';
import type { Flowchart, FlowchartAnswer, Language, Outcome } from '@/rules/types';
import { t } from '@/utils/i18n';
import { CitationList } from '../CitationList';
import { orderQuestions, questionById } from './model';

interface Props {
  flowchart: Flowchart;
  lang: Language;
  /** Questions visited, the last one is the current question. */
  history: string[];
  outcome?: Outcome;
  /** question id → answer id suggested by the post's findings. */
  suggested: Record<string, string>;
  onAnswer(answer: FlowchartAnswer): void;
  onBack(): void;
  onRestart(): void;
}

export function FlowchartSteps({ flowchart, lang, history, outcome, suggested, onAnswer, onBack, onRestart }: Props) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const currentId = history[history.length - 1];
  const question = questionById(flowchart, currentId);

  // After a move (not on first display), take focus to the new question or outcome for screen readers.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
    moved.current = true;
  }, [currentId, outcome, history.length]);

  if (outcome) {
    const { label, description } = flowchart.outcomes[outcome];
    return (
      <section className={`flowchart-steps outcome-card outcome-${outcome}`} aria-labelledby={headingId}>
        <h3 id={headingId} ref={headingRef} tabIndex={-1}>
          {t('flowchartOutcome', lang, label[lang])}
        </h3>
        <p>{description[lang]}</p>
        <div className="step-nav">
          <button type="button" onClick={onBack}>
            {t('flowchartBack', lang)}
          </button>
          <button type="button" onClick={onRestart}>
            {t('flowchartRestart', lang)}
          </button>
        </div>
      </section>
    );
  }
  if (!question) return null;
  const suggestion = suggested[question.id];

  return (
    <section className="flowchart-steps" aria-labelledby={headingId}>
      {/* Numbered as in the diagram, so the two views name a question alike. */}
      <p className="step-number">{t('flowchartQuestionNumber', lang, String(orderQuestions(flowchart).indexOf(question) + 1))}</p>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {question.text[lang]}
      </h3>
      <div role="group" aria-label={t('flowchartAnswers', lang)} className="answers">
        {question.answers.map((answer) => (
          <button
            key={answer.id}
            type="button"
            className={answer.id === suggestion ? 'answer suggested' : 'answer'}
            aria-describedby={answer.id === suggestion ? `${headingId}-suggested` : undefined}
            onClick={() => onAnswer(answer)}
          >
            {answer.label[lang]}
          </button>
        ))}
      </div>
      {suggestion && (
        <p id={`${headingId}-suggested`} className="suggestion">
          {t('flowchartSuggested', lang)}
        </p>
      )}
      {question.citations.length > 0 && (
        <details className="step-sources">
          <summary>{t('flowchartSources', lang)}</summary>
          <CitationList citations={question.citations} lang={lang} />
        </details>
      )}
      {history.length > 1 && (
        <div className="step-nav">
          <button type="button" onClick={onBack}>
            {t('flowchartBack', lang)}
          </button>
          <button type="button" onClick={onRestart}>
            {t('flowchartRestart', lang)}
          </button>
        </div>
      )}
    </section>
  );
}
