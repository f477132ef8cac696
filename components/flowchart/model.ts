// Pure helpers over the flowchart data (rules/flowchart.ts): following answers, and laying the
// chart out as boxes and arrows. No React here, so both are table-tested on their own.
import type { Flowchart, FlowchartAnswer, FlowchartQuestion, FlowchartWalk, Outcome } from '@/rules/types';

export interface Trace {
  /** Question ids visited, in order; the last one is `pending` when the walk is not over. */
  path: string[];
  pending?: string;
  outcome?: Outcome;
}

export function questionById(flowchart: Flowchart, id: string): FlowchartQuestion | undefined {
  return flowchart.questions.find((question) => question.id === id);
}

/** Follows `answers` from the start until an outcome or the first unanswered question. */
export function traceAnswers(flowchart: Flowchart, answers: Record<string, string>): Trace {
  const path: string[] = [];
  let id: string | undefined = flowchart.start;
  while (id && !path.includes(id)) {
    const question = questionById(flowchart, id);
    if (!question) break;
    path.push(id);
    const answer = question.answers.find((candidate) => candidate.id === answers[id!]);
    if (!answer) return { path, pending: id };
    if (answer.outcome) return { path, outcome: answer.outcome };
    id = answer.next;
  }
  return { path };
}

/** What the diagram highlights: the questions on the path, the arrows taken, the outcome reached. */
export interface Highlight {
  path: string[];
  outcome?: Outcome;
  current?: string;
}

export function highlightOfWalk(walk: FlowchartWalk): Highlight {
  return { path: walk.path, outcome: walk.outcome };
}

/** True when `answer` of `question` is an arrow the highlighted path takes. */
export function isTaken(highlight: Highlight, question: FlowchartQuestion, answer: FlowchartAnswer): boolean {
  const index = highlight.path.indexOf(question.id);
  if (index < 0) return false;
  const following = highlight.path[index + 1];
  if (following !== undefined) return answer.next === following;
  return highlight.outcome !== undefined && answer.outcome === highlight.outcome;
}

// ── Layout ──

export interface QuestionBox {
  question: FlowchartQuestion;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

export interface OutcomeEdge {
  question: FlowchartQuestion;
  answer: FlowchartAnswer;
  outcome: Outcome;
  /** Arrow from the question's right side to the outcome pill. */
  from: { x: number; y: number };
  pill: { x: number; y: number; width: number; height: number; lines: string[] };
}

export interface QuestionEdge {
  question: FlowchartQuestion;
  answers: FlowchartAnswer[];
  target: string;
  /** Polyline points, the last one is the arrow head. */
  points: { x: number; y: number }[];
  label: { x: number; y: number };
}

export interface FlowchartLayout {
  width: number;
  height: number;
  boxes: QuestionBox[];
  questionEdges: QuestionEdge[];
  outcomeEdges: OutcomeEdge[];
}

export const LAYOUT = {
  lineHeight: 15,
  padding: 8,
  boxWidth: 290,
  boxChars: 38,
  pillWidth: 132,
  pillChars: 19,
  pillGap: 6,
  arrowLength: 104,
  rowGap: 34,
  laneGap: 10,
  margin: 10,
} as const;

/** Greedy word wrap; a word longer than the width gets a line of its own. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Questions in reading order: depth first from the start, following answers in their order. */
export function orderQuestions(flowchart: Flowchart): FlowchartQuestion[] {
  const ordered: FlowchartQuestion[] = [];
  const visit = (id: string | undefined) => {
    if (!id || ordered.some((question) => question.id === id)) return;
    const question = questionById(flowchart, id);
    if (!question) return;
    ordered.push(question);
    for (const answer of question.answers) visit(answer.next);
  };
  visit(flowchart.start);
  // Questions no answer reaches still get drawn, at the end.
  for (const question of flowchart.questions) if (!ordered.includes(question)) ordered.push(question);
  return ordered;
}

export function layoutFlowchart(
  flowchart: Flowchart,
  label: { question: (q: FlowchartQuestion) => string; outcome: (o: Outcome) => string },
): FlowchartLayout {
  const ordered = orderQuestions(flowchart);
  const rowOf = new Map(ordered.map((question, row) => [question.id, row]));
  // Arrows that skip rows run in lanes on the left, one lane each.
  const skipping = ordered.flatMap((question, row) =>
    [...new Set(question.answers.map((answer) => answer.next).filter((next): next is string => !!next))]
      .filter((next) => rowOf.has(next) && rowOf.get(next) !== row + 1)
      .map((target) => ({ question, target })),
  );
  const boxX = LAYOUT.margin + (skipping.length + 1) * LAYOUT.laneGap;
  const pillX = boxX + LAYOUT.boxWidth + LAYOUT.arrowLength;

  const boxes: QuestionBox[] = [];
  const outcomeEdges: OutcomeEdge[] = [];
  let y = LAYOUT.margin;
  ordered.forEach((question, row) => {
    const lines = wrapText(`${row + 1}. ${label.question(question)}`, LAYOUT.boxChars);
    const pills = question.answers
      .filter((answer) => answer.outcome)
      .map((answer) => {
        const pillLines = wrapText(label.outcome(answer.outcome!), LAYOUT.pillChars);
        return { answer, lines: pillLines, height: pillLines.length * LAYOUT.lineHeight + LAYOUT.padding };
      });
    const pillsHeight = pills.reduce((sum, pill) => sum + pill.height, 0) + LAYOUT.pillGap * Math.max(0, pills.length - 1);
    // The box spans its pills, so that every outcome arrow runs straight across.
    const height = Math.max(lines.length * LAYOUT.lineHeight + 2 * LAYOUT.padding, pillsHeight);
    const box: QuestionBox = { question, x: boxX, y, width: LAYOUT.boxWidth, height, lines };
    boxes.push(box);
    let pillY = y + (height - pillsHeight) / 2;
    for (const pill of pills) {
      outcomeEdges.push({
        question,
        answer: pill.answer,
        outcome: pill.answer.outcome!,
        from: { x: boxX + LAYOUT.boxWidth, y: pillY + pill.height / 2 },
        pill: { x: pillX, y: pillY, width: LAYOUT.pillWidth, height: pill.height, lines: pill.lines },
      });
      pillY += pill.height + LAYOUT.pillGap;
    }
    y += height + LAYOUT.rowGap;
  });

  const boxOf = new Map(boxes.map((box) => [box.question.id, box]));
  const questionEdges: QuestionEdge[] = [];
  ordered.forEach((question, row) => {
    const from = boxOf.get(question.id)!;
    const targets = [...new Set(question.answers.map((answer) => answer.next).filter((next): next is string => !!next))];
    for (const target of targets) {
      const to = boxOf.get(target);
      if (!to) continue;
      const answers = question.answers.filter((answer) => answer.next === target);
      if (rowOf.get(target) === row + 1) {
        const x = from.x + from.width / 2;
        questionEdges.push({
          question,
          answers,
          target,
          points: [
            { x, y: from.y + from.height },
            { x, y: to.y },
          ],
          label: { x: x + 6, y: (from.y + from.height + to.y) / 2 + 4 },
        });
      } else {
        // Leaves from the bottom-left corner, runs down its lane, enters the target from the left.
        const lane = skipping.findIndex((skip) => skip.question === question && skip.target === target);
        const laneX = boxX - (lane + 1) * LAYOUT.laneGap;
        const startX = from.x + 6;
        const bottom = from.y + from.height;
        const turnY = bottom + LAYOUT.rowGap / 2 - 4;
        const endY = to.y + to.height / 2;
        questionEdges.push({
          question,
          answers,
          target,
          points: [
            { x: startX, y: bottom },
            { x: startX, y: turnY },
            { x: laneX, y: turnY },
            { x: laneX, y: endY },
            { x: to.x, y: endY },
          ],
          label: { x: startX + 5, y: bottom + 11 },
        });
      }
    }
  });

  return {
    width: pillX + LAYOUT.pillWidth + LAYOUT.margin,
    height: y - LAYOUT.rowGap + LAYOUT.margin,
    boxes,
    questionEdges,
    outcomeEdges,
  };
}
