// A structural check for custom regular expressions in organisation packs. The
// exponential-backtracking shapes are nested repetition — (a+)+, (\w+\s?)* — and
// repeated alternatives, (a|ab)*; back-references defeat linear matching too.
// recheck (a full checker) is too large for a content script; the tests compare
// this check with it (tests/unit/rules/regex-safety.test.ts).

const MAX_SOURCE_LENGTH = 500;

interface Group {
  repeats: boolean;
  alternates: boolean;
}

/** Why a custom pattern is refused, or null when it is accepted. */
export function regexSafetyProblem(source: string): string | null {
  if (source.length > MAX_SOURCE_LENGTH) return `regular expression longer than ${MAX_SOURCE_LENGTH} characters`;
  try {
    new RegExp(source, 'g');
  } catch (error) {
    return `invalid regular expression: ${(error as Error).message}`;
  }
  const stack: Group[] = [{ repeats: false, alternates: false }];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      const next = source[i + 1];
      if (/[1-9]/.test(next) || next === 'k') return 'back-references are not allowed';
      i = skipQuantifier(source, i + 2, stack[stack.length - 1]) - 1;
      continue;
    }
    if (ch === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      i = skipQuantifier(source, i + 1, stack[stack.length - 1]) - 1;
      continue;
    }
    if (ch === '(') {
      stack.push({ repeats: false, alternates: false });
      if (source[i + 1] === '?') i += source[i + 2] === '<' && /[=!]/.test(source[i + 3]) ? 3 : 2;
      continue;
    }
    if (ch === '|') {
      stack[stack.length - 1].alternates = true;
      continue;
    }
    if (ch === ')') {
      const group = stack.pop()!;
      const parent = stack[stack.length - 1];
      const quantifier = readQuantifier(source, i + 1);
      if (quantifier.repeats && (group.repeats || group.alternates)) {
        return 'nested repetition (such as (a+)+ or (a|b)*) can backtrack catastrophically';
      }
      parent.repeats ||= group.repeats || quantifier.repeats;
      i += quantifier.length;
      continue;
    }
    i = skipQuantifier(source, i + 1, stack[stack.length - 1]) - 1;
  }
  return null;
}

/** Reads a quantifier at `at`; `repeats` when it allows more than one occurrence. */
function readQuantifier(source: string, at: number): { repeats: boolean; length: number } {
  const ch = source[at];
  let length = 0;
  let repeats = false;
  if (ch === '*' || ch === '+') {
    repeats = true;
    length = 1;
  } else if (ch === '?') length = 1;
  else if (ch === '{') {
    const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
    if (match) {
      length = match[0].length;
      repeats = match[2] !== undefined ? match[3] === '' || Number(match[3]) > 1 : Number(match[1]) > 1;
    }
  }
  if (length && source[at + length] === '?') length++;
  return { repeats, length };
}

function skipQuantifier(source: string, at: number, group: Group): number {
  const quantifier = readQuantifier(source, at);
  if (quantifier.repeats) group.repeats = true;
  return at + quantifier.length;
}
