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
const LOOKALIKE_DIGITS: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
const SPECIAL_LETTERS: Record<string, string> = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ı': 'i' };

const foldCache = new Map<string, string>();

/** Lower case without diacritics, for one code point. */
function fold(ch: string): string {
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    const lower = ch.toLowerCase();
    folded = SPECIAL_LETTERS[lower] ?? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (foldCache.size < 4096) foldCache.set(ch, folded);
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

export function normalize(text: string): Normalized {
  const length = text.length;
  // Room for expansions such as œ → oe.
  const starts = new Int32Array(length * 2 + 2);
  const ends = new Int32Array(length * 2 + 2);
  const out: string[] = [];
  let size = 0;
  const separators = spelledOutSeparators(text);

  let lastChar = '';
  let runLength = 0;
  const push = (ch: string, start: number, end: number) => {
    // Elongations: a third identical letter in a row is dropped ("sooo" → "so").
    if (ch === lastChar && ch !== ' ') {
      runLength++;
      if (runLength >= 2 && isLowerAscii(ch.charCodeAt(0))) {
        // The first two are kept for now; a run of three or more keeps one.
        if (runLength === 2) {
          out.pop();
          size--;
          ends[size - 1] = end;
        } else ends[size - 1] = end;
        return;
      }
    } else {
      lastChar = ch;
      runLength = 0;
    }
    if (size >= starts.length) return;
    out.push(ch);
    starts[size] = start;
    ends[size] = end;
    size++;
  };

  for (let i = 0; i < length; ) {
    const code = text.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1;
    const start = i;
    i += width;
    if (separators?.has(start)) continue;
    if (ZERO_WIDTH.has(code)) continue;
    if (isSpace(code)) {
      if (size > 0 && lastChar !== ' ') push(' ', start, i);
      continue;
    }
    if (code < 128) {
      if (isAsciiLetter(code)) {
        push(String.fromCharCode(code | 0x20), start, i);
        continue;
      }
      const ch = text[start];
      const lookalike = LOOKALIKE_DIGITS[ch];
      if (lookalike && isLowerAscii(lastChar.charCodeAt(0)) && i < length && isAsciiLetter(text.charCodeAt(i))) {
        push(lookalike, start, i);
        continue;
      }
      push(ch, start, i);
      continue;
    }
    if (APOSTROPHES.has(code)) {
      push("'", start, i);
      continue;
    }
    // Astral characters (emoji…) never take part in words: one placeholder unit keeps offsets aligned.
    const folded = width === 1 ? fold(text[start]) : '\ufffd';
    for (const ch of folded) {
      // Expansions (œ → oe) need room beyond one slot per source unit.
      if (size >= starts.length) break;
      // Some characters decompose into astral ones (U+FAD1 → U+233D5): one unit per slot.
      push(ch.length === 1 ? ch : '\ufffd', start, i);
    }
  }
  return { text: out.join(''), starts: starts.subarray(0, size), ends: ends.subarray(0, size) };
}
