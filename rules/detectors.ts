// Structural detectors: things found by their shape in the original text rather
// than by vocabulary. Each returns UTF-16 ranges of the original text. Every
// pattern here is linear (checked with recheck in tests/unit/rules/redos.test.ts).

export type Range = [start: number, end: number];

const CHILD_AGE = '(?:[1-9]|1[0-7])';
const CAPITALISED = '[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{1,20}';
/**
 * Every alternative of the age patterns starts with one of these (an age, "aged", "he", "she"):
 * said first, it lets the regular-expression engine pass over other positions quickly.
 */
const STARTS_AN_AGE = '(?=[1-9]|age|[Hh]e|[Ss]he)';
/** An age right after a name: "Samuel, 6," "Diego (10)", "Lucía, 8 años"; not a decimal ("Ironman, 3,8 km"). */
const NAMED_AGE = String.raw`(?<=\b${CAPITALISED}(?:,\s(?:de\s)?|\s\())${CHILD_AGE}(?=[,.](?!\d)|\)|\s(?:ans|años|anos|years?|yrs)\b)`;

/** Regular-expression detectors, compiled once. */
export const DETECTOR_PATTERNS = {
  mention: /(?<![\w@.])@[A-Za-z0-9_][A-Za-z0-9_.]{0,30}/g,
  hashtag: /(?<![\w#&])#[\p{L}\p{N}_]{2,60}/gu,
  url: /\b(?:https?:\/\/|www\.)[^\s<>"]{2,500}/g,
  email: /\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,4}\b/g,
  phone: /(?<![\w+])\+?\d[\d .()-]{7,18}\d(?!\w)/g,
  gps: /-?\b\d{1,2}\.\d{3,10} ?°? ?[NS]?, ?-?\d{1,3}\.\d{3,10}\b|\b\d{1,3}° ?\d{1,2}['′’] ?(?:\d{1,2}(?:[.,]\d{1,3})?["″”] ?)?[NSEWO]\b/g,
  address: new RegExp(
    String.raw`\b\d{1,5}(?:bis|ter)?,?\s(?:rue|avenue|av\.|boulevard|bd|chemin|impasse|allée|place|calle|avenida|av|paseo|plaza|carrera|street|st\.|road|rd\.|lane|drive)\s|\b(?:rue|avenue|boulevard|chemin|calle|avenida|paseo|carrera)\s(?:de\s|du\s|des\s|la\s|del\s)?${CAPITALISED}(?:\s${CAPITALISED})?,?\s(?:n[°º.]\s?)?\d{1,5}\b|\b\d{1,5}\s${CAPITALISED}\s(?:Street|Road|Avenue|Lane|Drive|Boulevard)\b|\b(?:calle|carrera|rue|street|avenida)\s\d{1,4},?\s(?:n[uú]mero|no\.?|n°|#)\s?\d{1,4}\b`,
    'g',
  ),
  room: /\b(?:room|rm|chambre|habitaci[oó]n|cuarto|suite|villa|bungalow|tent|tente|carpa|container|conteneur|bed|lit|cama)\s?(?:n[°ºo]\.?\s?|#\s?|no\.?\s?|number\s)?\d{1,4}[A-Za-z]?\b/gi,
  time: /\b(?:[01]?\d|2[0-3])(?::|h|H)[0-5]\d\b|\b(?:[01]?\d|2[0-3])\s?h\b|\b(?:1[0-2]|0?[1-9])\s?(?:am|pm|a\.m\.|p\.m\.)|\b(?:at|à|a las|a la|vers|around|by|dès|desde las|hacia las)\s(?:[01]?\d|2[0-3])\b/gi,
  childAge: new RegExp(
    String.raw`${STARTS_AN_AGE}(?:\b${CHILD_AGE}\s?-?\s?(?:years?|yrs?)[\s-]old\b|\b${CHILD_AGE}\s?(?:yo|y\/o)\b|\baged?\s${CHILD_AGE}\b|\b${CHILD_AGE}\s(?:ans|años|anos|mois|meses|months?)\b|\b(?:[Hh]e|[Ss]he)(?:['’]s|\sis)\s(?:only\s|just\s)?${CHILD_AGE}\b(?![.:,]?\d|\s?(?:%|am|pm|km|kg|h\b))|${NAMED_AGE})`,
    'g',
  ),
  /** Ages that cannot be read otherwise: "aged 9", "9-year-old", "Samuel, 6," "Diego (10)", "Lucía, 8 años". */
  childAgeStrict: new RegExp(
    String.raw`${STARTS_AN_AGE}(?:\b${CHILD_AGE}\s?-?\s?(?:years?|yrs?)[\s-]old\b|\baged?\s${CHILD_AGE}\b|\b(?:[Hh]e|[Ss]he)(?:['’]s|\sis)\s(?:only\s|just\s)?${CHILD_AGE}\b(?![.:,]?\d|\s?(?:%|am|pm|km|kg|h\b))|${NAMED_AGE})`,
    'g',
  ),
  /** Siblings' ages: "de 6 y 8 años", "aged 6 and 8". */
  childAges: new RegExp(String.raw`\b(?:de\s|aged\s)?${CHILD_AGE}\s(?:and|y|et)\s${CHILD_AGE}\s(?:years?\sold|años|anos|ans)\b`, 'g'),
  /**
   * "little Farid", "la petite Awa": a child by name. Looked for from the name's capital, then the word
   * before it (the group: see childNameStart), as for name: faster than trying the words at every position.
   */
  childName: /[A-ZÀ-ÖØ-Þ](?<=\b(little|petite?|pequeñ[oa]|peque|baby|bébé)\s[A-ZÀ-ÖØ-Þ])[a-zß-öø-ÿ]{2,20}\b/g,
  /** A capitalised word inside a sentence: most often a person's or a place's name (capital first, then what precedes it: faster). */
  name: /[A-ZÀ-ÖØ-Þ](?<=[\p{Ll},;:]\s[A-ZÀ-ÖØ-Þ])[a-zß-öø-ÿ]{2,20}\b/gu,
  /** Three capitalised words in a row, or a run of !!! / ?!?. */
  shouting: /\b[A-Z]{2,}(?:\s[A-Z]{2,}){2,}\b|[!?]{3,}/g,
} satisfies Record<string, RegExp>;

/** Organisations by their acronyms (case matters: "UN" is not "un"). */
export const ORGANISATION_ACRONYMS =
  /\b(?:UN|ONU|UNOPS|UNDP|PNUD|UNICEF|UNHCR|HCR|ACNUR|WFP|PAM|WHO|OMS|OCHA|UNFPA|UNESCO|UNEP|PNUE|ILO|OIT|IOM|OIM|FAO|IAEA|OIEA|WMO|OMM|ITU|UIT|UNAIDS|ONUSIDA|UNRWA|MONUSCO|MINUSMA|MINUSCA|UNMISS|UNAMA|UNIFIL|UNSMIL|UNPOP|UNWOMEN|UN-Women|ONU-Femmes|ONU-Mujeres|GAM|ACT)\b/g;

export type DetectorName = keyof typeof DETECTOR_PATTERNS | 'org';
export const DETECTOR_NAMES: DetectorName[] = [...(Object.keys(DETECTOR_PATTERNS) as DetectorName[]), 'org'];

/** Where a match's range starts: where it matched, for most patterns. */
const matchStart = (match: RegExpExecArray) => match.index;
/** childName matches from the name's capital; its range starts at the word before (the group, then a space). */
const childNameStart = (match: RegExpExecArray) => match.index - 1 - match[1].length;

/**
 * `firstOnly`: stop at the first range (whether there is one is all that is asked). A range starting
 * inside the previous one is skipped, as a search from its start would have gone on past it ("little
 * Xébaby Bob"); only a pattern whose range starts before its match (childName) can have one.
 */
function rangesOf(pattern: RegExp, text: string, firstOnly: boolean, startOf = matchStart): Range[] {
  const ranges: Range[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const start = startOf(match);
    if (ranges.length && start < ranges[ranges.length - 1][1]) continue;
    ranges.push([start, match.index + match[0].length]);
    if (firstOnly) break;
  }
  return ranges;
}

const digitCount = (s: string) => s.replace(/\D/g, '').length;
/** Phone numbers have 8–15 digits and do not look like a date or a range of years. */
const looksLikePhone = (s: string) => {
  const digits = digitCount(s);
  return digits >= 8 && digits <= 15 && !/^\d{4}\s?-\s?\d{4}$/.test(s) && !/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(s);
};

/**
 * Detectors whose every match holds a character of `around` (a digit; an '@' between a
 * character of an address's local part and one of its domain, as a mention's is not), with bounds
 * on how far: a match starts at most `before` units ahead of the first such character
 * in it, nothing at or beyond `after` units from any such character in it is read, and
 * lookbehinds read at most `behind` units before it.
 * The bounds, from the patterns' longest alternatives:
 * - room: "habitación" + space + "number " ahead of the digits (18), 23 units and a \b;
 * - time: "desde las " ahead of the digits (10), 12 units and a \b;
 * - childAge(Strict): "she's only " ahead (12), at most 18 units read with the lookaheads,
 *   and the name before a named age ("Samuel, de ", ≤ 27 units and a \b) read behind;
 * - childAges: "aged " ahead (5), 24 units and a \b;
 * - address: "boulevard de " + two capitalised words + ", n° " ahead (62) when the street comes
 *   first and a capitalised word right before the digits (see mayEndStreetFirstAddress),
 *   "carrera " ahead (8) otherwise; from any digit, at most "12345 " + a capitalised word +
 *   " Boulevard" (37 units) and a \b;
 * - email: 64 units ahead of the '@', 384 units (64 + 1 + 63 + 4 × 64) and a \b;
 * - phone: a '+' ahead of the digits, which start a run (none of [\w+] before), 21 units and the
 *   lookahead's unit; the lookbehind's unit before;
 * - gps: a '-' ahead of the digits, which start a run (a \b before), 35 units and a \b.
 * The margins below are larger; larger margins only cost time.
 */
interface Reach {
  around: Around;
  before: number;
  after: number;
  behind: number;
  /** How far ahead of a run starting at text[start] a match holding it can start, when that depends on what precedes it (else `before`). */
  beforeAt?: (text: string, start: number) => number;
  /** Which matches are ranges (others are passed over all the same); undefined: every one. */
  accept?: (match: string) => boolean;
}
type Around = 'digits' | 'emailAtSigns';
const REACH: Partial<Record<DetectorName, Reach>> = {
  room: { around: 'digits', before: 24, after: 32, behind: 1 },
  time: { around: 'digits', before: 16, after: 24, behind: 1 },
  childAge: { around: 'digits', before: 16, after: 32, behind: 32 },
  childAgeStrict: { around: 'digits', before: 16, after: 32, behind: 32 },
  childAges: { around: 'digits', before: 8, after: 32, behind: 1 },
  address: { around: 'digits', before: 80, after: 48, behind: 1, beforeAt: (text, start) => (mayEndStreetFirstAddress(text, start) ? 80 : 16) },
  email: { around: 'emailAtSigns', before: 72, after: 400, behind: 1 },
  phone: { around: 'digits', before: 2, after: 24, behind: 1, accept: looksLikePhone },
  gps: { around: 'digits', before: 2, after: 40, behind: 1 },
};

/**
 * Runs of the characters of each kind: the regular-expression engine skips to the next one faster than a
 * loop over the text (to the next '@' too, as it is asked for before what is around it), and a run of
 * digits is one search, not one per digit.
 */
const AROUND: Record<Around, RegExp> = { digits: /\d+/g, emailAtSigns: /@(?<=[A-Za-z0-9._%+-]@)(?=[A-Za-z0-9-])/g };

/** Where the runs of characters of a kind are in a text, in order: [start, end) pairs end to end. */
function runsOf(text: string, around: Around): number[] {
  const runs: number[] = [];
  const pattern = AROUND[around];
  pattern.lastIndex = 0;
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) runs.push(found.index, found.index + found[0].length);
  return runs;
}

/**
 * The same ranges as rangesOf, with the pattern run only in windows around the characters
 * its matches hold (with what lookbehinds read before each): most of a post has none, and
 * a pattern such as room's or time's costs the same at every position.
 */
function rangesWithin(pattern: RegExp, text: string, runs: number[], reach: Reach, firstOnly: boolean): Range[] {
  const ranges: Range[] = [];
  const windows = windowsAround(text, runs, reach);
  for (let w = 0; w < windows.length && !(firstOnly && ranges.length); w += 2) {
    const from = windows[w];
    const context = Math.max(0, from - reach.behind);
    const window = text.slice(context, windows[w + 1]);
    pattern.lastIndex = from - context;
    for (let match = pattern.exec(window); match; match = pattern.exec(window)) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      if (reach.accept && !reach.accept(match[0])) continue;
      ranges.push([context + match.index, context + match.index + match[0].length]);
      if (firstOnly) break;
    }
  }
  return ranges;
}

/**
 * The windows around the runs of characters, as [from, to) pairs in text order: runs whose windows overlap
 * share one. A run's window is the union of its characters': from its first's reach back to its last's ahead.
 */
function windowsAround(text: string, runs: number[], { before, after, beforeAt }: Reach): number[] {
  const windows: number[] = [];
  for (let r = 0; r < runs.length; r += 2) {
    let from = Math.max(0, runs[r] - (beforeAt ? beforeAt(text, runs[r]) : before));
    let to = runs[r + 1] - 1 + after;
    // Reaching further back, a later character's window may overlap several earlier ones.
    while (windows.length && from <= windows[windows.length - 1]) {
      to = Math.max(to, windows.pop()!);
      from = Math.min(from, windows.pop()!);
    }
    windows.push(from, to);
  }
  return windows;
}

/** What \s matches in a regular expression, and String.prototype.trim removes: ECMAScript's WhiteSpace and LineTerminator. */
export const isWhiteSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
/** CAPITALISED's classes: [A-ZÀ-ÖØ-Þ] and [a-zß-öø-ÿ]. */
const isCapital = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xde);
const isSmall = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xf6) || (c >= 0xf8 && c <= 0xff);

/** Whether a CAPITALISED word ("Paix", "Mayor"), perhaps followed by a comma, ends at text[end]. */
function capitalisedWordEndsAt(text: string, end: number): boolean {
  const wordEnd = text.charCodeAt(end) === 44 ? end - 1 : end;
  let at = wordEnd;
  while (at >= 0 && wordEnd - at < 20 && isSmall(text.charCodeAt(at))) at--;
  return at < wordEnd && isCapital(text.charCodeAt(at));
}

/**
 * Whether the digits starting at text[start] may end an address given street first ("rue de la Paix,
 * n° 12", "calle Mayor 5"): after a capitalised word, a space and perhaps "n°". Only such an address
 * starts far ahead of its digits, and most digits in a post follow no capitalised word.
 */
function mayEndStreetFirstAddress(text: string, start: number): boolean {
  if (isWhiteSpace(text.charCodeAt(start - 1))) return capitalisedWordEndsAt(text, start - 2) || (isNumberSign(text, start - 2) && capitalisedWordEndsAt(text, start - 5));
  return isNumberSign(text, start - 1) && capitalisedWordEndsAt(text, start - 4);
}

/** Whether text[sign] is the sign of "n°", "nº" or "n." after a space. */
function isNumberSign(text: string, sign: number): boolean {
  const c = text.charCodeAt(sign);
  return (c === 0xb0 || c === 0xba || c === 46) && text.charCodeAt(sign - 1) === 110 && isWhiteSpace(text.charCodeAt(sign - 2));
}

const DIGIT = /\d/;
const AT_SIGN = /@/;
/**
 * A character (or string) without which a detector cannot match: one quick search
 * spares running its pattern over a whole post, as most posts have no digit or '@'.
 */
const REQUIRED: Partial<Record<DetectorName, RegExp>> = {
  mention: AT_SIGN,
  email: AT_SIGN,
  hashtag: /#/,
  url: /https?:\/\/|www\./,
  phone: DIGIT,
  gps: DIGIT,
  address: DIGIT,
  room: DIGIT,
  time: DIGIT,
  childAge: DIGIT,
  childAgeStrict: DIGIT,
  childAges: DIGIT,
  org: /[A-Z]{2}/,
};

/**
 * Detectors whose matches are exactly the places where their pattern matches, whatever was found
 * before (no match can start inside another): found in part of a text as in the whole of it. Each
 * match is at most `longest` units long, and its lookbehind reads at most `behind` units before it.
 */
const LOCAL: Partial<Record<DetectorName, { longest: number; behind: number }>> = {
  // A capital and at most 20 small letters (none a capital, where another name would start), after
  // a small letter (2 units when astral) or a comma and a space.
  name: { longest: 21, behind: 4 },
};

/** A post's detector results, each computed once, on first need (the rules and the scorer share them). */
export class Detections {
  private readonly ranges: Partial<Record<DetectorName, Range[]>> = {};
  private readonly present = new Map<RegExp, boolean>();
  /** Where the text's runs of digits and '@' signs are, found once for every windowed detector. */
  private readonly runs: Partial<Record<Around, number[]>> = {};

  /** Whether a detector matches, for those only asked that. */
  private readonly found: Partial<Record<DetectorName, boolean>> = {};

  constructor(readonly text: string) {}

  of(name: DetectorName): Range[] {
    // One known to match nowhere is not searched again.
    return (this.ranges[name] ??= this.found[name] === false ? [] : this.run(name, false));
  }

  /** Whether a detector matches anywhere: its search stops at the first match, unless its ranges are known. */
  has(name: DetectorName): boolean {
    const ranges = this.ranges[name];
    if (ranges) return ranges.length > 0;
    return (this.found[name] ??= this.run(name, true).length > 0);
  }

  /**
   * The ranges of a detector's matches that overlap text[from, to), found in that part of the text
   * alone (see LOCAL), or undefined for a detector that cannot be run so.
   */
  overlapping(name: DetectorName, from: number, to: number): Range[] | undefined {
    const local = LOCAL[name];
    if (!local) return undefined;
    const start = Math.max(0, from - local.longest + 1);
    const context = Math.max(0, start - local.behind);
    // Room for the longest match starting before `to`, and the \b after it.
    const window = this.text.slice(context, to + local.longest + 1);
    const pattern = DETECTOR_PATTERNS[name as keyof typeof DETECTOR_PATTERNS];
    const ranges: Range[] = [];
    pattern.lastIndex = start - context;
    for (let match = pattern.exec(window); match && context + match.index < to; match = pattern.exec(window)) {
      const end = context + match.index + match[0].length;
      if (end > from) ranges.push([context + match.index, end]);
    }
    return ranges;
  }

  private run(name: DetectorName, firstOnly: boolean): Range[] {
    const required = REQUIRED[name];
    if (required && !this.holds(required)) return [];
    const { text } = this;
    if (name === 'org') {
      const ranges = rangesOf(ORGANISATION_ACRONYMS, text, firstOnly);
      return ranges.length && isShouted(text) ? [] : ranges;
    }
    if (name === 'childName') return rangesOf(DETECTOR_PATTERNS.childName, text, firstOnly, childNameStart);
    const reach = REACH[name];
    if (!reach) return rangesOf(DETECTOR_PATTERNS[name], text, firstOnly);
    const runs = (this.runs[reach.around] ??= runsOf(text, reach.around));
    return rangesWithin(DETECTOR_PATTERNS[name], text, runs, reach, firstOnly);
  }

  private holds(required: RegExp): boolean {
    let found = this.present.get(required);
    if (found === undefined) this.present.set(required, (found = required.test(this.text)));
    return found;
  }
}

/** 1 for an ASCII capital, 2 for a small letter, by character code: counted without branches. */
const LETTER_CASE = new Uint8Array(128);
for (let c = 65; c <= 90; c++) LETTER_CASE[c] = 1;
for (let c = 97; c <= 122; c++) LETTER_CASE[c] = 2;
const SHOUTING_SAMPLE = 2000;
const BLOCK = 64;

/** In a text written in capitals, acronyms cannot be told from words. */
function isShouted(text: string): boolean {
  let upper = 0;
  let lower = 0;
  const limit = Math.min(text.length, SHOUTING_SAMPLE);
  for (let block = 0; block < limit; block += BLOCK) {
    const end = Math.min(block + BLOCK, limit);
    for (let i = block; i < end; i++) {
      const c = text.charCodeAt(i);
      const letterCase = c < 128 ? LETTER_CASE[c] : 0;
      upper += letterCase & 1;
      lower += letterCase >> 1;
    }
    // Decided once capitals could not outnumber twice the lower case even if all the rest were capitals.
    if (upper + (limit - end) <= lower * 2) return false;
  }
  return upper > 12 && upper > lower * 2;
}
