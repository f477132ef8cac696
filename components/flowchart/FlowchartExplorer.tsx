// The flowchart with both views: the diagram, and step by step. The person's own answers
// take over the highlight from the findings' suggestions as soon as they start.
import { useState } from 'react';
import type { Flowchart, FlowchartAnswer, FlowchartWalk, Language, Outcome } from '@/rules/types';
import { t } from '@/utils/i18n';
import { FlowchartDiagram } from './FlowchartDiagram';
import { FlowchartSteps } from './FlowchartSteps';
import { highlightOfWalk, type Highlight } from './model';

export type FlowchartView = 'diagram' | 'steps';

interface Props {
  flowchart: Flowchart;
  lang: Language;
  /** The walk the post's findings imply, if any. */
  walk?: FlowchartWalk;
  initialView?: FlowchartView;
  headingLevel?: 2 | 3;
}

export function FlowchartExplorer({ flowchart, lang, walk, initialView = 'diagram', headingLevel = 2 }: Props) {
  const [view, setView] = useState<FlowchartView>(initialView);
  const [history, setHistory] = useState<string[]>([flowchart.start]);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const started = history.length > 1 || outcome !== undefined;

  const answer = (chosen: FlowchartAnswer) => {
    if (chosen.outcome) setOutcome(chosen.outcome);
    else if (chosen.next) setHistory([...history, chosen.next]);
  };
  const back = () => {
    if (outcome) setOutcome(undefined);
    else if (history.length > 1) setHistory(history.slice(0, -1));
  };
  const restart = () => {
    setHistory([flowchart.start]);
    setOutcome(undefined);
  };

  const highlight: Highlight =
    started || !walk
      ? { path: history, outcome, current: outcome ? undefined : history[history.length - 1] }
      : highlightOfWalk(walk);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  return (
    <section className="flowchart" aria-label={t('flowchartHeading', lang)}>
      <div className="flowchart-header">
        <Heading className="section-title">{t('flowchartHeading', lang)}</Heading>
        <div className="view-switch">
          {(['diagram', 'steps'] as const).map((option) => (
            <button key={option} type="button" aria-pressed={view === option} onClick={() => setView(option)}>
              {t(option === 'diagram' ? 'flowchartDiagram' : 'flowchartSteps', lang)}
            </button>
          ))}
        </div>
      </div>
      {view === 'diagram' ? (
        <FlowchartDiagram flowchart={flowchart} highlight={highlight} lang={lang} />
      ) : (
        <FlowchartSteps
          flowchart={flowchart}
          lang={lang}
          history={history}
          outcome={outcome}
          suggested={walk?.answers ?? {}}
          onAnswer={answer}
          onBack={back}
          onRestart={restart}
        />
      )}
    </section>
  );
}
