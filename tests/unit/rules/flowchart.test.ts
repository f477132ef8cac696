import { describe, expect, it } from 'vitest';
import { createEngine, FLOWCHART, schemas, walkFlowchart, OUTCOMES, PRINCIPLES, SOURCES } from '@/rules';

const engine = createEngine();
const walk = (text: string, images?: number) => walkFlowchart(engine.analyze(text, { images }).findings);

describe('the flowchart', () => {
  it('is valid data: every question cited and localised, every answer leading somewhere', () => {
    expect(schemas().flowchart.safeParse(FLOWCHART).success).toBe(true);
    const ids = new Set(FLOWCHART.questions.map((q) => q.id));
    expect(ids.has(FLOWCHART.start)).toBe(true);
    for (const question of FLOWCHART.questions) {
      for (const c of question.citations) expect(Object.keys(SOURCES)).toContain(c.source);
      for (const answer of question.answers) {
        if (answer.next) expect(ids.has(answer.next)).toBe(true);
        if (answer.outcome) expect(OUTCOMES).toContain(answer.outcome);
      }
      expect(question.answers.find((a) => a.id === 'not-sure')?.outcome).toBe('ask-advice');
    }
    for (const outcome of OUTCOMES) expect(FLOWCHART.outcomes[outcome].label.fr.length).toBeGreaterThan(0);
  });

  it('lets every principle bear on some question', () => {
    const covered = new Set(FLOWCHART.questions.flatMap((q) => q.principles));
    for (const principle of PRINCIPLES) expect(covered.has(principle), principle).toBe(true);
  });

  it('publishes an ordinary post, walking every question', () => {
    const result = walk('Lovely walk along the river with my family.');
    expect(result.outcome).toBe('publish');
    expect(result.answers).toEqual({});
    expect(result.path.at(-1)).toBe('comfortable');
  });

  it('stops a leak at "is it already public?"', () => {
    const result = walk('Strictly confidential: the board decided to close the Nairobi office.');
    expect(result.outcome).toBe('dont-publish');
    expect(result.path).toContain('already-public');
    expect(result.answers['already-public']).toBe('no');
    expect(result.reasons['already-public'].length).toBeGreaterThan(0);
  });

  it('waits on an unverified rumour and on an angry reply', () => {
    expect(walk('Unconfirmed reports say the tap water is contaminated, please RT!').outcome).toBe('wait');
    expect(walkFlowchart(engine.analyze('How dare you attack our mission, you have no idea!', { kind: 'reply' }).findings).outcome).toBe('wait');
  });

  it('asks for advice when a finding only calls for caution', () => {
    const result = walk('Team selfie at the office, tagging everyone! @ana @li @bo', 1);
    expect(result.answers['people-places']).toBe('not-sure');
    expect(result.outcome).toBe('ask-advice');
  });

  it('does not publish official statements from a personal account', () => {
    const result = walk('On behalf of the United Nations, we will fund your project.');
    expect(result.answers['official-capacity']).toBe('yes');
    expect(result.outcome).not.toBe('publish');
  });
});
