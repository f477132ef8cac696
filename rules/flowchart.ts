// "Publier ou ne pas publier ?" (DESIGN §4) as data, and the walk that lets a
// post's findings pre-answer the questions they bear on.

import type { Finding, Flowchart, FlowchartAnswer, FlowchartWalk, Localized, Outcome, Principle } from './types';
import { CITATIONS } from './citations';

const say = (en: string, fr: string, es: string): Localized => ({ en, fr, es });
const YES = say('Yes', 'Oui', 'Sí');
const NO = say('No', 'Non', 'No');
const NOT_SURE = say('Not sure', 'Je ne sais pas', 'No estoy seguro');

const answers = (yes: Omit<FlowchartAnswer, 'id' | 'label'>, no: Omit<FlowchartAnswer, 'id' | 'label'>): FlowchartAnswer[] => [
  { id: 'yes', label: YES, ...yes },
  { id: 'no', label: NO, ...no },
  { id: 'not-sure', label: NOT_SURE, outcome: 'ask-advice' },
];

export const FLOWCHART: Flowchart = {
  start: 'official-capacity',
  questions: [
    {
      id: 'official-capacity',
      text: say(
        'Am I posting for the organisation (official account, official capacity)?',
        'Est-ce que je publie pour l’organisation (compte officiel, à titre officiel) ?',
        '¿Publico en nombre de la organización (cuenta oficial, a título oficial)?',
      ),
      citations: [CITATIONS['gam-1'], CITATIONS['act-official']],
      principles: ['official-capacity'],
      answers: answers({ next: 'authorised' }, { next: 'concerns-work' }),
    },
    {
      id: 'authorised',
      text: say('Am I authorised in writing to do so?', 'Suis-je autorisé·e par écrit à le faire ?', '¿Tengo autorización por escrito para hacerlo?'),
      citations: [CITATIONS['sgb-3.7']],
      principles: ['official-capacity'],
      answers: answers({ next: 'concerns-work' }, { outcome: 'dont-publish' }),
    },
    {
      id: 'concerns-work',
      text: say(
        'Does it concern the organisation, my work, colleagues, partners or beneficiaries?',
        'Cela concerne-t-il l’organisation, mon travail, mes collègues, des partenaires ou des bénéficiaires ?',
        '¿Tiene que ver con la organización, mi trabajo, mis colegas, socios o beneficiarios?',
      ),
      citations: [CITATIONS['soc-42'], CITATIONS['unops-3.4e']],
      principles: ['confidentiality', 'public-grievance', 'privacy-consent', 'intellectual-property', 'outside-activities', 'anonymity', 'conduct-reputation'],
      answers: answers({ next: 'already-public' }, { next: 'political' }),
    },
    {
      id: 'already-public',
      text: say(
        'Is all of it already public on an official channel?',
        'Tout cela est-il déjà public sur un canal officiel ?',
        '¿Todo ello es ya público en un canal oficial?',
      ),
      citations: [CITATIONS['sr-1.2i'], CITATIONS['guideline-6'], CITATIONS['gam-5']],
      principles: ['confidentiality'],
      answers: answers({ next: 'political' }, { outcome: 'dont-publish' }),
    },
    {
      id: 'political',
      text: say(
        'Could it be read as taking sides on a political or controversial question, or criticising a government or the organisation?',
        'Cela pourrait-il être lu comme une prise de parti sur une question politique ou controversée, ou une critique d’un gouvernement ou de l’organisation ?',
        '¿Podría leerse como tomar partido en una cuestión política o controvertida, o criticar a un gobierno o a la organización?',
      ),
      citations: [CITATIONS['sr-1.2f'], CITATIONS['soc-8-9-33'], CITATIONS['soc-37']],
      principles: ['political-impartiality', 'public-grievance'],
      answers: answers({ outcome: 'dont-publish' }, { next: 'people-places' }),
    },
    {
      id: 'people-places',
      text: say(
        'Does it show or name people, children, places, movements or premises without their consent, or in a way that could endanger anyone?',
        'Cela montre-t-il ou nomme-t-il des personnes, des enfants, des lieux, des déplacements ou des locaux sans consentement, ou d’une façon qui pourrait mettre quelqu’un en danger ?',
        '¿Muestra o nombra a personas, menores, lugares, desplazamientos o instalaciones sin consentimiento, o de un modo que podría poner a alguien en peligro?',
      ),
      citations: [CITATIONS['guideline-10'], CITATIONS['unops-3.4g'], CITATIONS['unops-3.4h'], CITATIONS['act-minors']],
      principles: ['privacy-consent', 'minors', 'safety-security'],
      answers: answers({ outcome: 'dont-publish' }, { next: 'checked' }),
    },
    {
      id: 'checked',
      text: say(
        'Have I checked the facts and the source, and do I endorse what I share?',
        'Ai-je vérifié les faits et la source, et est-ce que j’approuve ce que je partage ?',
        '¿He comprobado los hechos y la fuente, y respaldo lo que comparto?',
      ),
      citations: [CITATIONS['unops-3.4c'], CITATIONS['unops-3.4q'], CITATIONS['gam-2'], CITATIONS['guideline-9']],
      principles: ['accuracy', 'endorsement'],
      answers: answers({ next: 'angry' }, { outcome: 'wait' }),
    },
    {
      id: 'angry',
      text: say('Am I answering in anger or under attack?', 'Est-ce que je réponds sous le coup de la colère ou d’une attaque ?', '¿Respondo con enfado o bajo ataque?'),
      citations: [CITATIONS['gam-4'], CITATIONS['unops-3.4p']],
      principles: ['heated-reply'],
      answers: answers({ outcome: 'wait' }, { next: 'comfortable' }),
    },
    {
      id: 'comfortable',
      text: say(
        'Would I be comfortable seeing it on television, discussing it with my parents, justifying it to my supervisor?',
        'Serais-je à l’aise de le voir à la télévision, d’en parler avec mes parents, de le justifier auprès de mon responsable ?',
        '¿Me sentiría cómodo viéndolo en televisión, comentándolo con mis padres, justificándolo ante mi responsable?',
      ),
      citations: [CITATIONS['unops-3.4a'], CITATIONS['guideline-1']],
      principles: ['harassment', 'conduct-reputation', 'anonymity', 'intellectual-property', 'outside-activities'],
      answers: answers({ outcome: 'publish' }, { outcome: 'dont-publish' }),
    },
  ],
  outcomes: {
    publish: { label: say('Publish', 'Publier', 'Publicar'), description: say('Nothing here stands in the way.', 'Rien ne s’y oppose.', 'Nada lo impide.') },
    'dont-publish': {
      label: say('Don’t publish', 'Ne pas publier', 'No publicar'),
      description: say('This post should not go out as it is.', 'Cette publication ne devrait pas partir telle quelle.', 'Esta publicación no debería salir tal como está.'),
    },
    wait: {
      label: say('Wait', 'Attendre', 'Esperar'),
      description: say('Verify first, or let it cool down.', 'Vérifiez d’abord, ou laissez retomber.', 'Verifique primero, o deje que se enfríe.'),
    },
    'ask-advice': {
      label: say('Ask for advice', 'Demander conseil', 'Pedir consejo'),
      description: say(
        'Ask your supervisor, the ethics office or communications.',
        'Demandez à votre responsable, au bureau de la déontologie ou à la communication.',
        'Pregunte a su responsable, a la oficina de ética o a comunicación.',
      ),
    },
  },
};

/**
 * For each question: the answer a finding implies. A `stop` finding gives the
 * answer that leads to a problem; a `caution` finding gives "not sure" (ask for
 * advice), except where the chart's own answer is to wait.
 */
const PROBLEM_ANSWER: Record<string, string> = {
  'official-capacity': 'yes',
  authorised: 'no',
  'concerns-work': 'yes',
  'already-public': 'no',
  political: 'yes',
  'people-places': 'yes',
  checked: 'no',
  angry: 'yes',
  comfortable: 'no',
};
const WAIT_QUESTIONS = new Set(['checked', 'angry']);
/** Questions whose answer only routes the walk (a finding there is never a doubt). */
const ROUTING_QUESTIONS = new Set(['official-capacity', 'concerns-work']);

export function walkFlowchart(findings: Finding[], chart: Flowchart = FLOWCHART): FlowchartWalk {
  const answers: Record<string, string> = {};
  const reasons: Record<string, string[]> = {};
  const relevant = findings.filter((finding) => finding.severity !== 'info');
  for (const question of chart.questions) {
    const bearing = relevant.filter((finding) => question.principles.includes(finding.principle as Principle));
    if (!bearing.length) continue;
    const hasStop = bearing.some((finding) => finding.severity === 'stop');
    const problem = PROBLEM_ANSWER[question.id] ?? 'not-sure';
    answers[question.id] = hasStop || ROUTING_QUESTIONS.has(question.id) || WAIT_QUESTIONS.has(question.id) ? problem : 'not-sure';
    reasons[question.id] = [...new Set(bearing.map((finding) => finding.rule))];
  }
  // A post speaking for the organisation without being authorised: the authorisation question cannot be answered "yes" by the engine.
  if (answers['official-capacity'] === 'yes' && !answers.authorised) answers.authorised = 'not-sure';

  const byId = new Map(chart.questions.map((question) => [question.id, question]));
  const path: string[] = [];
  let outcome: Outcome = 'publish';
  for (let id: string | undefined = chart.start; id && !path.includes(id); ) {
    const question = byId.get(id);
    if (!question) break;
    path.push(id);
    const chosen = question.answers.find((answer) => answer.id === (answers[id!] ?? defaultAnswer(id!)));
    if (!chosen) break;
    if (chosen.outcome) {
      outcome = chosen.outcome;
      break;
    }
    id = chosen.next;
  }
  return { answers, path, outcome, reasons };
}

/** Without a finding, the engine assumes the answer of a post with nothing to flag. */
function defaultAnswer(questionId: string): string {
  const problem = PROBLEM_ANSWER[questionId];
  if (questionId === 'concerns-work') return 'no';
  return problem === 'yes' ? 'no' : 'yes';
}
