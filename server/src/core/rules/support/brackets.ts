// Square-bracket groups of a section, each sorted into the one kind of drafting residue it is (or
// into a guard: `[Reserved]`, `[***]`, `[d]escribe`). The residue rules share this so that a group is
// reported by exactly one of them.
import type { Span } from '../../types';
import type { RuleContext } from '../ruleDef';
import { mask, type Masked } from './mask';

export type GroupKind =
  /** `[Reserved]`, `[Intentionally Omitted]`, `[***]`, `[...]`, `[sic]`, numeric references. */
  | 'guard'
  /** `[d]escribe`, `describe[s]`: an alteration of a quoted word. */
  | 'alteration'
  /** `[[...]]`: template residue (the inner group is not reported again). */
  | 'template'
  /** `[●]`, `[x]`, `[___]`, `[Name of CISO]`, `[insert amount]`. */
  | 'blank'
  /** `[TBD]`, `[TK]`, `[to come]`, `[?]`. */
  | 'unfinished'
  /** `[Note to Draft: ...]`, `[Company to confirm]`, `[JD: ...]`, `[A1]`. */
  | 'note'
  /** `[quarterly/annually]`, `[Audit][Risk]`. */
  | 'alternatives'
  /** Any other bracketed wording: a sentence or phrase awaiting sign-off. */
  | 'text'
  /** Inside a group already reported as a whole (a note, a template field, a guard). */
  | 'inner';

export interface Group {
  open: number;
  /** Offset of the closing bracket. */
  close: number;
  /** The residue as a reader sees it: the brackets plus a glued `$`, `20` or `%`. For alternatives, all groups. */
  span: Span;
  inner: string;
  kind: GroupKind;
  /** Inside a quotation in its paragraph. */
  quoted: boolean;
  /** For alternatives: the choices. */
  choices?: string[];
  /** For alternatives written as adjacent groups: the other groups. */
  members?: Group[];
}

export interface BracketScan {
  masked: Masked;
  groups: Group[];
  /** Offsets of `[` never closed and `]` never opened, within one paragraph. */
  unmatched: number[];
}

const cache = new WeakMap<RuleContext, BracketScan>();

/** The bracket scan of the section, computed once per analysis. */
export function bracketScan(ctx: RuleContext): BracketScan {
  let scan = cache.get(ctx);
  if (!scan) {
    scan = scanBrackets(mask(ctx.text, ctx.section.span, ctx.syntax));
    cache.set(ctx, scan);
  }
  return scan;
}

/** The masked section text, shared by the word-level residue rules. */
export function maskedSection(ctx: RuleContext): Masked {
  return bracketScan(ctx).masked;
}

interface Raw {
  open: number;
  close: number;
  depth: number;
  parent: Raw | null;
}

export function scanBrackets(masked: Masked): BracketScan {
  const s = masked.text;
  const { start, end } = masked.span;
  const raws: Raw[] = [];
  const unmatched: number[] = [];
  const stack: { open: number; raw: Raw | null }[] = [];
  const openRaws: Raw[] = [];
  const endParagraph = (): void => {
    for (const o of stack) unmatched.push(o.open);
    stack.length = 0;
    openRaws.length = 0;
  };
  // Only brackets and line breaks matter: jump from one to the next.
  const special = /[[\]\n]/g;
  special.lastIndex = start;
  for (let m = special.exec(s); m !== null && m.index < end; m = special.exec(s)) {
    const i = m.index;
    const c = m[0];
    if (c === '[') {
      stack.push({ open: i, raw: null });
    } else if (c === ']') {
      const o = stack.pop();
      if (!o) {
        unmatched.push(i);
        continue;
      }
      raws.push({ open: o.open, close: i, depth: stack.length, parent: null });
    } else if (c === '\n' && /^[ \t]*(\r?\n|$)/.test(s.slice(i + 1, i + 80))) {
      endParagraph();
    }
  }
  endParagraph();
  raws.sort((a, b) => a.open - b.open);
  // Parents: the nearest earlier group that encloses this one.
  const open: Raw[] = [];
  for (const r of raws) {
    while (open.length > 0 && open[open.length - 1].close < r.open) open.pop();
    r.parent = open.length > 0 ? open[open.length - 1] : null;
    open.push(r);
  }

  const quotedOpens = raws.length > 0 ? quotedPositions(s, start, end) : new Set<number>();
  const kinds = new Map<Raw, Group>();
  const groups: Group[] = [];
  for (const r of raws) {
    const inner = s.slice(r.open + 1, r.close);
    const parent = r.parent ? kinds.get(r.parent) : undefined;
    let kind: GroupKind;
    if (parent && (parent.kind === 'note' || parent.kind === 'template' || parent.kind === 'guard' || parent.kind === 'inner' || parent.kind === 'alteration')) {
      kind = 'inner';
    } else if (isTemplate(s, r)) {
      kind = 'template';
    } else if (isAlteration(s, r, inner)) {
      kind = 'alteration';
    } else {
      kind = classify(inner);
    }
    const group: Group = { open: r.open, close: r.close, span: residueSpan(s, r.open, r.close), inner, kind, quoted: quotedOpens.has(r.open) };
    if (kind === 'alternatives') group.choices = slashChoices(inner);
    kinds.set(r, group);
    groups.push(group);
  }
  joinAdjacent(groups);
  return { masked, groups, unmatched: unmatched.sort((a, b) => a - b) };
}

/** `[[field]]`: the group's only content is one inner group. */
function isTemplate(s: string, r: Raw): boolean {
  return s[r.open + 1] === '[' && s[r.close - 1] === ']' && s.slice(r.open + 1, r.close).lastIndexOf('[') === 0;
}

/** `"[d]escribe"`, `"describe[s]"`, `"[T]he"`: one to three letters glued to a word. */
function isAlteration(s: string, r: Raw, inner: string): boolean {
  if (!/^[A-Za-z]{1,3}$/.test(inner)) return false;
  return /[A-Za-z]/.test(s[r.close + 1] ?? '') || /[A-Za-z]/.test(s[r.open - 1] ?? '');
}

/** Brackets plus a glued currency sign, century (`20[●]`) or per cent sign. */
function residueSpan(s: string, open: number, close: number): Span {
  let a = open;
  let b = close + 1;
  if (s[a - 1] === '$') a--;
  else if (/\d/.test(s[a - 1] ?? '')) while (a > 0 && /\d/.test(s[a - 1])) a--;
  if (s[b] === '%') b++;
  return { start: a, end: b };
}

/**
 * Offsets of the `[` that stand inside a quotation of their paragraph: an opening curly quote not yet
 * closed, or an odd number of straight quotes before it. One pass over the span.
 */
function quotedPositions(s: string, start: number, end: number): Set<number> {
  const out = new Set<number>();
  let curly = 0;
  let straight = false;
  // Only quotes, brackets and line breaks matter: jump from one to the next.
  const special = /[\u201C\u201D"[\n]/g;
  special.lastIndex = start;
  for (let m = special.exec(s); m !== null && m.index < end; m = special.exec(s)) {
    const i = m.index;
    const c = m[0];
    if (c === '\u201C') curly++;
    else if (c === '\u201D') curly = Math.max(0, curly - 1);
    else if (c === '"') straight = !straight;
    else if (c === '[') {
      if (curly > 0 || straight) out.add(i);
    } else if (c === '\n' && /^[ \t]*(\r?\n|$)/.test(s.slice(i + 1, i + 80))) {
      curly = 0;
      straight = false;
    }
  }
  return out;
}

const GUARD =
  /^(reserved|intentionally (omitted|left blank|deleted)|omitted|redacted|deleted|removed|sic|emphasis (added|supplied|in original)|(internal )?(footnotes?|citations?|quotation marks?)( and (footnotes?|citations?|quotation marks?))? omitted|alterations? in original|brackets in original|continued|see (above|below)|(i|ii|iii|iv|v|vi|vii|viii|ix))$/i;

const UNFINISHED =
  /^(tbd|tbc|tba|tk|to come|tk+ to come|to be (updated|confirmed|determined|provided|inserted|added|completed|discussed|agreed|finali[sz]ed|decided|drafted|reviewed)|updated?|update (needed|required|pending)|pending|pending (confirmation|review|input)|open|\?+|\?+ *tbd|not yet (known|available|determined))$/i;

const NOTE_LABEL =
  /^(note to (draft|drafter|drafters|company|client|file|reviewer|preparer|counsel|[a-z]{2,20})|ntd|nb|n\.b\.|drafting notes?|draft(er'?s)? note|notes?|company notes?|client notes?|internal notes?|reviewer'?s? notes?|editor'?s? notes?|comments?|query|queries|question|q|issue|open (point|item|issue|question)|action( item)?|follow[- ]?up|placeholder)\s*[:\-\u2013\u2014]/i;
const NOTE_ASK =
  /^(the )?(company|client|issuer|management|ciso|cio|legal|counsel|finance|it|security|audit committee|board|[a-z]{2,12}) to (confirm|provide|review|update|advise|discuss|insert|complete|verify|consider|check|fill in|supply|revise|approve)\b/i;
const NOTE_IMPERATIVE = /^(please )?(confirm|to confirm|check|verify|discuss|query|consider whether|to be checked|for discussion|subject to (confirmation|review|discussion))\b/i;
const INITIALS = /^[A-Z]{2,4}\d?\s*:/;
const COMMENT_ANCHOR = /^[A-Z]{1,3}\d{1,3}$/;

const BULLETS = /^[\s\u25CF\u2022\u25E6\u00B7\u25CB\u25EF\u2B24\u2219_\-\u2013\u2014]*$/;
const X_BLANK = /^\s*\$?\s*[xX#]{1,4}(,[xX#]{3})*(\.[xX#]{1,3})?\s*(%|million|billion)?\s*$/;
const INSTRUCTION = /^(insert|include|add|specify|describe|identify|list|provide|state|enter|fill in|complete|populate|name of|amount of|number of|date of|title of)\b/i;

/** Words that make a bracket a labelled blank (`[date]`, `[Name of CISO]`, `[prior employers]`). */
const LABEL_HEADS = new Set(
  'name names date dates number numbers amount amounts title titles committee year years percentage percent month months day days employer employers degree degrees field fields position positions role roles certification certifications frequency vendor vendors provider providers framework frameworks company firm address period quarter details description figure value total count dollars individual person officer location city state country ticker function department team'.split(' '),
);
const LABEL_QUALIFIERS = new Set(
  'of the a an our its their his her relevant applicable appropriate prior previous current former ciso cio cto cso ciso\'s chief information security technology officer board committee company vendor cybersecurity cyber full legal first last employee employees member members years experience dollar usd no s \'s and or executive management responsible key lead primary fiscal report reporting'.split(' '),
);

/** The kind of a bracket group from its content alone. */
export function classify(raw: string): GroupKind {
  const inner = raw.replace(/\s+/g, ' ');
  const t = inner.trim();
  if (/^\*+$/.test(t) || /^(\.\s?){3,}$|^\u2026$/.test(t) || /^\d+([,\-\u2013]\s?\d+)*$/.test(t) || GUARD.test(t)) return 'guard';
  if (t === '' || BULLETS.test(t)) return 'blank';
  if (X_BLANK.test(t)) return 'blank';
  if (UNFINISHED.test(t)) return 'unfinished';
  if (NOTE_LABEL.test(t) || NOTE_ASK.test(t) || NOTE_IMPERATIVE.test(t) || INITIALS.test(t) || COMMENT_ANCHOR.test(t)) return 'note';
  if (INSTRUCTION.test(t) && t.split(' ').length <= 12 && !/[.;]$/.test(t)) return 'blank';
  if (isLabel(t)) return 'blank';
  if (slashChoices(t)) return 'alternatives';
  return 'text';
}

function isLabel(t: string): boolean {
  if (/[.;:!?]$/.test(t)) return false;
  const words = t.toLowerCase().replace(/['\u2019]s\b/g, ' ').split(/[\s,/-]+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return false;
  if (!words.some((w) => LABEL_HEADS.has(w))) return false;
  // `[committee]` is a blank; `[Audit Committee]` names a committee and only awaits confirmation.
  return words.every((w) => LABEL_HEADS.has(w) || LABEL_QUALIFIERS.has(w));
}

const FIXED_SLASHES = /\b(?:and\/or|either\/or|w\/o|n\/a|c\/o|a\/k\/a|24\/7|ISO\/IEC|TCP\/IP|I\/O|A\/V|P\/E)\b/gi;

/** `quarterly/annually`, `has/has not`, `the Board / the Audit Committee`: two or more choices. */
export function slashChoices(t: string): string[] | undefined {
  if (!t.includes('/') || t.length > 160) return undefined;
  // Dates, fractions, addresses and fixed expressions are not choices.
  if (/\d\s*\/\s*\d/.test(t) || /:\/\//.test(t)) return undefined;
  if (!t.replace(FIXED_SLASHES, '').includes('/')) return undefined;
  // Split on the slashes that separate choices, not on those inside "ISO/IEC" or "TCP/IP".
  const parts = t
    .replace(FIXED_SLASHES, (m) => m.replace(/\//g, '\u0000'))
    .split('/')
    .map((p) => p.replace(/\u0000/g, '/').trim());
  if (parts.length < 2 || parts.some((p) => !/[A-Za-z]/.test(p) || p.length > 80)) return undefined;
  return parts;
}

/** Adjacent groups of plain wording, `[Audit][Risk] Committee`, are alternatives written side by side. */
function joinAdjacent(groups: Group[]): void {
  const byOpen = new Map(groups.map((g) => [g.open, g]));
  for (const g of groups) {
    if (g.kind !== 'text' && g.kind !== 'alternatives') continue;
    const chain = [g];
    for (let next = byOpen.get(chain[chain.length - 1].close + 1); next && (next.kind === 'text' || next.kind === 'alternatives'); next = byOpen.get(next.close + 1)) chain.push(next);
    if (chain.length < 2) continue;
    // The first group of a chain reports; the others become its members (groups come in document order).
    g.kind = 'alternatives';
    g.members = chain.slice(1);
    g.choices = chain.map((c) => c.inner.trim());
    g.span = { start: g.span.start, end: chain[chain.length - 1].span.end };
    for (const m of g.members) m.kind = 'inner';
  }
}
