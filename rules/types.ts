// The engine's vocabulary. Everything outside rules/ (the CLI, the content script,
// the dialog, the popup) speaks in these types; change them with care.

export const PRINCIPLES = [
  'confidentiality',
  'political-impartiality',
  'public-grievance',
  'harassment',
  'accuracy',
  'privacy-consent',
  'safety-security',
  'minors',
  'official-capacity',
  'endorsement',
  'heated-reply',
  'anonymity',
  'intellectual-property',
  'outside-activities',
  'conduct-reputation',
] as const;
export type Principle = (typeof PRINCIPLES)[number];

export const SEVERITIES = ['info', 'caution', 'stop'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A post's verdict: the highest severity above `info`, or `ok`. */
export type Verdict = 'ok' | 'caution' | 'stop';

export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export const PLATFORMS = ['x', 'facebook', 'instagram', 'linkedin'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const POST_KINDS = ['post', 'reply', 'comment'] as const;
export type PostKind = (typeof POST_KINDS)[number];

export const SOURCE_IDS = [
  'unops-oi-2019-02',
  'un-sgb-2019-5',
  'un-cascade-2023',
  'gam-guide',
  'act-alliance-policy',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/** The same text in the three languages of the product. */
export interface Localized {
  en: string;
  fr: string;
  es: string;
}

/** Where a rule comes from: the document's own French quote, rendered in EN and ES. */
export interface Citation {
  source: SourceId | string;
  section: string;
  /** Short quote in the document's original language (French for the seeds). */
  quote: string;
  en: string;
  es: string;
}

export interface Finding {
  rule: string;
  principle: Principle;
  severity: Severity;
  /** Exactly text.slice(start, end) of the analysed text. */
  excerpt: string;
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  message: Localized;
  citations: Citation[];
}

export interface Organization {
  name: string;
  aliases?: string[];
}

export interface AnalyzeContext {
  platform?: Platform;
  kind?: PostKind;
  /** Attached images or videos. */
  images?: number;
  /** Lets rules tell "about my organisation" from "on behalf of my organisation". */
  organization?: Organization;
}

export interface Analysis {
  verdict: Verdict;
  /** Dominant language detected in the text (the UI may use it for nothing more than display). */
  language: Language;
  findings: Finding[];
}

/** A "this is wrong" mark: the rule stops firing on this phrase. */
export interface AllowEntry {
  rule: string;
  phrase: string;
}

// ── The "publish or don't publish" flowchart, as data (rules/flowchart.ts holds it) ──

export const OUTCOMES = ['publish', 'dont-publish', 'wait', 'ask-advice'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface FlowchartAnswer {
  id: string; // 'yes' | 'no' | 'not-sure' …
  label: Localized;
  /** Either the next question's id or an outcome ends the walk. */
  next?: string;
  outcome?: Outcome;
}

export interface FlowchartQuestion {
  id: string;
  text: Localized;
  citations: Citation[];
  /** Principles whose findings bear on this question (used to pre-answer it). */
  principles: Principle[];
  answers: FlowchartAnswer[];
}

export interface Flowchart {
  start: string;
  questions: FlowchartQuestion[];
  outcomes: Record<Outcome, { label: Localized; description: Localized }>;
}

/** The flowchart walked from a post's findings. */
export interface FlowchartWalk {
  /** question id → answer id, for the questions the findings bear on. */
  answers: Record<string, string>;
  /** question ids, in order, along the path the answers imply. */
  path: string[];
  outcome: Outcome;
  /** question id → rule ids that pre-answered it. */
  reasons: Record<string, string[]>;
}

// ── Rule packs (the built-in pack and an organisation's pack share this format) ──

/**
 * What a clause refers to: `@name` a lexicon of the pack (or the built-in pack),
 * `#name` a structural detector (mention, url, childAge…), `/source/` a regular
 * expression run on the normalised text, anything else a phrase. Phrases are
 * matched word by word on normalised text: `word*` is a prefix, `#` any number,
 * `..` a gap of up to three words.
 */
export type TermRef = string;

export interface RuleClause {
  /** The finding's excerpt: any of these. */
  any: TermRef[];
  /** Each group must also be found (near the excerpt when `within` is set). */
  all?: TermRef[][];
  /** No finding when any of these is found (near the excerpt when `within` is set). */
  none?: TermRef[];
  /** Most words allowed between the excerpt and the other signals; omitted = anywhere in the post. */
  within?: number;
  /** Most words between the excerpt and a `none` signal (default: `within`). */
  noneWithin?: number;
  /** Least number of `any` matches in the post. */
  min?: number;
  kinds?: PostKind[];
  platforms?: Platform[];
  /** Least number of attached images. */
  minImages?: number;
}

export interface Rule {
  id: string;
  principle: Principle;
  severity: Severity;
  /** Other principles the same match bears on: each gets a finding of its own. */
  also?: Principle[];
  /** The rule fires when any clause matches. */
  when: RuleClause[];
  message: Localized;
  /** Ids in the citation library (the built-in one or the pack's own `citations`). */
  cite?: string[];
  /** Citations written inline. */
  citations?: Citation[];
}

export interface RulePack {
  id: string;
  description?: string;
  lexicons?: Record<string, string[]>;
  citations?: Record<string, Citation>;
  rules?: Rule[];
  /** Built-in rule ids switched off by this pack. */
  disable?: string[];
  /** Built-in rule id → new severity. */
  severity?: Record<string, Severity>;
}

/** The problems a rule pack can have beyond its shape, named so that a UI can word them in its language. */
export const PACK_PROBLEM_CODES = [
  'unknownLexicon', 'unknownDetector', 'lexiconHoldsPhrases', 'duplicateRule', 'unknownCitation', 'noBuiltInRule', 'unsafeRegex', 'missingCitation',
] as const;
export type PackProblemCode = (typeof PACK_PROBLEM_CODES)[number];

export interface PackError {
  ruleId?: string;
  path: string;
  /** In English (the CLI, logs); `code` and `subject` say the same for a UI in another language. */
  message: string;
  code?: PackProblemCode;
  /** What the problem is about, as written in the pack (a lexicon, a detector, a citation id, a pattern). */
  subject?: string;
}
