// The flowchart as a picture: question boxes, arrows labelled with answers, outcome pills.
// It is an image for assistive technology (named by its path and outcome); the step-by-step
// mode is the version to read and operate.
import { useId, useMemo } from 'react';
import type { Flowchart, Language } from '@/rules/types';
import { t } from '@/utils/i18n';
import { isTaken, layoutFlowchart, LAYOUT, type Highlight } from './model';

interface Props {
  flowchart: Flowchart;
  highlight: Highlight;
  lang: Language;
}

export function FlowchartDiagram({ flowchart, highlight, lang }: Props) {
  const titleId = useId();
  const markerId = `${useId()}-arrow`.replace(/:/g, '');
  const markerOnId = `${markerId}-on`;
  const layout = useMemo(
    () =>
      layoutFlowchart(flowchart, {
        question: (question) => question.text[lang],
        outcome: (outcome) => flowchart.outcomes[outcome].label[lang],
      }),
    [flowchart, lang],
  );
  const outcomeName = highlight.outcome
    ? flowchart.outcomes[highlight.outcome].label[lang]
    : t('flowchartUnfinished', lang);
  const onPath = (id: string) => highlight.path.includes(id);

  return (
    <svg
      className="flowchart-diagram"
      role="img"
      aria-labelledby={titleId}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
      preserveAspectRatio="xMidYMin meet"
    >
      <title id={titleId}>{t('flowchartDiagramLabel', lang, outcomeName)}</title>
      <defs>
        {[markerId, markerOnId].map((id) => (
          <marker
            key={id}
            id={id}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerUnits="userSpaceOnUse"
            markerWidth="9"
            markerHeight="9"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" className={id === markerOnId ? 'arrow-head taken' : 'arrow-head'} />
          </marker>
        ))}
      </defs>

      {layout.questionEdges.map((edge) => {
        const taken = edge.answers.some((answer) => isTaken(highlight, edge.question, answer));
        return (
          <g key={`${edge.question.id}->${edge.target}`} className={taken ? 'edge taken' : 'edge'} data-edge={`${edge.question.id}->${edge.target}`}>
            <polyline
              points={edge.points.map((point) => `${point.x},${point.y}`).join(' ')}
              markerEnd={`url(#${taken ? markerOnId : markerId})`}
            />
            <text x={edge.label.x} y={edge.label.y} className="edge-label">
              {edge.answers.map((answer) => answer.label[lang]).join(' / ')}
            </text>
          </g>
        );
      })}

      {layout.outcomeEdges.map((edge) => {
        const taken = isTaken(highlight, edge.question, edge.answer);
        const { pill } = edge;
        const end = { x: pill.x, y: pill.y + pill.height / 2 };
        return (
          <g
            key={`${edge.question.id}:${edge.answer.id}`}
            className={`edge outcome outcome-${edge.outcome}${taken ? ' taken' : ''}`}
            data-edge={`${edge.question.id}->${edge.outcome}`}
          >
            <polyline
              points={`${edge.from.x},${edge.from.y} ${end.x},${end.y}`}
              markerEnd={`url(#${taken ? markerOnId : markerId})`}
            />
            <text x={edge.from.x + 4} y={edge.from.y - 4} className="edge-label">
              {edge.answer.label[lang]}
            </text>
            <rect x={pill.x} y={pill.y} width={pill.width} height={pill.height} rx={pill.height / 2} className="pill" />
            {pill.lines.map((line, index) => (
              <text
                key={index}
                x={pill.x + pill.width / 2}
                y={pill.y + LAYOUT.padding / 2 + (index + 0.8) * LAYOUT.lineHeight}
                textAnchor="middle"
                className="pill-text"
              >
                {line}
              </text>
            ))}
          </g>
        );
      })}

      {layout.boxes.map((box) => {
        const classes = ['question'];
        if (onPath(box.question.id)) classes.push('on-path');
        if (highlight.current === box.question.id) classes.push('current');
        return (
          <g key={box.question.id} className={classes.join(' ')} data-question={box.question.id}>
            <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={6} />
            {box.lines.map((line, index) => (
              <text
                key={index}
                x={box.x + LAYOUT.padding}
                y={box.y + LAYOUT.padding + (index + 0.8) * LAYOUT.lineHeight}
                className="question-text"
              >
                {line}
              </text>
            ))}
          </g>
        );
      })}
    </svg>
  );
}
