// Phrase matching over the tokens of the normalised text: every phrase of every
// lexicon is indexed by its first word, so one pass over the words finds them all.

import { normalize, type Normalized } from './normalize';

export interface Token {
  /** Normalised text of the word. */
  text: string;
  /** The word's number in the vocabulary, or NO_WORD when the vocabulary is full. */
  word: number;
  /** Range in the original text. */
  start: number;
  end: number;
}

export const NO_WORD = -1;
/** Most words numbered while tokenising (posts repeat everyday words): memory stays bounded. */
const MAX_TOKENISED_WORDS = 16384;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;
const hashStep = (hash: number, code: number) => Math.imul(hash ^ code, FNV_PRIME);

/**
 * Every distinct word seen, numbered, so that matchers remember what they know
 * about a word in an array instead of looking it up by its text each time.
 * Words of phrases always get a number; other words until MAX_TOKENISED_WORDS have one.
 * An open-addressing table over the words' hashes finds a word of a post from
 * the characters of the text, without cutting it out first. A slot holds a word's
 * hash beside its number, and the words' characters sit end to end in one array:
 * a look-up reads a few neighbouring places rather than objects spread over the heap.
 */
class Vocabulary {
  private readonly words: string[] = [];
  /** Word w's characters are chars[offsets[w]…offsets[w + 1]). */
  private chars = new Uint16Array(1 << 16);
  private offsets = new Int32Array(1024 + 1);
  /** Pairs of (hash, number); NO_WORD numbers mark free slots. */
  private slots = emptySlots(1 << 15);
  private tokenisedWords = 0;

  /** The number of text[begin, end), whose hash is `hash`. */
  numberOf(text: string, begin: number, end: number, hash: number, always: boolean): number {
    const { slots, chars, offsets } = this;
    const mask = (slots.length >> 1) - 1;
    let slot = hash & mask;
    for (let id = slots[2 * slot + 1]; id !== NO_WORD; id = slots[2 * slot + 1]) {
      if (slots[2 * slot] === hash && offsets[id + 1] - offsets[id] === end - begin) {
        let at = offsets[id];
        let i = begin;
        while (i < end && chars[at] === text.charCodeAt(i)) {
          at++;
          i++;
        }
        if (i === end) return id;
      }
      slot = (slot + 1) & mask;
    }
    if (!always && this.tokenisedWords >= MAX_TOKENISED_WORDS) return NO_WORD;
    if (!always) this.tokenisedWords++;
    return this.added(text, begin, end, hash, slot);
  }

  private added(text: string, begin: number, end: number, hash: number, slot: number): number {
    const id = this.words.length;
    this.words.push(begin === 0 && end === text.length ? text : text.slice(begin, end));
    if (id + 1 === this.offsets.length) this.offsets = grownTo(this.offsets, new Int32Array(this.offsets.length * 2));
    const at = this.offsets[id];
    if (at + end - begin > this.chars.length) this.chars = grownTo(this.chars, new Uint16Array(Math.max(this.chars.length * 2, at + end - begin)));
    for (let i = begin; i < end; i++) this.chars[at + i - begin] = text.charCodeAt(i);
    this.offsets[id + 1] = at + end - begin;
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = id;
    // Kept at most half full, so that probes stay short.
    if (this.words.length * 4 > this.slots.length) this.rehash();
    return id;
  }

  textOf(word: number): string {
    return this.words[word];
  }

  private rehash() {
    const old = this.slots;
    this.slots = emptySlots(old.length);
    const mask = (this.slots.length >> 1) - 1;
    for (let s = 0; s < old.length; s += 2) {
      if (old[s + 1] === NO_WORD) continue;
      let slot = old[s] & mask;
      while (this.slots[2 * slot + 1] !== NO_WORD) slot = (slot + 1) & mask;
      this.slots[2 * slot] = old[s];
      this.slots[2 * slot + 1] = old[s + 1];
    }
  }
}

/** A table of `count` free slots. */
function emptySlots(count: number): Int32Array {
  const slots = new Int32Array(2 * count);
  for (let s = 1; s < slots.length; s += 2) slots[s] = NO_WORD;
  return slots;
}

function grownTo<T extends Uint16Array | Int32Array>(array: T, larger: T): T {
  larger.set(array);
  return larger;
}

const vocabulary = new Vocabulary();

function phraseWordNumber(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return vocabulary.numberOf(word, 0, word.length, hash, true);
}

/** What a matcher computed about each numbered word; words without a number are computed each time. */
export class WordMemo<T> {
  private known: (T | undefined)[] = [];
  constructor(private readonly compute: (text: string) => T) {}

  of(token: Token): T {
    const { word } = token;
    if (word === NO_WORD) return this.compute(token.text);
    while (this.known.length <= word) this.known.push(undefined);
    return (this.known[word] ??= this.compute(token.text));
  }

  clear() {
    this.known = [];
  }
}

/** A match: a range of the original text and the words it covers, [t0, t1). */
export interface Hit {
  start: number;
  end: number;
  t0: number;
  t1: number;
}

/**
 * Hits are made by this class rather than as object literals. Literals with the same keys in the
 * same order share their hidden class with those of any other code in the same realm, such as
 * { start, end } positions holding objects (alex's syntax trees): the fields' types then widen,
 * and every optimised function that reads hits is thrown away and made again, slower.
 */
export class TextHit implements Hit {
  constructor(
    public start: number,
    public end: number,
    public t0: number,
    public t1: number,
  ) {}
}

/** One step of a phrase; one object shape for every kind keeps matching monomorphic (fast). */
interface Step {
  kind: 'word' | 'prefix' | 'number' | 'gap';
  /** The word or prefix ('' for a number or a gap). */
  text: string;
  /** The word's number (NO_WORD for other kinds). */
  word: number;
}

const MAX_GAP = 3;

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** The words of a normalised text, with their ranges in the original. */
export function tokenize(normalized: Normalized): Token[] {
  const { text, starts, ends } = normalized;
  const tokens: Token[] = [];
  const length = text.length;
  for (let i = 0; i < length; ) {
    let code = text.charCodeAt(i);
    if (!isWordChar(code)) {
      i++;
      continue;
    }
    // A word at a time, in a loop of its own: fewer branches per character than one loop keeping track of where a word began.
    const begin = i;
    let hash = FNV_OFFSET;
    do {
      hash = hashStep(hash, code);
      code = ++i < length ? text.charCodeAt(i) : 0;
    } while (isWordChar(code));
    const word = vocabulary.numberOf(text, begin, i, hash, false);
    const wordText = word === NO_WORD ? text.slice(begin, i) : vocabulary.textOf(word);
    tokens.push({ text: wordText, word, start: starts[begin], end: ends[i - 1] });
  }
  return tokens;
}

const wordStep = (text: string): Step => ({ kind: 'word', text, word: phraseWordNumber(text) });

function wordsOf(piece: string): string[] {
  return tokenize(normalize(piece)).map((t) => t.text);
}

/** Parses a phrase: words, `word*` prefixes, `#` for a number, `..` for a short gap. */
export function parsePhrase(phrase: string): Step[] {
  const steps: Step[] = [];
  for (const piece of phrase.trim().split(/\s+/)) {
    if (piece === '..') steps.push({ kind: 'gap', text: '', word: NO_WORD });
    else if (piece === '#') steps.push({ kind: 'number', text: '', word: NO_WORD });
    else if (piece.endsWith('*') && piece.length > 1) {
      const words = wordsOf(piece.slice(0, -1));
      words.slice(0, -1).forEach((word) => steps.push(wordStep(word)));
      if (words.length) steps.push({ kind: 'prefix', text: words[words.length - 1], word: NO_WORD });
    } else wordsOf(piece).forEach((word) => steps.push(wordStep(word)));
  }
  while (steps.length && steps[steps.length - 1].kind === 'gap') steps.pop();
  while (steps.length && steps[0].kind === 'gap') steps.shift();
  return steps;
}

/**
 * Every phrase parsed so far, with its steps as a key: a pack is compiled again
 * for each engine (settings change, organisation pack) and vocabularies share phrases.
 */
const parsedPhrases = new Map<string, { steps: Step[]; key: string }>();

function parsedPhrase(phrase: string): { steps: Step[]; key: string } {
  let parsed = parsedPhrases.get(phrase);
  if (!parsed) {
    const steps = parsePhrase(phrase);
    parsedPhrases.set(phrase, (parsed = { steps, key: JSON.stringify(steps) }));
  }
  return parsed;
}

interface IndexedPhrase {
  steps: Step[];
  sources: number[];
}

/** Phrases sharing a first step, by number; those whose second step is a word are also indexed by it. */
interface Bucket {
  others: number[];
  bySecondWord: Map<number, number[]>;
}

interface TrieNode {
  children: Map<number, TrieNode>;
  bucket?: Bucket;
}

const isNumber = (word: string) => /^\d+$/.test(word);
const newBucket = (): Bucket => ({ others: [], bySecondWord: new Map() });

function addToBucket(bucket: Bucket, entry: IndexedPhrase, id: number) {
  const second = entry.steps[1];
  if (second?.kind === 'word') push(bucket.bySecondWord, second.word, id);
  else bucket.others.push(id);
}

/**
 * What matching reads of each phrase, by number, in typed arrays: read once per
 * candidate phrase of each word, they stay together in memory where the phrases'
 * objects are spread over the heap.
 */
interface PhraseTable {
  /** Phrase p's steps are steps[stepOffsets[p]…stepOffsets[p + 1]), coded as by stepCode. */
  stepOffsets: Int32Array;
  steps: Int32Array;
  /** The prefixes that prefix steps stand for. */
  prefixes: string[];
  /** The lowest of each phrase's sources: a phrase with a source that wants every hit is never skipped. */
  lowestSources: Int32Array;
  /** Phrase p's sources are sources[sourceOffsets[p]…sourceOffsets[p + 1]). */
  sourceOffsets: Int32Array;
  sources: Int32Array;
}

// A step's code: a word's number (never negative), or one of these.
const GAP_STEP = -2;
const NUMBER_STEP = -3;
/** Prefix k of the table's list is coded FIRST_PREFIX_STEP - k. */
const FIRST_PREFIX_STEP = -4;

function stepCode(step: Step, prefixes: string[]): number {
  if (step.kind === 'word') return step.word;
  if (step.kind === 'gap') return GAP_STEP;
  if (step.kind === 'number') return NUMBER_STEP;
  return FIRST_PREFIX_STEP - (prefixes.push(step.text) - 1);
}

function phraseTable(entries: IndexedPhrase[]): PhraseTable {
  const sourceOffsets = new Int32Array(entries.length + 1);
  for (let p = 0; p < entries.length; p++) sourceOffsets[p + 1] = sourceOffsets[p] + entries[p].sources.length;
  const stepOffsets = new Int32Array(entries.length + 1);
  for (let p = 0; p < entries.length; p++) stepOffsets[p + 1] = stepOffsets[p] + entries[p].steps.length;
  const prefixes: string[] = [];
  const table = {
    stepOffsets,
    steps: Int32Array.from(entries.flatMap((entry) => entry.steps.map((step) => stepCode(step, prefixes)))),
    prefixes,
    lowestSources: Int32Array.from(entries, (entry) => Math.min(...entry.sources)),
    sourceOffsets,
    sources: new Int32Array(sourceOffsets[entries.length]),
  };
  entries.forEach((entry, p) => table.sources.set(entry.sources, sourceOffsets[p]));
  return table;
}

const NO_BUCKETS: Bucket[] = [];
/** The plan of a word that starts no phrase. */
const NO_PLAN = -1;
const SECOND_WORD_BITS = 128;
/** The 32-bit numbers a plan's second-word filter takes. */
const SECOND_WORD_FILTER = SECOND_WORD_BITS / 32;

/** All phrases of all sources, indexed by their first step (prefixes in a trie), then by their second word. */
export class PhraseIndex {
  private exact = new Map<string, Bucket>();
  private prefixes: TrieNode = { children: new Map() };
  private numeric = newBucket();
  private byKey = new Map<string, IndexedPhrase>();
  private entries: IndexedPhrase[] = [];
  /** Made on the first run after phrases were added. */
  private table: PhraseTable | undefined;
  /**
   * What matching does at each word, end to end in one array: a word's plan is read from
   * neighbouring places, where the buckets' objects and maps are spread over the heap.
   * For each bucket the word starts, in matching order (exact, prefixes shortest first,
   * number): the phrases to match from their second step, then those indexed by their
   * second word, as the second words' numbers (ascending; ties in indexing order) and
   * then the phrases in the same order:
   * [buckets, (others, ...phrase, pairs, ...secondWordBits, ...secondWord, ...phrase) per bucket],
   * where secondWordBits (SECOND_WORD_FILTER numbers) has bit w % SECOND_WORD_BITS set for each
   * second word w: most next words are no second word of the bucket, and one bit says so without
   * a search.
   */
  private plans = new Int32Array(1 << 12);
  private plansSize = 0;
  /** Where each word's plan starts in `plans` (NO_PLAN: it starts no phrase). */
  private planOfWord = new WordMemo((word) => this.planOf(word, true));

  add(phrase: string, source: number): boolean {
    const { steps, key } = parsedPhrase(phrase);
    if (!steps.length) return false;
    const entry = this.byKey.get(key) ?? this.entryOf(steps, key);
    if (!entry.sources.includes(source)) entry.sources.push(source);
    this.table = undefined;
    return true;
  }

  /** A new entry for these steps, indexed by its first step. */
  private entryOf(steps: Step[], key: string): IndexedPhrase {
    this.planOfWord.clear();
    this.plansSize = 0;
    const entry: IndexedPhrase = { steps, sources: [] };
    const id = this.entries.length;
    this.entries.push(entry);
    this.byKey.set(key, entry);
    const first = steps[0];
    if (first.kind === 'word') {
      let bucket = this.exact.get(first.text);
      if (!bucket) this.exact.set(first.text, (bucket = newBucket()));
      addToBucket(bucket, entry, id);
    } else if (first.kind === 'prefix') {
      let node = this.prefixes;
      for (let i = 0; i < first.text.length; i++) {
        const code = first.text.charCodeAt(i);
        let child = node.children.get(code);
        if (!child) node.children.set(code, (child = { children: new Map() }));
        node = child;
      }
      addToBucket((node.bucket ??= newBucket()), entry, id);
    } else addToBucket(this.numeric, entry, id);
    return entry;
  }

  private bucketsOf(word: string): Bucket[] {
    const buckets: Bucket[] = [];
    const exact = this.exact.get(word);
    if (exact) buckets.push(exact);
    let node: TrieNode | undefined = this.prefixes;
    for (let c = 0; c < word.length && node; c++) {
      node = node.children.get(word.charCodeAt(c));
      if (node?.bucket) buckets.push(node.bucket);
    }
    if (isNumber(word)) buckets.push(this.numeric);
    return buckets.length ? buckets : NO_BUCKETS;
  }

  /** Writes a word's plan; one not kept (a word without a number) is overwritten by the next. */
  private planOf(word: string, keep: boolean): number {
    const buckets = this.bucketsOf(word);
    if (!buckets.length) return NO_PLAN;
    const plan: number[] = [buckets.length];
    for (const bucket of buckets) {
      plan.push(bucket.others.length, ...bucket.others);
      const pairs = [...bucket.bySecondWord].flatMap(([second, phrases]) => phrases.map((phrase) => [second, phrase]));
      // A stable sort: phrases sharing a second word stay in indexing order.
      pairs.sort((a, b) => a[0] - b[0]);
      const bits = new Int32Array(SECOND_WORD_FILTER);
      for (const [second] of pairs) bits[(second % SECOND_WORD_BITS) >> 5] |= 1 << (second & 31);
      plan.push(pairs.length, ...bits, ...pairs.map((pair) => pair[0]), ...pairs.map((pair) => pair[1]));
    }
    const start = this.plansSize;
    if (start + plan.length > this.plans.length) this.plans = grownTo(this.plans, new Int32Array(Math.max(this.plans.length * 2, start + plan.length)));
    this.plans.set(plan, start);
    if (keep) this.plansSize += plan.length;
    return start;
  }

  /**
   * Hits per source, in text order (sources without hits are left empty). Sources
   * from `firstOnlyFrom` on get only their first hit, and phrases whose sources all
   * are such sources with a hit are not matched again.
   */
  run(tokens: Token[], sourceCount: number, firstOnlyFrom = sourceCount): (Hit[] | undefined)[] {
    const hits: (Hit[] | undefined)[] = new Array(sourceCount);
    const table = (this.table ??= phraseTable(this.entries));
    const count = tokens.length;
    for (let i = 0; i < count; i++) {
      const token = tokens[i];
      let at = token.word === NO_WORD ? this.planOf(token.text, false) : this.planOfWord.of(token);
      if (at === NO_PLAN) continue;
      const plans = this.plans;
      // Words of phrases always have a number: a next word without one is no phrase's second word.
      const nextWord = i + 1 < count ? tokens[i + 1].word : NO_WORD;
      for (let buckets = plans[at++]; buckets > 0; buckets--) {
        const others = plans[at++];
        for (let e = 0; e < others; e++) record(hits, table, plans[at + e], tokens, i, 1, firstOnlyFrom);
        at += others;
        const pairs = plans[at++];
        const bit = nextWord % SECOND_WORD_BITS;
        if (pairs && nextWord !== NO_WORD && (plans[at + (bit >> 5)] >>> (bit & 31)) & 1) {
          // The second word is known to match: matching goes on from the third step.
          const seconds = at + SECOND_WORD_FILTER;
          for (let k = firstAtLeast(plans, seconds, seconds + pairs, nextWord) - seconds; k < pairs && plans[seconds + k] === nextWord; k++) {
            record(hits, table, plans[seconds + pairs + k], tokens, i, 2, firstOnlyFrom);
          }
        }
        at += SECOND_WORD_FILTER + 2 * pairs;
      }
    }
    return hits;
  }
}

/** The first index in values[from, to) (ascending) whose value is at least `value`. */
function firstAtLeast(values: Int32Array, from: number, to: number, value: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whether every source of phrase p wants only its first hit and has it. */
function allFound(hits: (Hit[] | undefined)[], table: PhraseTable, p: number, firstOnlyFrom: number): boolean {
  if (table.lowestSources[p] < firstOnlyFrom) return false;
  for (let k = table.sourceOffsets[p]; k < table.sourceOffsets[p + 1]; k++) if (!hits[table.sources[k]]) return false;
  return true;
}

/** Adds a hit for each source of phrase p if it matches from word t0 (its first `matched` steps are known to). */
function record(hits: (Hit[] | undefined)[], table: PhraseTable, p: number, tokens: Token[], t0: number, matched: number, firstOnlyFrom: number) {
  if (allFound(hits, table, p, firstOnlyFrom)) return;
  const from = table.stepOffsets[p];
  const to = table.stepOffsets[p + 1];
  const t1 = to - from === matched ? t0 + matched : matchFrom(table, from + matched, to, tokens, t0 + matched);
  if (t1 < 0) return;
  const hit = new TextHit(tokens[t0].start, tokens[t1 - 1].end, t0, t1);
  for (let k = table.sourceOffsets[p]; k < table.sourceOffsets[p + 1]; k++) {
    const source = table.sources[k];
    const list = hits[source];
    if (!list) hits[source] = [hit];
    else if (source < firstOnlyFrom) list.push(hit);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Matches the table's steps[s…end) at tokens[t…]; returns the index after the last word, or -1. */
function matchFrom(table: PhraseTable, s: number, end: number, tokens: Token[], t: number): number {
  for (; s < end; s++, t++) {
    const step = table.steps[s];
    if (step === GAP_STEP) {
      for (let skip = 0; skip <= MAX_GAP && t + skip <= tokens.length; skip++) {
        const found = matchFrom(table, s + 1, end, tokens, t + skip);
        if (found >= 0) return found;
      }
      return -1;
    }
    if (t >= tokens.length) return -1;
    const token = tokens[t];
    // Words of phrases always have a number: a word without one is none of them.
    const ok = step >= 0 ? token.word === step : step === NUMBER_STEP ? isNumber(token.text) : token.text.startsWith(table.prefixes[FIRST_PREFIX_STEP - step]);
    if (!ok) return -1;
  }
  return t;
}

/** Words between two hits (0 when they touch or overlap). */
export function wordDistance(a: Hit, b: Hit): number {
  return Math.max(0, Math.max(a.t0, b.t0) - Math.min(a.t1, b.t1));
}
