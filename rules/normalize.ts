// Normalisation for matching: lower case, no diacritics, plain apostrophes, no
// zero-width characters, collapsed spaces and elongations ("sooo"), undone
// obfuscations ("c0nfidential", "c.o.n.f.i.d.e.n.t.i.a.l"). Every normalised
// character keeps the UTF-16 range it came from, so matches map back exactly.

export interface Normalized {
  text: string;
  /** For each normalised character, where its source starts in the original text. */
  starts: Int32Array;
  /** For each normalised character, where its source ends in the original text. */
  ends: Int32Array;
}

const ZERO_WIDTH = new Set([0x00ad, 0x034f, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0xfeff]);
const APOSTROPHES = new Set([0x2018, 0x2019, 0x201b, 0x2032, 0x02bc, 0x0060, 0x00b4]);
/** Character codes of digits and symbols that stand for letters inside a word (c0nfidential), and the letters' codes. */
const LOOKALIKE_DIGITS: Record<number, number> = Object.fromEntries(
  Object.entries({ '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' }).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]),
);
const SPECIAL_LETTERS: Record<string, string> = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ı': 'i' };

const foldCache = new Map<number, string>();

/** Lower case without diacritics, for one UTF-16 unit, as the units to write (astral results as one placeholder each). */
function fold(code: number): string {
  let folded = foldCache.get(code);
  if (folded === undefined) {
    const lower = String.fromCharCode(code).toLowerCase();
    const bare = SPECIAL_LETTERS[lower] ?? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    // Some characters decompose into astral ones (U+FAD1 → U+233D5): one unit per slot.
    folded = Array.from(bare, (ch) => (ch.length === 1 ? ch : '\ufffd')).join('');
    if (foldCache.size < 4096) foldCache.set(code, folded);
  }
  return folded;
}

const isLowerAscii = (c: number) => c >= 97 && c <= 122;
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;

/**
 * The folded unit of each character of Latin-1 and Latin Extended (é → e), 0 for those that are something
 * else (a no-break space, a soft hyphen, ´) or fold to several units (ß → ss). Accented letters, after
 * ASCII the commonest units of French and Spanish posts, are read from this table rather than looked
 * for in two sets and a map.
 */
const LATIN_END = 0x250;
const FOLDED_LATIN = new Uint16Array(LATIN_END);
for (let code = 0x80; code < LATIN_END; code++) {
  if (ZERO_WIDTH.has(code) || isSpace(code) || APOSTROPHES.has(code)) continue;
  const folded = fold(code);
  if (folded.length === 1) FOLDED_LATIN[code] = folded.charCodeAt(0);
}

const isAsciiAlnum = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57);
const isSpelledOutSeparator = (c: number) => c === 32 || c === 46 || c === 45 || c === 95 || c === 42 || c === 0xb7;

/**
 * Single letters spelled out with separators, at least four (c.o.n.f.i.d.e.n.t.i.a.l, c o n f i d…),
 * starting at text[p], an ASCII letter after none or a digit: where they end, or -1 if there are
 * none. When a letter or digit follows, the last letter is left to that word.
 */
function spelledOutEnd(text: string, p: number): number {
  if (p > 0 && isAsciiAlnum(text.charCodeAt(p - 1))) return -1;
  let end = p + 1;
  let separators = 0;
  while (end + 1 < text.length && isSpelledOutSeparator(text.charCodeAt(end)) && isAsciiLetter(text.charCodeAt(end + 1))) {
    end += 2;
    separators++;
  }
  if (end < text.length && isAsciiAlnum(text.charCodeAt(end))) {
    end -= 2;
    separators--;
  }
  return separators >= 3 ? end : -1;
}

const SPACE = 32;
const PLACEHOLDER = 0xfffd;
const APOSTROPHE = 39;
/** Units turned into a string at a time (String.fromCharCode's arguments are bounded). */
const CHUNK = 8192;
// Decoding a post's units at once is several times faster than String.fromCharCode,
// but it costs more on a few units (words of phrases) and would replace lone
// surrogates: those take String.fromCharCode.
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });
const MIN_DECODED = 64;
const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

function decode(codes: Uint16Array, hasLoneSurrogate: boolean): string {
  if (!hasLoneSurrogate && codes.length >= MIN_DECODED) return utf16.decode(codes);
  let text = '';
  for (let at = 0; at < codes.length; at += CHUNK) text += String.fromCharCode.apply(null, codes.subarray(at, at + CHUNK) as unknown as number[]);
  return text;
}

function grown<T extends Uint16Array | Int32Array>(array: T, larger: T): T {
  larger.set(array);
  return larger;
}

/**
 * The units being written, shared by every call (decoding copies them into a string). Each typed array
 * this large is a zeroed block outside the heap, costly to make for every post: the source ranges, which
 * are part of the result, take one for both.
 */
let sharedCodes: Uint16Array = new Uint16Array(1024);

/** The normalised units written so far, with their source ranges; `put` drops elongations. */
class Output {
  codes: Uint16Array;
  starts!: Int32Array;
  ends!: Int32Array;
  /** How many units there is room for before the arrays must grow. */
  room = 0;
  size = 0;
  /** The last unit put, and how many times in a row after the first. */
  last = -1;
  runLength = 0;

  constructor(
    length: number,
    /** Room for expansions such as œ → oe. */
    readonly capacity: number,
  ) {
    // Most texts have no expansion: one slot per source unit at first, more if needed.
    if (sharedCodes.length < length + 8) sharedCodes = new Uint16Array(length + 8);
    this.codes = sharedCodes;
    this.makeRoom(length + 8);
  }

  private makeRoom(room: number) {
    if (this.codes.length < room) this.codes = sharedCodes = grown(this.codes, new Uint16Array(room));
    const ranges = new Int32Array(2 * room);
    if (this.size) {
      ranges.set(this.starts.subarray(0, this.size));
      ranges.set(this.ends.subarray(0, this.size), room);
    }
    this.starts = ranges.subarray(0, room);
    this.ends = ranges.subarray(room);
    this.room = room;
  }

  put(unit: number, start: number, end: number) {
    // Elongations: a third identical letter in a row is dropped ("sooo" → "so").
    if (unit === this.last && unit !== SPACE) {
      this.runLength++;
      if (this.runLength >= 2 && isLowerAscii(unit)) {
        // The first two are kept for now; a run of three or more keeps one.
        if (this.runLength === 2) this.size--;
        this.ends[this.size - 1] = end;
        return;
      }
    } else {
      this.last = unit;
      this.runLength = 0;
    }
    const { size } = this;
    if (size >= this.capacity) return;
    if (size === this.room) this.makeRoom(Math.min(this.capacity, size * 2));
    this.codes[size] = unit;
    this.starts[size] = start;
    this.ends[size] = end;
    this.size = size + 1;
  }
}

export function normalize(text: string): Normalized {
  const length = text.length;
  const out = new Output(length, length * 2 + 2);
  let hasLoneSurrogate = false;
  // Up to where letters are spelled out (see spelledOutEnd): their separators are dropped.
  let spelledOutTo = -1;
  /** Where the last unit that was no ASCII letter is. */
  let lastNonLetter = -1;

  for (let i = 0; i < length; ) {
    const start = i;
    const code = text.charCodeAt(i++);
    // Letters, most of a text, first: nothing else is asked of them.
    if (isAsciiLetter(code)) {
      out.put(code | 0x20, start, i);
      continue;
    }
    // A high surrogate takes the next unit along.
    if (code >= 0xd800 && code <= 0xdbff && i < length) i++;
    // Spelled-out letters are looked for at their first separator, so that letters cost nothing more,
    // and only after a single letter: one unit since the last that was no letter (looking at the
    // units before each separator instead costs more, as it is hard to predict).
    if (start - lastNonLetter === 2 && start >= spelledOutTo && isSpelledOutSeparator(code)) spelledOutTo = spelledOutEnd(text, start - 1);
    // A high surrogate may have taken a letter along.
    lastNonLetter = i - start === 2 && isAsciiLetter(text.charCodeAt(i - 1)) ? start : i - 1;
    // Between spelled-out letters, all that is not a letter is a separator.
    if (start < spelledOutTo) continue;
    if (code < 128) {
      if (isSpace(code)) {
        if (out.size > 0 && out.last !== SPACE) out.put(SPACE, start, i);
      } else {
        const lookalike = LOOKALIKE_DIGITS[code];
        out.put(lookalike && isLowerAscii(out.last) && i < length && isAsciiLetter(text.charCodeAt(i)) ? lookalike : code, start, i);
      }
    } else if (code < LATIN_END && FOLDED_LATIN[code] !== 0) {
      if (out.size < out.capacity) out.put(FOLDED_LATIN[code], start, i);
    } else if (ZERO_WIDTH.has(code)) continue;
    else if (isSpace(code)) {
      if (out.size > 0 && out.last !== SPACE) out.put(SPACE, start, i);
    } else if (APOSTROPHES.has(code)) out.put(APOSTROPHE, start, i);
    // Astral characters (emoji…) never take part in words: one placeholder unit keeps offsets aligned.
    else if (i - start === 2) {
      if (out.size < out.capacity) out.put(PLACEHOLDER, start, i);
    } else {
      if (isSurrogate(code)) hasLoneSurrogate = true;
      // Folded: é → e, œ → oe; expansions need room beyond one slot per source unit.
      const folded = fold(code);
      for (let k = 0; k < folded.length && out.size < out.capacity; k++) out.put(folded.charCodeAt(k), start, i);
    }
  }
  const { codes, starts, ends, size } = out;
  return { text: decode(codes.subarray(0, size), hasLoneSurrogate), starts: starts.subarray(0, size), ends: ends.subarray(0, size) };
}
