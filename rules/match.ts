// Phrase matching over the tokens of the normalised text: every phrase of every
// lexicon is indexed by its first word, so one pass over the words finds them all.

import { normalize, type Normalized } from './normalize';

export interface Token {
  /** Normalised text of the word. */
  text: string;
  /** Range in the original text. */
  start: number;
  end: number;
}

/** A match: a range of the original text and the words it covers, [t0, t1). */
export interface Hit {
  start: number;
  end: number;
  t0: number;
  t1: number;
}

type Step = { word: string } | { prefix: string } | { number: true } | { gap: number };

const MAX_GAP = 3;

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** The words of a normalised text, with their ranges in the original. */
export function tokenize(normalized: Normalized): Token[] {
  const { text, starts, ends } = normalized;
  const tokens: Token[] = [];
  let begin = -1;
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && isWordChar(text.charCodeAt(i));
    if (inWord && begin < 0) begin = i;
    else if (!inWord && begin >= 0) {
      tokens.push({ text: text.slice(begin, i), start: starts[begin], end: ends[i - 1] });
      begin = -1;
    }
  }
  return tokens;
}

function wordsOf(piece: string): string[] {
  return tokenize(normalize(piece)).map((t) => t.text);
}

/** Parses a phrase: words, `word*` prefixes, `#` for a number, `..` for a short gap. */
export function parsePhrase(phrase: string): Step[] {
  const steps: Step[] = [];
  for (const piece of phrase.trim().split(/\s+/)) {
    if (piece === '..') steps.push({ gap: MAX_GAP });
    else if (piece === '#') steps.push({ number: true });
    else if (piece.endsWith('*') && piece.length > 1) {
      const words = wordsOf(piece.slice(0, -1));
      words.slice(0, -1).forEach((word) => steps.push({ word }));
      if (words.length) steps.push({ prefix: words[words.length - 1] });
    } else wordsOf(piece).forEach((word) => steps.push({ word }));
  }
  while (steps.length && 'gap' in steps[steps.length - 1]) steps.pop();
  while (steps.length && 'gap' in steps[0]) steps.shift();
  return steps;
}

interface IndexedPhrase {
  steps: Step[];
  sources: number[];
}

/** Phrases sharing a first step; those whose second step is a word are also indexed by it. */
interface Bucket {
  others: IndexedPhrase[];
  bySecondWord: Map<string, IndexedPhrase[]>;
}

interface TrieNode {
  children: Map<number, TrieNode>;
  bucket?: Bucket;
}

const isNumber = (word: string) => /^\d+$/.test(word);
const newBucket = (): Bucket => ({ others: [], bySecondWord: new Map() });

function addToBucket(bucket: Bucket, entry: IndexedPhrase) {
  const second = entry.steps[1];
  if (second && 'word' in second) push(bucket.bySecondWord, second.word, entry);
  else bucket.others.push(entry);
}

/** All phrases of all sources, indexed by their first step (prefixes in a trie), then by their second word. */
export class PhraseIndex {
  private exact = new Map<string, Bucket>();
  private prefixes: TrieNode = { children: new Map() };
  private numeric = newBucket();
  private byKey = new Map<string, IndexedPhrase>();

  add(phrase: string, source: number): boolean {
    const steps = parsePhrase(phrase);
    if (!steps.length) return false;
    const key = JSON.stringify(steps);
    const known = this.byKey.get(key);
    if (known) {
      if (!known.sources.includes(source)) known.sources.push(source);
      return true;
    }
    const entry: IndexedPhrase = { steps, sources: [source] };
    this.byKey.set(key, entry);
    const first = steps[0];
    if ('word' in first) {
      let bucket = this.exact.get(first.word);
      if (!bucket) this.exact.set(first.word, (bucket = newBucket()));
      addToBucket(bucket, entry);
    } else if ('prefix' in first) {
      let node = this.prefixes;
      for (let i = 0; i < first.prefix.length; i++) {
        const code = first.prefix.charCodeAt(i);
        let child = node.children.get(code);
        if (!child) node.children.set(code, (child = { children: new Map() }));
        node = child;
      }
      addToBucket((node.bucket ??= newBucket()), entry);
    } else addToBucket(this.numeric, entry);
    return true;
  }

  /** Hits per source, in text order (sources without hits are left empty). */
  run(tokens: Token[], sourceCount: number): (Hit[] | undefined)[] {
    const hits: (Hit[] | undefined)[] = new Array(sourceCount);
    const record = (entry: IndexedPhrase, t0: number) => {
      const t1 = matchFrom(entry.steps, 1, tokens, t0 + 1);
      if (t1 < 0) return;
      const hit = { start: tokens[t0].start, end: tokens[t1 - 1].end, t0, t1 };
      for (const source of entry.sources) (hits[source] ??= []).push(hit);
    };
    const visit = (bucket: Bucket, i: number) => {
      for (const entry of bucket.others) record(entry, i);
      if (i + 1 < tokens.length) {
        const bySecond = bucket.bySecondWord.get(tokens[i + 1].text);
        if (bySecond) for (const entry of bySecond) record(entry, i);
      }
    };
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i].text;
      const exact = this.exact.get(word);
      if (exact) visit(exact, i);
      let node: TrieNode | undefined = this.prefixes;
      for (let c = 0; c < word.length && node; c++) {
        node = node.children.get(word.charCodeAt(c));
        if (node?.bucket) visit(node.bucket, i);
      }
      if (isNumber(word)) visit(this.numeric, i);
    }
    return hits;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Matches steps[s…] at tokens[t…]; returns the index after the last word, or -1. */
function matchFrom(steps: Step[], s: number, tokens: Token[], t: number): number {
  if (s === steps.length) return t;
  const step = steps[s];
  if ('gap' in step) {
    for (let skip = 0; skip <= step.gap && t + skip <= tokens.length; skip++) {
      const end = matchFrom(steps, s + 1, tokens, t + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (t >= tokens.length) return -1;
  const word = tokens[t].text;
  const ok = 'word' in step ? word === step.word : 'prefix' in step ? word.startsWith(step.prefix) : isNumber(word);
  return ok ? matchFrom(steps, s + 1, tokens, t + 1) : -1;
}

/** The words a range of the original text covers, as [t0, t1). */
export function tokenSpan(tokens: Token[], start: number, end: number): [number, number] {
  const t0 = firstIndex(tokens, (token) => token.end > start);
  const t1 = firstIndex(tokens, (token) => token.start >= end);
  return [t0, Math.max(t0, t1)];
}

function firstIndex(tokens: Token[], test: (token: Token) => boolean): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (test(tokens[mid])) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Words between two hits (0 when they touch or overlap). */
export function wordDistance(a: Hit, b: Hit): number {
  return Math.max(0, Math.max(a.t0, b.t0) - Math.min(a.t1, b.t1));
}
