import { describe, expect, it } from 'vitest';
import type { Flowchart, FlowchartQuestion, Localized } from '@/rules/types';
import { isTaken, layoutFlowchart, orderQuestions, traceAnswers, wrapText } from '@/components/flowchart/model';

const text = (en: string): Localized => ({ en, fr: en, es: en });
const yes = (next?: string, outcome?: 'publish' | 'dont-publish' | 'wait' | 'ask-advice') => ({ id: 'yes', label: text('Yes'), next, outcome });
const no = (next?: string, outcome?: 'publish' | 'dont-publish' | 'wait' | 'ask-advice') => ({ id: 'no', label: text('No'), next, outcome });
const notSure = { id: 'not-sure', label: text('Not sure'), outcome: 'ask-advice' as const };
const question = (id: string, answers: FlowchartQuestion['answers']): FlowchartQuestion => ({
  id,
  text: text(`Question ${id}?`),
  citations: [],
  principles: [],
  answers,
});

// Shaped like the design's chart: a side question (q1b) and an answer that skips a row (q1 → q2).
const chart: Flowchart = {
  start: 'q1',
  questions: [
    question('q2', [yes('q3'), no(undefined, 'dont-publish'), notSure]),
    question('q1', [yes('q1b'), no('q2'), notSure]),
    question('q1b', [yes('q2'), no(undefined, 'dont-publish')]),
    question('q3', [yes(undefined, 'publish'), no(undefined, 'wait'), notSure]),
  ],
  outcomes: {
    publish: { label: text('Publish'), description: text('Go ahead.') },
    'dont-publish': { label: text("Don't publish"), description: text('Do not.') },
    wait: { label: text('Wait'), description: text('Later.') },
    'ask-advice': { label: text('Ask for advice'), description: text('Ask.') },
  },
};

describe('traceAnswers', () => {
  it.each([
    [{}, { path: ['q1'], pending: 'q1' }],
    [{ q1: 'no' }, { path: ['q1', 'q2'], pending: 'q2' }],
    [{ q1: 'yes', q1b: 'no' }, { path: ['q1', 'q1b'], outcome: 'dont-publish' }],
    [{ q1: 'no', q2: 'yes', q3: 'yes' }, { path: ['q1', 'q2', 'q3'], outcome: 'publish' }],
    [{ q1: 'not-sure' }, { path: ['q1'], outcome: 'ask-advice' }],
  ])('follows %j', (answers, expected) => {
    expect(traceAnswers(chart, answers)).toEqual(expected);
  });

  it('stops on a loop instead of spinning', () => {
    const looping: Flowchart = { ...chart, start: 'a', questions: [question('a', [yes('b')]), question('b', [yes('a')])] };
    expect(traceAnswers(looping, { a: 'yes', b: 'yes' })).toEqual({ path: ['a', 'b'] });
  });
});

describe('isTaken', () => {
  const [, q1, q1b] = chart.questions;
  it('marks the arrows between consecutive path questions and the one to the outcome', () => {
    const highlight = { path: ['q1', 'q1b'], outcome: 'dont-publish' as const };
    expect(isTaken(highlight, q1, q1.answers[0])).toBe(true);
    expect(isTaken(highlight, q1, q1.answers[1])).toBe(false);
    expect(isTaken(highlight, q1b, q1b.answers[1])).toBe(true);
    expect(isTaken(highlight, q1b, q1b.answers[0])).toBe(false);
  });
});

describe('layout', () => {
  const layout = layoutFlowchart(chart, {
    question: (q) => q.text.en,
    outcome: (o) => chart.outcomes[o].label.en,
  });

  it('orders questions depth first from the start', () => {
    expect(orderQuestions(chart).map((q) => q.id)).toEqual(['q1', 'q1b', 'q2', 'q3']);
  });

  it('draws every question once, top to bottom, without overlap', () => {
    expect(layout.boxes.map((box) => box.question.id)).toEqual(['q1', 'q1b', 'q2', 'q3']);
    for (let i = 1; i < layout.boxes.length; i++) {
      expect(layout.boxes[i].y).toBeGreaterThan(layout.boxes[i - 1].y + layout.boxes[i - 1].height);
    }
    const bottom = Math.max(...layout.boxes.map((box) => box.y + box.height));
    expect(layout.height).toBeGreaterThan(bottom);
  });

  it('draws one arrow per target, with skipping arrows in their own lane on the left', () => {
    const edges = layout.questionEdges.map((edge) => `${edge.question.id}->${edge.target}`);
    expect(edges.sort()).toEqual(['q1->q1b', 'q1->q2', 'q1b->q2', 'q2->q3']);
    const skip = layout.questionEdges.find((edge) => edge.question.id === 'q1' && edge.target === 'q2')!;
    expect(Math.min(...skip.points.map((point) => point.x))).toBeLessThan(layout.boxes[0].x);
    const straight = layout.questionEdges.find((edge) => edge.target === 'q1b')!;
    expect(straight.points).toHaveLength(2);
  });

  it('gives each outcome answer a pill to the right, inside the drawing', () => {
    expect(layout.outcomeEdges.map((edge) => `${edge.question.id}:${edge.outcome}`)).toEqual([
      'q1:ask-advice',
      'q1b:dont-publish',
      'q2:dont-publish',
      'q2:ask-advice',
      'q3:publish',
      'q3:wait',
      'q3:ask-advice',
    ]);
    for (const edge of layout.outcomeEdges) {
      expect(edge.pill.x).toBeGreaterThan(layout.boxes[0].x + layout.boxes[0].width);
      expect(edge.pill.x + edge.pill.width).toBeLessThanOrEqual(layout.width);
    }
  });
});

describe('wrapText', () => {
  it('wraps on words within the width and keeps long words whole', () => {
    expect(wrapText('Is all of it already public on an official channel?', 20)).toEqual([
      'Is all of it already',
      'public on an',
      'official channel?',
    ]);
    expect(wrapText('a supercalifragilistic word', 10)).toEqual(['a', 'supercalifragilistic', 'word']);
  });
});
