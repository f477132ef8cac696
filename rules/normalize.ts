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

/** Single letters spelled out with separators: c.o.n.f.i.d.e.n.t.i.a.l, c o n f i d… (ASCII: fast). */
export const SPELLED_OUT = /(?<![A-Za-z0-9])[A-Za-z](?:[.\-_*· ][A-Za-z]){3,}(?![A-Za-z0-9])/g;

function spelledOutSeparators(text: string): Set<number> | null {
  let separators: Set<number> | null = null;
  SPELLED_OUT.lastIndex = 0;
  for (let match = SPELLED_OUT.exec(text); match; match = SPELLED_OUT.exec(text)) {
    separators ??= new Set();
    // Letters and separators alternate: every odd position is a separator.
    for (let i = 1; i < match[0].length; i += 2) separators.add(match.index + i);
  }
  return separators;
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

export function normalize(text: string): Normalized {
  const length = text.length;
  // Room for expansions such as œ → oe.
  const capacity = length * 2 + 2;
  // Most texts have no expansion: start with one slot per source unit and grow if needed.
  let codes = new Uint16Array(length + 8);
  let starts = new Int32Array(length + 8);
  let ends = new Int32Array(length + 8);
  let size = 0;
  let hasLoneSurrogate = false;
  const separators = spelledOutSeparators(text);

  let last = -1;
  let runLength = 0;
  for (let i = 0; i < length; ) {
    const code = text.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1;
    const start = i;
    i += width;
    if (separators?.has(start)) continue;
    // What this source unit becomes: one unit, or several (folded: é → e, œ → oe).
    let unit: number;
    let folded: string | undefined;
    if (code < 128) {
      if (isAsciiLetter(code)) unit = code | 0x20;
      else if (isSpace(code)) {
        if (size === 0 || last === SPACE) continue;
        unit = SPACE;
      } else {
        const lookalike = LOOKALIKE_DIGITS[code];
        unit = lookalike && isLowerAscii(last) && i < length && isAsciiLetter(text.charCodeAt(i)) ? lookalike : code;
      }
    } else if (ZERO_WIDTH.has(code)) continue;
    else if (isSpace(code)) {
      if (size === 0 || last === SPACE) continue;
      unit = SPACE;
    } else if (APOSTROPHES.has(code)) unit = APOSTROPHE;
    else if (width === 2) {
      // Astral characters (emoji…) never take part in words: one placeholder unit keeps offsets aligned.
      if (size >= capacity) continue;
      unit = PLACEHOLDER;
    } else {
      if (isSurrogate(code)) hasLoneSurrogate = true;
      folded = fold(code);
      unit = folded.charCodeAt(0);
    }
    const units = folded === undefined ? 1 : folded.length;
    for (let k = 0; k < units; k++) {
      if (folded !== undefined) {
        // Expansions (œ → oe) need room beyond one slot per source unit.
        if (size >= capacity) break;
        unit = folded.charCodeAt(k);
      }
      // Elongations: a third identical letter in a row is dropped ("sooo" → "so").
      if (unit === last && unit !== SPACE) {
        runLength++;
        if (runLength >= 2 && isLowerAscii(unit)) {
          // The first two are kept for now; a run of three or more keeps one.
          if (runLength === 2) size--;
          ends[size - 1] = i;
          continue;
        }
      } else {
        last = unit;
        runLength = 0;
      }
      if (size >= capacity) continue;
      if (size === codes.length) {
        const room = Math.min(capacity, size * 2);
        codes = grown(codes, new Uint16Array(room));
        starts = grown(starts, new Int32Array(room));
        ends = grown(ends, new Int32Array(room));
      }
      codes[size] = unit;
      starts[size] = start;
      ends[size] = i;
      size++;
    }
  }
  return { text: decode(codes.subarray(0, size), hasLoneSurrogate), starts: starts.subarray(0, size), ends: ends.subarray(0, size) };
}
