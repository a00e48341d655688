// Which strings a regular expression cannot match without. /\b(board|committee) meets\b/ matches only text
// containing "board meets" or "committee meets"; a sentence without either need not be run through it.
// The reading is deliberately partial: anything in a pattern it does not follow makes that piece
// "anything", and a pattern it cannot read at all gives null ("always run the pattern"), so an answer is
// never wrong, only sometimes less useful than it could be.
//
// Letters are given in lower case, matching the ASCII-folded trigrams of trigramFilter.ts: a pattern
// that matches "NIST" needs "nist" in the folded text, whether or not it ignores case.

/** Every string a piece of pattern can match (when few and known), and strings one of which every match contains. */
interface Info {
  exact: string[] | null;
  must: string[] | null;
}

/** Largest set of strings kept for one piece; more alternatives than this are treated as "anything". */
const MAX_SET = 32;
/** Largest set of required strings; a set this large still costs far less to test than a pattern run. */
const MAX_REQUIRED = 64;
/** Shortest literal worth gating on: a trigram filter cannot tell anything from a shorter one. */
const MIN_LITERAL = 3;
/**
 * Literals this long rule out nearly every sentence that lacks them; beyond it a smaller set is better
 * than longer strings (" not " rather than fifteen spellings of "do not currently").
 */
const ENOUGH_LITERAL = 5;

const ANYTHING: Info = { exact: null, must: null };
const EMPTY: Info = { exact: [''], must: null };

class Unreadable extends Error {}

/**
 * Strings at least one of which occurs (ASCII letters folded to lower case) in every match of `re`, each
 * at least three characters long; null when no such set is known.
 */
export function requiredLiterals(re: RegExp): string[] | null {
  // Case-insensitive Unicode patterns fold "K" (Kelvin sign) to "k" and "ſ" to "s", which ASCII folding
  // of the text does not; the v flag's class syntax is not read here.
  if ((re.unicode && re.ignoreCase) || re.flags.includes('v')) return null;
  try {
    const info = readPattern(re.source, re.ignoreCase, re.unicode);
    return best([info.exact, info.must]);
  } catch (err) {
    if (err instanceof Unreadable) return null;
    throw err;
  }
}

/** "annual" makes "annually" and "semiannual" redundant: a text with either contains it. */
function withoutRedundant(set: readonly string[]): string[] {
  const unique = [...new Set(set)];
  return unique.filter((s) => !unique.some((t) => t !== s && s.includes(t)));
}

function quality(set: string[] | null): number {
  if (set === null || set.length === 0) return 0;
  let min = Infinity;
  for (const s of set) min = Math.min(min, s.length);
  return min >= MIN_LITERAL ? Math.min(min, ENOUGH_LITERAL) : 0;
}

/** The most selective of the candidate sets, without redundant strings, or null when none can gate. */
function best(candidates: readonly (string[] | null)[]): string[] | null {
  let chosen: string[] | null = null;
  for (const c of candidates) {
    const q = quality(c);
    if (q === 0) continue;
    const reduced = withoutRedundant(c!);
    const qc = quality(chosen);
    if (q > qc || (q === qc && reduced.length < chosen!.length)) chosen = reduced;
  }
  return chosen;
}

function cross(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_SET) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

function union(sets: readonly string[][], max = MAX_SET): string[] | null {
  const out = new Set<string>();
  for (const s of sets) for (const x of s) out.add(x);
  return out.size > max ? null : [...out];
}

/** A sequence of pieces: runs of known pieces join into longer strings. */
function sequence(parts: readonly Info[]): Info {
  if (parts.length === 1) return parts[0];
  const candidates: (string[] | null)[] = [];
  let run: string[] | null = null;
  let all: string[] | null = [''];
  for (const p of parts) {
    candidates.push(p.must);
    if (p.exact === null) {
      candidates.push(run);
      run = null;
      all = null;
      continue;
    }
    const joined: string[] | null = run === null ? p.exact : cross(run, p.exact);
    if (joined === null) {
      candidates.push(run);
      run = p.exact;
    } else run = joined;
    all = all === null ? null : cross(all, p.exact);
  }
  candidates.push(run);
  return { exact: all, must: best(candidates) };
}

function alternatives(alts: readonly Info[]): Info {
  if (alts.length === 1) return alts[0];
  const exact = alts.every((a) => a.exact !== null) ? union(alts.map((a) => a.exact!)) : null;
  const each = alts.map((a) => best([a.exact, a.must]));
  const joined = each.every((m) => m !== null) ? union(each as string[][], Infinity) : null;
  const must = joined === null ? null : withoutRedundant(joined);
  return { exact, must: must === null || must.length > MAX_REQUIRED ? null : must };
}

function repeat(atom: Info, min: number, max: number): Info {
  if (max === 0) return EMPTY;
  if (min === 0) return { exact: max === 1 && atom.exact !== null ? union([[''], atom.exact]) : null, must: null };
  let exact: string[] | null = null;
  if (min === max && atom.exact !== null && min <= 4) {
    exact = [''];
    for (let i = 0; i < min && exact !== null; i++) exact = cross(exact, atom.exact);
  }
  return { exact, must: best([atom.exact, atom.must]) };
}

/** Reads a pattern's source; functions over one cursor, written so that the minifier can shorten their names. */
function readPattern(src: string, ignoreCase: boolean, unicode: boolean): Info {
  let pos = 0;

  function atEnd(): boolean {
    return pos >= src.length;
  }

  function disjunction(): Info {
    const alts = [alternative()];
    while (src[pos] === '|') {
      pos++;
      alts.push(alternative());
    }
    return alternatives(alts);
  }

  function alternative(): Info {
    const parts: Info[] = [];
    while (!atEnd() && src[pos] !== '|' && src[pos] !== ')') {
      parts.push(quantified(atom()));
    }
    return parts.length === 0 ? EMPTY : sequence(parts);
  }

  function quantified(atom: Info): Info {
    const c = src[pos];
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(pos));
      if (!m) throw new Unreadable();
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      pos += m[0].length - 1;
    } else return atom;
    pos++;
    if (src[pos] === '?') pos++;
    return repeat(atom, min, max);
  }

  function atom(): Info {
    const c = src[pos++];
    switch (c) {
      case '.':
        return ANYTHING;
      case '^':
      case '$':
        return EMPTY;
      case '\\':
        return escape();
      case '[':
        return characterClass();
      case '(':
        return group();
      case '*':
      case '+':
      case '?':
      case '{':
        throw new Unreadable();
      default:
        return char(c.charCodeAt(0));
    }
  }

  function group(): Info {
    let lookaround = false;
    if (src[pos] === '?') {
      const head = src.slice(pos, pos + 3);
      if (head.startsWith('?:')) pos += 2;
      else if (head.startsWith('?=') || head.startsWith('?!')) [pos, lookaround] = [pos + 2, true];
      else if (head === '?<=' || head === '?<!') [pos, lookaround] = [pos + 3, true];
      else if (head.startsWith('?<')) {
        const close = src.indexOf('>', pos);
        if (close < 0) throw new Unreadable();
        pos = close + 1;
      } else throw new Unreadable();
    }
    const inner = disjunction();
    if (src[pos] !== ')') throw new Unreadable();
    pos++;
    // A lookaround matches no text of its own.
    return lookaround ? EMPTY : inner;
  }

  /** One literal character as the folded text holds it; a character case folding could turn into another is "anything". */
  function char(code: number): Info {
    if (code >= 65 && code <= 90) return { exact: [String.fromCharCode(code + 32)], must: null };
    if (code > 127 && ignoreCase) return ANYTHING;
    return { exact: [String.fromCharCode(code)], must: null };
  }

  function escape(): Info {
    const c = src[pos++];
    if (c === undefined) throw new Unreadable();
    switch (c) {
      case 'b':
      case 'B':
        return EMPTY;
      case 'd':
      case 'D':
      case 's':
      case 'S':
      case 'w':
      case 'W':
        return ANYTHING;
      case 'k':
      case 'p':
      case 'P':
        if (c === 'k' && src[pos] === '<') return skipTo('>');
        if (c !== 'k' && unicode && src[pos] === '{') return skipTo('}');
        return char(c.charCodeAt(0));
      default: {
        const code = escapedCode(c);
        return code === null ? ANYTHING : char(code);
      }
    }
  }

  function skipTo(close: string): Info {
    const at = src.indexOf(close, pos);
    if (at < 0) throw new Unreadable();
    pos = at + 1;
    return ANYTHING;
  }

  /** The character an escape stands for, inside or outside a class; null for a back reference. */
  function escapedCode(c: string): number | null {
    if (c >= '1' && c <= '9') {
      while (/[0-9]/.test(src[pos] ?? '')) pos++;
      return null;
    }
    switch (c) {
      case '0':
        if (/[0-9]/.test(src[pos] ?? '')) throw new Unreadable();
        return 0;
      case 't':
        return 9;
      case 'n':
        return 10;
      case 'v':
        return 11;
      case 'f':
        return 12;
      case 'r':
        return 13;
      case 'x':
        return hex(2);
      case 'u':
        if (src[pos] === '{') {
          const close = src.indexOf('}', pos);
          const code = close < 0 ? NaN : parseInt(src.slice(pos + 1, close), 16);
          if (!unicode || !(code >= 0 && code <= 0xffff)) throw new Unreadable();
          pos = close + 1;
          return code;
        }
        return hex(4);
      case 'c':
        throw new Unreadable();
      default:
        return c.charCodeAt(0);
    }
  }

  function hex(digits: number): number {
    const text = src.slice(pos, pos + digits);
    if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(text)) throw new Unreadable();
    pos += digits;
    return parseInt(text, 16);
  }

  function characterClass(): Info {
    const negated = src[pos] === '^';
    if (negated) pos++;
    const codes = new Set<number>();
    let known = !negated;
    while (src[pos] !== ']') {
      if (atEnd()) throw new Unreadable();
      const lo = classAtom();
      if (src[pos] === '-' && src[pos + 1] !== ']' && pos + 1 < src.length) {
        pos++;
        const hi = classAtom();
        if (lo === null || hi === null || hi < lo) {
          if (lo === null || hi === null) known = false;
          else throw new Unreadable();
          continue;
        }
        if (hi - lo > 8) known = false;
        else for (let k = lo; k <= hi; k++) codes.add(k);
      } else if (lo === null) known = false;
      else codes.add(lo);
    }
    pos++;
    if (!known || codes.size === 0) return ANYTHING;
    const chars = new Set<string>();
    for (const code of codes) {
      const one = char(code);
      if (one.exact === null) return ANYTHING;
      chars.add(one.exact[0]);
    }
    return chars.size > 8 ? ANYTHING : { exact: [...chars], must: null };
  }

  /** One character of a class, or null for a class escape (\d, \w, \p{...}). */
  function classAtom(): number | null {
    const c = src[pos++];
    if (c !== '\\') return c.charCodeAt(0);
    const e = src[pos++];
    if (e === undefined) throw new Unreadable();
    if ('dDsSwW'.includes(e)) return null;
    if ((e === 'p' || e === 'P') && unicode) {
      skipTo('}');
      return null;
    }
    if (e === 'b') return 8;
    if (e === '-') return 45;
    const code = escapedCode(e);
    if (code === null) throw new Unreadable();
    return code;
  }

  const info = disjunction();
  if (!atEnd()) throw new Unreadable();
  return info;
}
