// The engine: compiles a rule pack once (phrase index, detectors, regexes) and
// analyses posts against it.

import type {
  AllowEntry,
  Analysis,
  AnalyzeContext,
  Citation,
  Finding,
  Organization,
  Principle,
  Rule,
  RuleClause,
  RulePack,
  Severity,
  Verdict,
} from './types';
import { normalize, type Normalized } from './normalize';
import { Detections, DETECTOR_NAMES, type DetectorName } from './detectors';
import { PhraseIndex, TextHit, tokenize, wordDistance, type Hit, type Token } from './match';
import { detectLanguage } from './language';
import { createScorer, principleBit, ruleVerdictOf, type ScorerModel } from './scorer';
import SCORER_MODEL from './scorer-model.json';

export interface EngineOptions {
  orgPack?: RulePack;
  disabledPrinciples?: Principle[];
  allowList?: AllowEntry[];
  organization?: Organization;
}

export interface Engine {
  analyze(text: string, ctx?: AnalyzeContext): Analysis;
}

type Source =
  | { kind: 'phrases' }
  | { kind: 'detector'; name: DetectorName }
  | { kind: 'regex'; pattern: RegExp }
  | { kind: 'organization' };

/**
 * A clause's signals, as groups: each group is a union of sources, computed once per post; and its
 * conditions, copied so that every compiled clause has one shape. The pack's clauses have many
 * (each its own set of keys): reading their fields in the rules' loop was a slow, megamorphic look-up.
 */
interface CompiledClause {
  any: number;
  all: number[];
  none: number | undefined;
  within: RuleClause['within'];
  noneWithin: RuleClause['noneWithin'];
  min: RuleClause['min'];
  kinds: RuleClause['kinds'];
  platforms: RuleClause['platforms'];
  minImages: RuleClause['minImages'];
}

interface CompiledRule {
  rule: Rule;
  severity: Severity;
  clauses: CompiledClause[];
  citations: Citation[];
  /** Its principle, then those it also bears on. */
  principles: Principle[];
  /**
   * The phrase sources of its clauses' `any` groups, when those groups hold nothing else:
   * a post with none of them cannot fire the rule, which is then skipped. Undefined: always evaluated.
   */
  triggers: number[] | undefined;
}

/** Strongest first; compared as strings, faster in a sort than a keyed look-up. */
const severityRank = (severity: Severity) => (severity === 'stop' ? 2 : severity === 'caution' ? 1 : 0);
const bySeverityThenStart = (a: Finding, b: Finding) => severityRank(b.severity) - severityRank(a.severity) || a.start - b.start;
const NO_HITS: Hit[] = [];
const MAX_FINDINGS_PER_RULE = 3;

/** The pack a post is checked against: the built-in one with an organisation's merged over it. */
export function mergePacks(builtIn: RulePack, orgPack?: RulePack): RulePack {
  if (!orgPack) return builtIn;
  const lexicons: Record<string, string[]> = { ...builtIn.lexicons };
  for (const [name, terms] of Object.entries(orgPack.lexicons ?? {})) lexicons[name] = [...(lexicons[name] ?? []), ...terms];
  const disabled = new Set(orgPack.disable ?? []);
  const regraded = orgPack.severity ?? {};
  const replaced = new Set((orgPack.rules ?? []).map((rule) => rule.id));
  const rules = (builtIn.rules ?? [])
    .filter((rule) => !disabled.has(rule.id) && !replaced.has(rule.id))
    .map((rule) => (regraded[rule.id] ? { ...rule, severity: regraded[rule.id] } : rule));
  return {
    id: `${builtIn.id}+${orgPack.id}`,
    lexicons,
    citations: { ...builtIn.citations, ...orgPack.citations },
    rules: [...rules, ...(orgPack.rules ?? [])],
  };
}

/** Compiles a (valid, merged) pack. */
export function compileEngine(pack: RulePack, options: Omit<EngineOptions, 'orgPack'> = {}): Engine {
  const sources: Source[] = [];
  const sourceByRef = new Map<string, number>();
  const phrases = new PhraseIndex();
  const lexicons = pack.lexicons ?? {};

  const addPhrasesOfLexicon = (name: string, source: number, seen: Set<string>) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const term of lexicons[name] ?? []) {
      if (term.startsWith('@')) addPhrasesOfLexicon(term.slice(1), source, seen);
      else phrases.add(term, source);
    }
  };

  const sourceOf = (ref: string): number => {
    const known = sourceByRef.get(ref);
    if (known !== undefined) return known;
    const id = sources.length;
    if (ref.startsWith('@')) {
      sources.push({ kind: 'phrases' });
      addPhrasesOfLexicon(ref.slice(1), id, new Set());
    } else if (ref === '#org') {
      sources.push({ kind: 'organization' });
    } else if (ref.startsWith('#') && DETECTOR_NAMES.includes(ref.slice(1) as DetectorName)) {
      sources.push({ kind: 'detector', name: ref.slice(1) as DetectorName });
    } else if (ref.length > 2 && ref.startsWith('/') && ref.endsWith('/')) {
      sources.push({ kind: 'regex', pattern: new RegExp(ref.slice(1, -1), 'g') });
    } else {
      sources.push({ kind: 'phrases' });
      phrases.add(ref, id);
    }
    sourceByRef.set(ref, id);
    return id;
  };

  const groups: number[][] = [];
  const groupByKey = new Map<string, number>();
  const groupOf = (refs: string[]): number => {
    const sourceIds = [...new Set(refs.map(sourceOf))].sort((a, b) => a - b);
    const key = sourceIds.join(',');
    let id = groupByKey.get(key);
    if (id === undefined) {
      groupByKey.set(key, (id = groups.length));
      groups.push(sourceIds);
    }
    return id;
  };

  const disabledPrinciples = new Set(options.disabledPrinciples ?? []);
  let disabledBits = 0;
  for (const principle of disabledPrinciples) disabledBits |= principleBit(principle);
  const citationLibrary = pack.citations ?? {};
  const rules: CompiledRule[] = (pack.rules ?? [])
    .filter((rule) => !disabledPrinciples.has(rule.principle))
    .map((rule) => {
      const clauses = rule.when.map((clause): CompiledClause => ({
        any: groupOf(clause.any),
        all: (clause.all ?? []).map(groupOf),
        none: clause.none?.length ? groupOf(clause.none) : undefined,
        within: clause.within,
        noneWithin: clause.noneWithin,
        min: clause.min,
        kinds: clause.kinds,
        platforms: clause.platforms,
        minImages: clause.minImages,
      }));
      const anySources = [...new Set(clauses.flatMap((clause) => groups[clause.any]))];
      return {
        rule,
        severity: rule.severity,
        citations: [...(rule.cite ?? []).map((id) => citationLibrary[id]).filter(Boolean), ...(rule.citations ?? [])],
        principles: [rule.principle, ...(rule.also ?? [])],
        triggers: anySources.every((source) => sources[source].kind === 'phrases') ? anySources : undefined,
        clauses,
      };
    });

  // Whether a group has a hit is asked of its phrase sources first: they are known, detectors and
  // regular expressions may have to run. Groups of phrases alone are asked before anything runs.
  const isPhrases = (source: number) => sources[source].kind === 'phrases';
  const probeOrders = groups.map((members) => [...members.filter(isPhrases), ...members.filter((source) => !isPhrases(source))]);
  const phrasesOnly = groups.map((members) => members.every(isPhrases));

  // The longest hit of each source (-1: not yet measured), for hasHitNear: one array for every post, reset for each.
  const spans = new Int32Array(sources.length);

  const allowList = (options.allowList ?? []).map((entry) => ({ rule: entry.rule, phrase: normalize(entry.phrase).text.trim() }));
  // The scorer's vocabularies join the phrase index: one pass over the words finds both.
  const scorerSources = sources.length;
  const scorer = createScorer(SCORER_MODEL as ScorerModel, citationLibrary, { index: phrases, firstSource: scorerSources });
  for (let k = 0; k < scorer.lexiconSources; k++) sources.push({ kind: 'phrases' });

  // The post being analysed, for the helpers below. They are made once per engine rather than for
  // each post: every closure made costs an allocation, and where function names are kept (as
  // under tsx) a property definition too, about 0.3 µs each.
  let normalized: Normalized;
  let tokens: Token[];
  let phraseHits: (Hit[] | undefined)[];
  let organization: Organization | undefined;
  let detections: Detections;
  let computed: (Hit[] | undefined)[];
  let unions: (Hit[] | undefined)[];

  const hitsOf = (source: number): Hit[] => {
    let hits = computed[source];
    if (hits) return hits;
    const spec = sources[source];
    if (spec.kind === 'phrases') hits = phraseHits[source] ?? NO_HITS;
    else if (spec.kind === 'detector') hits = toHits(detections.of(spec.name), tokens);
    else if (spec.kind === 'organization') hits = organizationHits(detections, normalized, tokens, organization);
    else hits = regexHits(spec.pattern, normalized.text, normalized.starts, normalized.ends, tokens);
    computed[source] = hits;
    return hits;
  };
  const spanOf = (source: number): number => (spans[source] >= 0 ? spans[source] : (spans[source] = longestSpan(hitsOf(source))));
  /** A group's hits in text order (anchors are taken from them in that order). */
  const unionOf = (group: number): Hit[] => {
    let hits = unions[group];
    if (!hits) {
      const members = groups[group];
      hits = hitsOf(members[0]);
      for (let k = 1; k < members.length; k++) hits = mergeByStart(hits, hitsOf(members[k]));
      unions[group] = hits;
    }
    return hits;
  };
  // Whether a group has a hit (near an anchor) is asked of its sources one by one: no union is made.
  const hasHit = (group: number): boolean => {
    const members = probeOrders[group];
    for (let k = 0; k < members.length; k++) {
      const source = members[k];
      const spec = sources[source];
      // A detector not yet run over the whole post stops at its first match.
      if (spec.kind === 'detector' && !computed[source] ? detections.has(spec.name) : hitsOf(source).length) return true;
    }
    return false;
  };
  const hasNear = (group: number, anchor: Hit, within: number): boolean => {
    const members = probeOrders[group];
    for (let k = 0; k < members.length; k++) {
      const source = members[k];
      const spec = sources[source];
      // A detector not yet run over the whole post is run, if it can be, only around the anchor.
      const near = spec.kind === 'detector' && !computed[source] ? detectorHitsAround(spec.name, anchor, within) : undefined;
      if (near ? hasHitNear(near, longestSpan(near), anchor, within) : hasHitNear(hitsOf(source), spanOf(source), anchor, within)) return true;
    }
    return false;
  };
  /**
   * A detector's hits that may lie within `within` words of the anchor, found around it alone (undefined:
   * the detector cannot be run so): such a hit starts before the end of the word `within` after the
   * anchor and ends after the start of the word `within` + 1 before it (past the first or the last
   * word, from the text's start or to its end).
   */
  const detectorHitsAround = (name: DetectorName, anchor: Hit, within: number): Hit[] | undefined => {
    const before = anchor.t0 - within - 1;
    const after = anchor.t1 + within;
    const from = before < 0 ? 0 : tokens[before].start;
    const to = after >= tokens.length - 1 ? detections.text.length : tokens[after].end;
    const ranges = detections.overlapping(name, from, to);
    return ranges && toHits(ranges, tokens);
  };
  const allHit = (all: number[]): boolean => {
    for (let k = 0; k < all.length; k++) if (!hasHit(all[k])) return false;
    return true;
  };
  const allPhraseGroupsHit = (all: number[]): boolean => {
    for (let k = 0; k < all.length; k++) if (phrasesOnly[all[k]] && !hasHit(all[k])) return false;
    return true;
  };
  const allNear = (all: number[], anchor: Hit, within: number): boolean => {
    for (let k = 0; k < all.length; k++) if (!hasNear(all[k], anchor, within)) return false;
    return true;
  };

  function analyze(text: string, ctx: AnalyzeContext = {}): Analysis {
    normalized = normalize(text);
    tokens = tokenize(normalized);
    // The scorer needs only the first hit of each of its vocabularies.
    phraseHits = phrases.run(tokens, sources.length, scorerSources);
    organization = ctx.organization ?? options.organization;
    detections = new Detections(text);
    computed = new Array(sources.length);
    unions = new Array(groups.length);
    spans.fill(-1);

    const findings: Finding[] = [];
    for (const compiled of rules) {
      if (compiled.triggers && !someHit(phraseHits, compiled.triggers)) continue;
      const anchors: Hit[] = [];
      for (const clause of compiled.clauses) {
        const { any, all, none } = clause;
        if (!contextAllows(clause, ctx) || !allPhraseGroupsHit(all)) continue;
        const candidates = unionOf(any);
        if (!candidates.length || candidates.length < (clause.min ?? 1)) continue;
        const within = clause.within;
        if (within === undefined && clause.noneWithin === undefined && none !== undefined && hasHit(none)) continue;
        if (!allHit(all)) continue;
        const noneWithin = clause.noneWithin ?? within;
        for (const anchor of candidates) {
          if (within !== undefined && !allNear(all, anchor, within)) continue;
          if (noneWithin !== undefined && none !== undefined && hasNear(none, anchor, noneWithin)) continue;
          // Overlapping matches of one rule are one finding.
          if (!overlapsAny(anchors, anchor)) anchors.push(anchor);
          if (anchors.length >= MAX_FINDINGS_PER_RULE) break;
        }
        if (anchors.length >= MAX_FINDINGS_PER_RULE) break;
      }
      for (const anchor of anchors) {
        const excerpt = text.slice(anchor.start, anchor.end);
        if (isAllowed(compiled.rule.id, excerpt, allowList)) continue;
        for (const principle of compiled.principles) {
          if (disabledPrinciples.has(principle)) continue;
          findings.push({
            rule: compiled.rule.id,
            principle,
            severity: compiled.severity,
            excerpt,
            start: anchor.start,
            end: anchor.end,
            message: compiled.rule.message,
            citations: compiled.citations,
          });
        }
      }
    }
    // The learned scorer (rules/scorer.ts) speaks only for principles no rule found:
    // a rule's finding is more precise (its own excerpt and message). It also speaks
    // when rules found other principles: on held-out posts, keeping it quiet there
    // cost 0.03 principle recall and saved no false alarm.
    for (const finding of scorer.findings(text, tokens, ctx, { detections, phraseHits }, ruleVerdictOf(findings, disabledBits))) {
      if (!isAllowed(finding.rule, finding.excerpt, allowList)) findings.push(finding);
    }
    findings.sort(bySeverityThenStart);
    return { verdict: verdictOf(findings), language: detectLanguage(tokens), findings };
  }

  return { analyze };
}

export function verdictOf(findings: Finding[]): Verdict {
  let verdict: Verdict = 'ok';
  for (const finding of findings) {
    if (finding.severity === 'stop') return 'stop';
    if (finding.severity === 'caution') verdict = 'caution';
  }
  return verdict;
}

/**
 * Two lists of hits in text order as one, the first's before the second's on a tie
 * (as a stable sort of both would have them), in one pass.
 */
function mergeByStart(first: Hit[], second: Hit[]): Hit[] {
  if (!second.length) return first;
  if (!first.length) return second;
  const merged: Hit[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) merged.push(second[j].start < first[i].start ? second[j++] : first[i++]);
  while (i < first.length) merged.push(first[i++]);
  while (j < second.length) merged.push(second[j++]);
  return merged;
}

function someHit(phraseHits: (Hit[] | undefined)[], sources: number[]): boolean {
  for (let k = 0; k < sources.length; k++) if (phraseHits[sources[k]]) return true;
  return false;
}

function overlapsAny(hits: Hit[], hit: Hit): boolean {
  for (let k = 0; k < hits.length; k++) if (hits[k].start < hit.end && hit.start < hits[k].end) return true;
  return false;
}

/** The most words one of the hits covers. */
function longestSpan(hits: Hit[]): number {
  let span = 0;
  for (const hit of hits) span = Math.max(span, hit.t1 - hit.t0);
  return span;
}

/**
 * Whether a hit lies within `within` words of the anchor, given the hits' longest
 * span. Hits are in text order, so a binary search finds the window: the check
 * stays logarithmic and a long post stays linear overall.
 */
function hasHitNear(hits: Hit[], span: number, anchor: Hit, within: number): boolean {
  if (!hits.length) return false;
  const from = anchor.t0 - within - span;
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (hits[mid].t0 < from) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < hits.length && hits[i].t0 <= anchor.t1 + within; i++) if (wordDistance(anchor, hits[i]) <= within) return true;
  return false;
}

function contextAllows(clause: CompiledClause, ctx: AnalyzeContext): boolean {
  if (clause.kinds && !clause.kinds.includes(ctx.kind ?? 'post')) return false;
  if (clause.platforms && (!ctx.platform || !clause.platforms.includes(ctx.platform))) return false;
  if (clause.minImages !== undefined && (ctx.images ?? 0) < clause.minImages) return false;
  return true;
}

function isAllowed(ruleId: string, excerpt: string, allowList: { rule: string; phrase: string }[]): boolean {
  if (!allowList.length) return false;
  const normalizedExcerpt = normalize(excerpt).text.trim();
  return allowList.some((entry) => entry.rule === ruleId && entry.phrase.length > 0 && normalizedExcerpt === entry.phrase);
}

/**
 * Hits for ranges of the original text, with the words they cover: [t0, t1) from the first word
 * ending after the range's start to the first starting at or after its end.
 * Ranges come in text order: the first word of each is searched from the previous one's on.
 */
function toHits(ranges: [number, number][], tokens: Token[]): Hit[] {
  const hits: Hit[] = [];
  let t0 = 0;
  let previousStart = 0;
  for (let r = 0; r < ranges.length; r++) {
    const [start, end] = ranges[r];
    if (start < previousStart) t0 = 0;
    previousStart = start;
    while (t0 < tokens.length && tokens[t0].end <= start) t0++;
    let t1 = t0;
    while (t1 < tokens.length && tokens[t1].start < end) t1++;
    hits.push(new TextHit(start, end, t0, t1));
  }
  return hits;
}

function regexHits(pattern: RegExp, normalizedText: string, starts: Int32Array, ends: Int32Array, tokens: Token[]): Hit[] {
  const ranges: [number, number][] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(normalizedText); match; match = pattern.exec(normalizedText)) {
    if (!match[0].length) {
      pattern.lastIndex++;
      continue;
    }
    ranges.push([starts[match.index], ends[match.index + match[0].length - 1]]);
  }
  return toHits(ranges, tokens);
}

/** The organisation's acronyms, plus its configured name and aliases (matched on normalised text). */
function organizationHits(detections: Detections, normalized: Normalized, tokens: Token[], organization?: Organization): Hit[] {
  const { text: normalizedText, starts, ends } = normalized;
  const ranges = [...detections.of('org')];
  for (const name of organization ? [organization.name, ...(organization.aliases ?? [])] : []) {
    const needle = normalize(name).text.trim();
    if (needle.length < 2) continue;
    for (let at = normalizedText.indexOf(needle); at >= 0; at = normalizedText.indexOf(needle, at + 1)) {
      const before = normalizedText.charCodeAt(at - 1);
      const after = normalizedText.charCodeAt(at + needle.length);
      if (isAlnum(before) || isAlnum(after)) continue;
      ranges.push([starts[at], ends[at + needle.length - 1]]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  return toHits(ranges, tokens);
}

const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
