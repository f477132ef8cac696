// The learned lexical scorer: one logistic model per principle, behind a post-level
// gate, over hits of the built-in vocabularies, stemmed words, word pairs and a few
// structural and context flags. Hand-written phrases only catch the wordings
// someone thought of; the scorer catches the vocabulary that posts about a
// principle share. Its weights come from scripts/train-scorer.ts
// (rules/scorer-model.json); this file only featurises a post and applies them.

import type { AnalyzeContext, Citation, Finding, Localized, Principle, Severity } from './types';
import { PRINCIPLES } from './types';
import { NO_WORD, PhraseIndex, WordMemo, type Hit, type Token } from './match';
import { Detections, isWhiteSpace, type DetectorName } from './detectors';
import { LEXICONS } from './lexicons';

export type Stemmer = 'none' | 'suffix' | 'truncate';

export interface ScorerModel {
  /** Whether words are features (`w:<stem>`), stemmed how, and word pairs (`b:<stem>_<stem>`). */
  words: boolean;
  stemmer: Stemmer;
  bigrams: boolean;
  /** Whether the built-in pack's vocabularies (rules/lexicons.ts) are features: `l:<name>` when any of its phrases occurs. */
  lexicons: boolean;
  /** Whether the post deserves a look at all: no principle is flagged below this gate's `caution` margin. */
  gate: { bias: number; caution: number; weights: Record<string, number> };
  /** The margin (log-odds) above which a principle flags a post once the gate is open. */
  caution: number;
  /** On a post flagged anyway (by a rule, or by a principle above caution), the lower margin above which a further principle is named. */
  secondary: number;
  /** Words past which a post's summed weights are scaled down by √(lengthScale / words): see lengthFactor. 0: never. */
  lengthScale: number;
  /** Per principle: bias, the margin above which its finding is `stop`, and weights. */
  principles: Record<Principle, { bias: number; stop: number; weights: Record<string, number> }>;
}

const TRUNCATE_AT = 6;
/** Most principles one post is flagged for: labelled posts rarely bear on more than two. */
export const MAX_PRINCIPLES = 2;

/**
 * How much a post's summed feature weights count. Every word can only add weight, so a long,
 * harmless post about colleagues, family and the office summed past the thresholds the
 * models learned on short posts (a held-out file of 50–90-word posts had 38 % false alarms).
 * Past `lengthScale` words the sum is scaled as if its features were normalised.
 */
export function lengthFactor(words: number, lengthScale: number): number {
  return lengthScale > 0 && words > lengthScale ? Math.sqrt(lengthScale / words) : 1;
}

/** What the hand-written rules already found in a post. */
export interface RuleVerdict {
  /** Whether a rule's finding above info flags the post. */
  flagged: boolean;
  /** The principles the scorer must not name, one bit per index in PRINCIPLES: a rule's finding above info named them, or they are disabled. */
  unnamed: number;
}

/** One bit per principle index, for RuleVerdict.unnamed. */
export const principleBit = (principle: Principle) => 1 << PRINCIPLES.indexOf(principle);

export const NO_RULE_FINDINGS: RuleVerdict = { flagged: false, unnamed: 0 };

/**
 * What the rules' findings tell the scorer, `unnamed` starting from the disabled principles' bits. A
 * note (info: a disclaimer, a private group) silences nothing: "friends only" must not hide a leak
 * the scorer sees.
 */
export function ruleVerdictOf(findings: readonly Pick<Finding, 'principle' | 'severity'>[], unnamed = 0): RuleVerdict {
  let flagged = false;
  for (const finding of findings) {
    if (finding.severity === 'info') continue;
    unnamed |= principleBit(finding.principle);
    flagged = true;
  }
  return { flagged, unnamed };
}

/**
 * The principles a post is flagged for, strongest first, at most MAX_PRINCIPLES: once the gate is
 * open, those above caution. Only a post flagged anyway (by those or by a rule) is also given the
 * principles above the lower `secondary` margin: which principle a risky post bears on is an easier
 * question than whether it is risky, so naming it costs no false alarm.
 */
export function flaggedPrinciples(
  scores: ArrayLike<number>,
  gateOpen: boolean,
  margins: { caution: number; secondary: number },
  rules: RuleVerdict = NO_RULE_FINDINGS,
): number[] {
  const ranked: number[] = [];
  let flagged = rules.flagged;
  for (let p = 0; p < PRINCIPLES.length; p++) {
    if (rules.unnamed & (1 << p) || scores[p] < margins.secondary) continue;
    ranked.push(p);
    if (gateOpen && scores[p] >= margins.caution) flagged = true;
  }
  return flagged ? ranked.sort((a, b) => scores[b] - scores[a]).slice(0, MAX_PRINCIPLES) : [];
}

// Longest first, so "ations" wins over "s". EN, FR and ES inflections and common derivations.
const SUFFIXES = [
  'issements', 'issement', 'ements', 'ations', 'aciones', 'ements', 'amente', 'ement', 'ation', 'acion', 'iones',
  'mente', 'ments', 'ment', 'ings', 'ando', 'iendo', 'ados', 'adas', 'idos', 'idas', 'ites', 'ions', 'ing', 'ado',
  'ada', 'ido', 'ida', 'ees', 'ies', 'ion', 'ite', 'ity', 'ers', 'ed', 'es', 'ee', 'er', 'ly', 'e', 's', 'x',
].sort((a, b) => b.length - a.length);
const MIN_STEM = 3;

/** A light EN/FR/ES stem: strip one common suffix, keeping at least three letters. */
export function stem(word: string, stemmer: Stemmer): string {
  if (stemmer === 'none' || /^\d/.test(word)) return word;
  if (stemmer === 'truncate') return word.slice(0, TRUNCATE_AT);
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= MIN_STEM && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Structural signals from the engine's detectors, and context, as flags. */
const FLAG_DETECTORS: DetectorName[] = ['mention', 'hashtag', 'url', 'email', 'phone', 'gps', 'address', 'room', 'time', 'childAge', 'childName', 'org', 'shouting'];

/** A feature without a number (the space of every feature numbers none). */
const UNNUMBERED = -1;

/** A word pair's feature: `b:<stem>_<stem>` and its number. */
interface PairFeature {
  name: string;
  number: number;
}

/** What a feature space knows of a word: its stem, and the features it starts. */
interface WordFeatures {
  stem: string;
  /** The stem's number in the space: pairs are looked up by numbers, faster than by text. */
  stemNumber: number;
  /** `w:<stem>`, unless the space leaves it out, and its number. */
  name?: string;
  number: number;
  /** The word pairs it starts, by the next word's stem number (none: it starts no pair worth naming). */
  pairs?: Map<number, PairFeature>;
  /** Whether it can end a pair worth naming: most words end none, and need no look-up. */
  endsPairs: boolean;
}

/** A phrase index and the first of the sources the vocabularies take in it (the engine shares its own). */
export interface PhraseSources {
  index: PhraseIndex;
  firstSource: number;
}

/** What the engine already computed for a post, so that the scorer does not compute it again. */
export interface PostSignals {
  detections: Detections;
  /** Hits per source of the shared phrase index. */
  phraseHits: (Hit[] | undefined)[];
}

/** The vocabularies and detectors a featuriser looks for, with a phrase index over those vocabularies. */
export interface FeatureSpace extends PhraseSources {
  lexicons: string[];
  /** Their features' names (`l:<name>`), made once rather than for each post. */
  lexiconFeatures: string[];
  detectors: DetectorName[];
  /** Whether the space names a feature. */
  weighs: (name: string) => boolean;
  /** A trained model's features, numbered, so that a post is scored without looking names up. */
  numbers?: Map<string, number>;
  /** The word pairs worth naming, by first stem then second stem number (undefined: every pair). */
  pairs?: Map<string, Map<number, PairFeature>>;
  /** The second stems' numbers of those pairs. */
  pairEnds?: Set<number>;
  /** Every stem seen, numbered. */
  stemNumbers: Map<string, number>;
  /** The detectors' features' names (`f:<name>`), made once. */
  detectorFeatures: string[];
  /** The numbers of the vocabularies' and detectors' features, looked up once. */
  lexiconNumbers: number[];
  detectorNumbers: number[];
  /** What it knows of each word, per stemmer, remembered: posts repeat the same everyday words. */
  words: Partial<Record<Stemmer, WordMemo<WordFeatures>>>;
}

/** Every feature, or (for a trained model) only those it weighs: fewer phrases and regexes to run. */
export function featureSpace(
  weighted: (name: string) => boolean = () => true,
  { index, firstSource }: PhraseSources = { index: new PhraseIndex(), firstSource: 0 },
): FeatureSpace {
  const lexicons = Object.keys(LEXICONS).sort().filter((name) => weighted(`l:${name}`));
  const addLexicon = (name: string, source: number, seen: Set<string>) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const term of LEXICONS[name] ?? []) {
      if (term.startsWith('@')) addLexicon(term.slice(1), source, seen);
      else index.add(term, source);
    }
  };
  lexicons.forEach((name, k) => addLexicon(name, firstSource + k, new Set()));
  const lexiconFeatures = lexicons.map((name) => `l:${name}`);
  const detectors = FLAG_DETECTORS.filter((name) => weighted(`f:${name}`));
  const detectorFeatures = detectors.map((name) => `f:${name}`);
  const unnumbered = (names: string[]) => names.map(() => UNNUMBERED);
  return {
    lexicons,
    lexiconFeatures,
    lexiconNumbers: unnumbered(lexiconFeatures),
    index,
    firstSource,
    detectors,
    detectorFeatures,
    detectorNumbers: unnumbered(detectorFeatures),
    weighs: weighted,
    words: {},
    stemNumbers: new Map(),
  };
}

function stemNumberOf(stemmed: string, space: Pick<FeatureSpace, 'stemNumbers'>): number {
  let number = space.stemNumbers.get(stemmed);
  if (number === undefined) space.stemNumbers.set(stemmed, (number = space.stemNumbers.size));
  return number;
}

/** A trained model's feature space: only what it weighs, and only the word pairs it knows. */
function weightedSpace(numbers: Map<string, number>, phrases?: PhraseSources): FeatureSpace {
  const space: FeatureSpace = { ...featureSpace((name) => numbers.has(name), phrases), pairs: new Map(), pairEnds: new Set(), numbers };
  space.lexiconNumbers = space.lexiconFeatures.map((name) => numberOf(name, space));
  space.detectorNumbers = space.detectorFeatures.map((name) => numberOf(name, space));
  for (const [name, number] of numbers) {
    if (!name.startsWith('b:')) continue;
    const split = name.indexOf('_');
    const first = name.slice(2, split);
    let seconds = space.pairs!.get(first);
    if (!seconds) space.pairs!.set(first, (seconds = new Map()));
    const second = stemNumberOf(name.slice(split + 1), space);
    seconds.set(second, { name, number });
    space.pairEnds!.add(second);
  }
  return space;
}

function wordFeatures(word: string, stemmer: Stemmer, space: FeatureSpace): WordFeatures {
  const stemmed = /^\d+$/.test(word) ? '#' : stem(word, stemmer);
  const name = `w:${stemmed}`;
  // Without a list of pairs, the space names every pair: this word's are remembered as they come.
  const weighed = space.weighs(name);
  const stemNumber = stemNumberOf(stemmed, space);
  return {
    stem: stemmed,
    stemNumber,
    name: weighed ? name : undefined,
    number: numberOf(name, space),
    pairs: space.pairs ? space.pairs.get(stemmed) : new Map(),
    endsPairs: !space.pairEnds || space.pairEnds.has(stemNumber),
  };
}

/** The pair two words make, if the space names it. */
function pairOf(first: WordFeatures, second: WordFeatures, space: FeatureSpace): PairFeature | undefined {
  let pair = first.pairs?.get(second.stemNumber);
  if (pair === undefined && first.pairs && !space.pairs) {
    const name = `b:${first.stem}_${second.stem}`;
    first.pairs.set(second.stemNumber, (pair = { name, number: numberOf(name, space) }));
  }
  return pair;
}

const numberOf = (name: string, space: FeatureSpace) => space.numbers?.get(name) ?? UNNUMBERED;

// A word's row in ScoredWords: flags, its feature's number, its stem's number, the pairs it starts.
const STATE = 0;
const FEATURE = 1;
const STEM = 2;
const PAIRS = 3;
const ROW = 4;
const KNOWN = 1;
const ENDS_PAIRS = 2;
const NO_PAIRS = -1;

/**
 * What a trained model's space knows of each word (wordFeatures), one row of four numbers per
 * vocabulary word laid end to end in a typed array: the scorer reads neighbouring numbers
 * instead of an object per word spread over the heap. Rows 0 and 1 are scratch rows for
 * words without a number in the vocabulary.
 */
class ScoredWords {
  rows = new Int32Array(ROW * 4096);
  /**
   * The word pairs of the space, by first stem: at a row's PAIRS, how many, then (second stem
   * number, feature number) for each, by second stem number, searched in halves.
   */
  readonly pairs: Int32Array;
  private readonly placeOfPairs = new Map<string, number>();

  constructor(
    private readonly stemmer: Stemmer,
    private readonly space: FeatureSpace,
  ) {
    const firsts = [...(space.pairs ?? [])];
    this.pairs = new Int32Array(firsts.reduce((size, [, seconds]) => size + 1 + 2 * seconds.size, 0));
    let place = 0;
    for (const [first, seconds] of firsts) {
      this.placeOfPairs.set(first, place);
      this.pairs[place++] = seconds.size;
      for (const [second, pair] of [...seconds].sort((a, b) => a[0] - b[0])) {
        this.pairs[place++] = second;
        this.pairs[place++] = pair.number;
      }
    }
  }

  /** The feature of the pair the word at `row` starts with the word at `next`, or UNNUMBERED. */
  pairOf(row: number, next: number): number {
    const { pairs, rows } = this;
    const place = rows[row + PAIRS];
    const second = rows[next + STEM];
    let low = 0;
    let high = pairs[place];
    while (low < high) {
      const middle = (low + high) >> 1;
      const found = pairs[place + 1 + 2 * middle];
      if (found === second) return pairs[place + 2 + 2 * middle];
      if (found < second) low = middle + 1;
      else high = middle;
    }
    return UNNUMBERED;
  }

  /** The row of a token's word; a word without a number goes in scratch row `scratch` (0 or 1). */
  rowOf(token: Token, scratch: number): number {
    const { word } = token;
    if (word === NO_WORD) return this.filled(scratch * ROW, token.text);
    const row = (word + 2) * ROW;
    if (row >= this.rows.length) {
      const larger = new Int32Array(Math.max(this.rows.length * 2, row + ROW));
      larger.set(this.rows);
      this.rows = larger;
    }
    return this.rows[row + STATE] & KNOWN ? row : this.filled(row, token.text);
  }

  private filled(row: number, text: string): number {
    const features = wordFeatures(text, this.stemmer, this.space);
    const place = features.pairs ? this.placeOfPairs.get(features.stem)! : NO_PAIRS;
    this.rows[row + STATE] = KNOWN | (features.endsPairs ? ENDS_PAIRS : 0);
    this.rows[row + FEATURE] = features.number;
    this.rows[row + STEM] = features.stemNumber;
    this.rows[row + PAIRS] = place;
    return row;
  }
}

/** A post's features; `at[i]` is the token a feature sits on (-1 for flags), `numbers[i]` its number in the space. */
export interface Features {
  names: string[];
  at: number[];
  numbers: number[];
}

type FeatureModel = Pick<ScorerModel, 'words' | 'stemmer' | 'bigrams' | 'lexicons'>;

export function featuresOf(text: string, tokens: Token[], ctx: AnalyzeContext, model: FeatureModel, space: FeatureSpace, signals?: PostSignals): Features {
  const names: string[] = [];
  const at: number[] = [];
  const numbers: number[] = [];
  visitFeatures(text, tokens, ctx, model, space, signals, (name, token, number) => {
    names.push(name);
    at.push(token);
    numbers.push(number);
  });
  return { names, at, numbers };
}

/** Calls `add` for features of a post, in order (the scorer counts them as they come, without listing them). */
type FeatureVisitor = (
  text: string,
  tokens: Token[],
  ctx: AnalyzeContext,
  model: FeatureModel,
  space: FeatureSpace,
  signals: PostSignals | undefined,
  add: (name: string, token: number, number: number) => void,
) => void;

/** Every feature: the words' and word pairs', then the post's. */
const visitFeatures: FeatureVisitor = (text, tokens, ctx, model, space, signals, add) => {
  if (model.words && tokens.length) {
    const { stemmer } = model;
    const memo = (space.words[stemmer] ??= new WordMemo((word) => wordFeatures(word, stemmer, space)));
    let next = memo.of(tokens[0]);
    for (let i = 0; i < tokens.length; i++) {
      const word = next;
      if (word.name) add(word.name, i, word.number);
      if (i + 1 === tokens.length) break;
      next = memo.of(tokens[i + 1]);
      if (model.bigrams && word.pairs && next.endsPairs) {
        const pair = pairOf(word, next, space);
        if (pair) add(pair.name, i, pair.number);
      }
    }
  }
  visitPostFeatures(text, tokens, ctx, model, space, signals, add);
};

/** The features after the words': vocabularies, detectors and context. */
const visitPostFeatures: FeatureVisitor = (text, tokens, ctx, model, space, signals, add) => {
  if (model.lexicons) {
    const hits = signals?.phraseHits ?? space.index.run(tokens, space.firstSource + space.lexicons.length, space.firstSource);
    // Loops rather than forEach: closures made for every post cost an allocation each, and more under tsx.
    for (let k = 0; k < space.lexicons.length; k++) {
      const first = hits[space.firstSource + k]?.[0];
      if (first) add(space.lexiconFeatures[k], first.t0, space.lexiconNumbers[k]);
    }
  }
  const detections = signals?.detections ?? new Detections(text);
  for (let k = 0; k < space.detectors.length; k++) {
    if (detections.has(space.detectors[k])) add(space.detectorFeatures[k], -1, space.detectorNumbers[k]);
  }
  if ((ctx.kind ?? 'post') !== 'post') {
    const kind = `f:${ctx.kind}`;
    add(kind, -1, numberOf(kind, space));
  }
  if ((ctx.images ?? 0) > 0) add('f:images', -1, numberOf('f:images', space));
};

/** The principle's main citations in the pack's library (ids of rules/citations.ts). */
const CITATION_IDS: Record<Principle, string[]> = {
  confidentiality: ['sr-1.2i', 'gam-5'],
  'political-impartiality': ['sr-1.2h', 'soc-8-9-33'],
  'public-grievance': ['soc-37'],
  harassment: ['sgb-2019-8-1.3', 'gam-qa-defamation'],
  accuracy: ['unops-3.4c', 'gam-2'],
  'privacy-consent': ['sgb-4.1c', 'guideline-10'],
  'safety-security': ['unops-3.4g', 'act-security'],
  minors: ['act-minors'],
  'official-capacity': ['sgb-3.7', 'act-official'],
  endorsement: ['guideline-9', 'unops-3.4q'],
  'heated-reply': ['gam-4', 'unops-3.4p'],
  anonymity: ['sgb-4.1b', 'unops-3.4l'],
  'intellectual-property': ['sr-rule-1.9', 'sgb-4.1e'],
  'outside-activities': ['sr-1.2op'],
  'conduct-reputation': ['soc-42', 'soc-40'],
};

const say = (en: string, fr: string, es: string): Localized => ({ en, fr, es });

/** Generic per principle: the scorer knows what a passage is like, not which phrase made it so. */
const MESSAGES: Record<Principle, Localized> = {
  confidentiality: say(
    'This passage reads like information that is not public yet. Share only what your organisation has already published on an official channel.',
    'Ce passage ressemble à une information qui n’est pas encore publique. Ne partagez que ce que votre organisation a déjà publié sur un canal officiel.',
    'Este pasaje parece información que aún no es pública. Comparta solo lo que su organización ya ha publicado en un canal oficial.',
  ),
  'political-impartiality': say(
    'This passage seems to take sides on a political or controversial question. As an international civil servant, keep your impartiality in public.',
    'Ce passage semble prendre parti sur une question politique ou controversée. En tant que fonctionnaire international, restez impartial en public.',
    'Este pasaje parece tomar partido en una cuestión política o controvertida. Como funcionario internacional, mantenga su imparcialidad en público.',
  ),
  'public-grievance': say(
    'This passage seems to air a grievance about your work or your organisation in public. Raise it through internal channels instead.',
    'Ce passage semble exprimer en public un grief sur votre travail ou votre organisation. Passez plutôt par les voies internes.',
    'Este pasaje parece expresar en público una queja sobre su trabajo o su organización. Plantéela mejor por los cauces internos.',
  ),
  harassment: say(
    'This passage may humiliate, insult or disparage someone. Criticise ideas, never people, and never in a way that could offend or defame.',
    'Ce passage pourrait humilier, insulter ou dénigrer quelqu’un. Critiquez des idées, jamais des personnes, et jamais de façon blessante ou diffamatoire.',
    'Este pasaje podría humillar, insultar o denigrar a alguien. Critique ideas, nunca a personas, y nunca de forma ofensiva o difamatoria.',
  ),
  accuracy: say(
    'This passage may spread a claim that has not been checked. Verify facts and sources before posting.',
    'Ce passage pourrait diffuser une affirmation non vérifiée. Vérifiez les faits et les sources avant de publier.',
    'Este pasaje podría difundir una afirmación no verificada. Verifique los hechos y las fuentes antes de publicar.',
  ),
  'privacy-consent': say(
    'This passage seems to name, show or describe someone. Make sure they agreed, and leave out health and private details.',
    'Ce passage semble nommer, montrer ou décrire quelqu’un. Assurez-vous de son accord et laissez de côté la santé et la vie privée.',
    'Este pasaje parece nombrar, mostrar o describir a alguien. Asegúrese de que está de acuerdo y omita datos de salud y privados.',
  ),
  'safety-security': say(
    'This passage may reveal where people are, where they go or how premises are protected. That can put them in danger.',
    'Ce passage pourrait révéler où se trouvent des personnes, leurs déplacements ou la protection de locaux. Cela peut les mettre en danger.',
    'Este pasaje podría revelar dónde están las personas, sus desplazamientos o cómo se protegen unos locales. Eso puede ponerlas en peligro.',
  ),
  minors: say(
    'This passage seems to identify a child or where a child is. Do not post anything that could identify a minor.',
    'Ce passage semble identifier un enfant ou l’endroit où il se trouve. Ne publiez rien qui permette d’identifier un·e mineur·e.',
    'Este pasaje parece identificar a un menor o dónde se encuentra. No publique nada que permita identificar a un menor.',
  ),
  'official-capacity': say(
    'This passage seems to speak for your organisation. Official messages belong on official accounts, with written authorisation.',
    'Ce passage semble parler au nom de votre organisation. Les messages officiels vont sur les comptes officiels, avec une autorisation écrite.',
    'Este pasaje parece hablar en nombre de su organización. Los mensajes oficiales van en las cuentas oficiales, con autorización por escrito.',
  ),
  endorsement: say(
    'Sharing or liking this can be read as endorsing it. Check the source, and relay only what you stand behind.',
    'Partager ou aimer ce contenu peut être lu comme une approbation. Vérifiez la source et ne relayez que ce que vous approuvez.',
    'Compartir o dar «me gusta» a esto puede leerse como un respaldo. Compruebe la fuente y difunda solo lo que respalda.',
  ),
  'heated-reply': say(
    'This passage sounds like an answer written in anger. Wait, stay neutral, or leave the reply to your communications team.',
    'Ce passage ressemble à une réponse écrite sous le coup de la colère. Attendez, restez neutre ou laissez répondre votre service de communication.',
    'Este pasaje parece una respuesta escrita en caliente. Espere, mantenga la neutralidad o deje la respuesta a su equipo de comunicación.',
  ),
  anonymity: say(
    'This passage suggests posting under a pseudonym or anonymously about your organisation. Anonymity will not protect you.',
    'Ce passage évoque une publication sous pseudonyme ou anonyme au sujet de votre organisation. L’anonymat ne vous protégera pas.',
    'Este pasaje sugiere publicar con seudónimo o de forma anónima sobre su organización. El anonimato no le protegerá.',
  ),
  'intellectual-property': say(
    'This passage seems to reuse work, photos or material that belong to your organisation or to others. Check the rights first.',
    'Ce passage semble réutiliser des travaux, photos ou contenus qui appartiennent à votre organisation ou à d’autres. Vérifiez d’abord les droits.',
    'Este pasaje parece reutilizar trabajos, fotos o materiales que pertenecen a su organización o a terceros. Compruebe antes los derechos.',
  ),
  'outside-activities': say(
    'This passage seems to use your position or inside knowledge for a side activity. Outside activities need prior approval.',
    'Ce passage semble mettre votre fonction ou des informations internes au service d’une activité extérieure. Celle-ci exige une autorisation préalable.',
    'Este pasaje parece usar su cargo o información interna para una actividad externa. Las actividades externas requieren autorización previa.',
  ),
  'conduct-reputation': say(
    'This passage describes behaviour that could reflect badly on your organisation or offend local culture.',
    'Ce passage décrit un comportement qui pourrait nuire à l’image de votre organisation ou heurter la culture locale.',
    'Este pasaje describe un comportamiento que podría perjudicar la imagen de su organización u ofender la cultura local.',
  ),
};

/** A sentence: up to its full stops, question or exclamation marks, or a line's end. */
const SENTENCE = /[^.!?\n]+[.!?]*/g;

/** The sentences of a text, as trimmed ranges of the original. */
function sentencesOf(text: string): [number, number][] {
  // The regular expression finds them twice as fast as a loop over the characters; each is trimmed as String.prototype.trim would.
  const ranges: [number, number][] = [];
  SENTENCE.lastIndex = 0;
  for (let match = SENTENCE.exec(text); match; match = SENTENCE.exec(text)) {
    let start = match.index;
    let end = start + match[0].length;
    while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
    while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) ranges.push([start, end]);
  }
  return ranges;
}

/** A post's weighed features, each once, in order of first appearance, and the token each first sits on (-1 for flags). */
interface Weighed {
  ids: Int32Array;
  at: Int32Array;
}

export interface Scorer {
  /** Findings for the principles whose margin passes the caution threshold. */
  findings(text: string, tokens: Token[], ctx: AnalyzeContext, signals?: PostSignals, rules?: RuleVerdict): Finding[];
  /** How many sources its vocabularies take in the phrase index. */
  lexiconSources: number;
}

/** A scorer; given the engine's phrase index, its vocabularies are matched in the engine's one pass over the words. */
export function createScorer(model: ScorerModel, citationLibrary: Record<string, Citation>, phrases?: PhraseSources): Scorer {
  // The principles' models in PRINCIPLES order, then the gate.
  const models = [...PRINCIPLES.map((principle) => model.principles[principle]), model.gate];
  const gate = PRINCIPLES.length;
  const margins = { caution: model.caution, secondary: model.secondary };
  // Every weighed feature gets a number f, in order of first appearance in the models.
  const featureOf = new Map<string, number>(); // the space's numbers
  for (const entry of models) for (const name of Object.keys(entry.weights)) if (!featureOf.has(name)) featureOf.set(name, featureOf.size);
  // Model m's weight of feature f is modelWeights[f * modelCount + m], 0 without one (adding it changes
  // no sum): a post's margin in a model is a sum kept in a register, instead of sparse (model, weight)
  // entries per feature added to the models' sums in memory, the scorer's hottest loop on long posts.
  // A feature's weights sit together: a post's features are read from ~300 places of the table (under
  // 1 MB: ~7,500 features, 16 models) rather than from ~300 in each model's row, which pushed out of
  // the cache what the rest of the analysis reads.
  const modelCount = models.length;
  const modelWeights = new Float64Array(modelCount * featureOf.size);
  models.forEach((entry, m) => {
    for (const [name, weight] of Object.entries(entry.weights)) modelWeights[featureOf.get(name)! * modelCount + m] = weight;
  });
  /** A model's weights of the features, summed in their order. */
  const weightSum = (m: number, ids: Int32Array): number => {
    let sum = 0;
    for (let i = 0; i < ids.length; i++) sum += modelWeights[ids[i] * modelCount + m];
    return sum;
  };
  const biases = Float64Array.from(models, (entry) => entry.bias);
  const space = weightedSpace(featureOf, phrases);
  const citations = Object.fromEntries(
    PRINCIPLES.map((principle) => [principle, CITATION_IDS[principle].map((id) => citationLibrary[id]).filter(Boolean)]),
  ) as Record<Principle, Citation[]>;
  // Which features a post already counted: a stamp per feature, new for each post, instead of a set per post.
  const countedIn = new Uint32Array(featureOf.size);
  let post = 0;
  const words = new ScoredWords(model.stemmer, space);
  // The weighed features of the post being scored, in order of first appearance, and the token each first
  // sits on (-1 for flags): written in arrays made once per scorer (a post counts a feature once, so there is
  // always room) rather than in arrays grown for every post. What counts them is made once too (as for the
  // engine's helpers, each closure made per post costs an allocation and more).
  const featureIds = new Int32Array(featureOf.size);
  const featureAt = new Int32Array(featureOf.size);
  let counted = 0;
  const count = (feature: number, token: number) => {
    if (feature === UNNUMBERED || countedIn[feature] === post) return;
    countedIn[feature] = post;
    featureIds[counted] = feature;
    featureAt[counted++] = token;
  };
  const countPostFeature = (_name: string, token: number, feature: number) => count(feature, token);

  /** The weighed features of a post, each once, in order of first appearance with the token it first sits on. */
  function weighedFeatures(text: string, tokens: Token[], ctx: AnalyzeContext, signals?: PostSignals): Weighed {
    counted = 0;
    post = (post + 1) >>> 0 || 1;
    // The words' features as visitFeatures gives them, read from the words' rows.
    if (model.words && tokens.length) {
      let next = words.rowOf(tokens[0], 0);
      for (let i = 0; i < tokens.length; i++) {
        const row = next;
        if (i + 1 < tokens.length) next = words.rowOf(tokens[i + 1], (i + 1) & 1);
        // Read after rowOf, which may have made them larger.
        const { rows } = words;
        count(rows[row + FEATURE], i);
        if (i + 1 === tokens.length) break;
        if (model.bigrams && rows[row + PAIRS] !== NO_PAIRS && rows[next + STATE] & ENDS_PAIRS) count(words.pairOf(row, next), i);
      }
    }
    visitPostFeatures(text, tokens, ctx, model, space, signals, countPostFeature);
    return { ids: featureIds.subarray(0, counted), at: featureAt.subarray(0, counted) };
  }

  function gateOpens(weighed: Weighed, factor: number): boolean {
    // While the gate stays closed, the principles' scores do not matter.
    return biases[gate] + factor * weightSum(gate, weighed.ids) >= model.gate.caution;
  }

  // The margins of the post being scored: one array for every post, as a typed array this large is made outside the heap, slowly.
  const postScores = new Float64Array(PRINCIPLES.length);

  /** Log-odds per principle, in PRINCIPLES order; those in `unnamed` (bits as in RuleVerdict) cannot be named and are left at 0. */
  function marginsOf(weighed: Weighed, factor: number, unnamed: number): Float64Array {
    for (let p = 0; p < postScores.length; p++) postScores[p] = unnamed & (1 << p) ? 0 : biases[p] + factor * weightSum(p, weighed.ids);
    return postScores;
  }

  /** The sentence each weighed feature sits in (-1 for flags), found once for every principle's excerpt. */
  function sentencesOfFeatures(tokens: Token[], weighed: Weighed, sentences: [number, number][]): Int32Array {
    const sentenceOf = new Int32Array(weighed.at.length).fill(-1);
    let sentence = 0;
    for (let i = 0; i < weighed.at.length; i++) {
      const token = weighed.at[i];
      if (token < 0) continue;
      const start = tokens[token].start;
      while (sentence > 0 && sentences[sentence][0] > start) sentence--;
      while (sentence + 1 < sentences.length && sentences[sentence][1] <= start) sentence++;
      sentenceOf[i] = sentence;
    }
    return sentenceOf;
  }

  /** For each principle, the sentence whose words weigh most towards it. */
  function excerptsOf(text: string, sentences: [number, number][], sentenceOf: Int32Array, weighed: Weighed, principles: number[]): [number, number][] {
    const weightOfSentence = principles.map(() => new Float64Array(sentences.length));
    const { ids } = weighed;
    for (let k = 0; k < principles.length; k++) {
      const m = principles[k];
      const weights = weightOfSentence[k];
      for (let i = 0; i < ids.length; i++) if (sentenceOf[i] >= 0) weights[sentenceOf[i]] += modelWeights[ids[i] * modelCount + m];
    }
    return weightOfSentence.map((weights) => {
      let best = 0;
      for (let s = 1; s < sentences.length; s++) if (weights[s] > weights[best]) best = s;
      return sentences[best] ?? [0, text.length];
    });
  }

  function findings(text: string, tokens: Token[], ctx: AnalyzeContext, signals?: PostSignals, rules = NO_RULE_FINDINGS): Finding[] {
    if (!tokens.length) return [];
    const weighed = weighedFeatures(text, tokens, ctx, signals);
    const factor = lengthFactor(tokens.length, model.lengthScale);
    const gateOpen = gateOpens(weighed, factor);
    // A post the gate keeps closed and no rule flagged gets nothing: its principles' scores do not matter.
    if (!gateOpen && !rules.flagged) return [];
    const scores = marginsOf(weighed, factor, rules.unnamed);
    const flagged = flaggedPrinciples(scores, gateOpen, margins, rules);
    if (!flagged.length) return [];
    const sentences = sentencesOf(text);
    const sentenceOf = sentencesOfFeatures(tokens, weighed, sentences);
    const cited = flagged.filter((index) => citations[PRINCIPLES[index]].length);
    const excerpts = excerptsOf(text, sentences, sentenceOf, weighed, cited);
    const found: Finding[] = [];
    for (const [k, index] of cited.entries()) {
      const principle = PRINCIPLES[index];
      const severity: Severity = scores[index] >= model.principles[principle].stop ? 'stop' : 'caution';
      const [start, end] = excerpts[k];
      found.push({
        rule: `scorer.${principle}`,
        principle,
        severity,
        excerpt: text.slice(start, end),
        start,
        end,
        message: MESSAGES[principle],
        citations: citations[principle],
      });
    }
    return found;
  }

  return { findings, lexiconSources: space.lexicons.length };
}
