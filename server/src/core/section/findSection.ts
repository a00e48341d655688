import type { AnalyzeOptions, Form, Part, SectionInfo, Span } from '../types';
import { bareSectionTitle, closingHeading, headingLine, otherItemTitle, RUN_IN_NEXT_ITEM, sectionHeading, type HeadingLine } from './headings';
import { dropComments, normalizeForMatch } from '../text/normalize';

/**
 * Line table of the text: offsets only, the text of a line is sliced when asked for. Building it is a
 * native `indexOf` scan, so finding the section in a whole annual report costs about a millisecond.
 */
export class Lines {
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  constructor(readonly text: string) {
    const n = text.length;
    if (text.indexOf('\r') < 0) {
      let start = 0;
      for (;;) {
        const nl = text.indexOf('\n', start);
        if (nl < 0) break;
        this.starts.push(start);
        this.ends.push(nl);
        start = nl + 1;
      }
      this.starts.push(start);
      this.ends.push(n);
    } else {
      // CR LF and a lone CR end a line too.
      const breaks = /\r\n?|\n/g;
      let start = 0;
      let m: RegExpExecArray | null;
      while ((m = breaks.exec(text)) !== null) {
        this.starts.push(start);
        this.ends.push(m.index);
        start = m.index + m[0].length;
      }
      this.starts.push(start);
      this.ends.push(n);
    }
  }

  get length(): number {
    return this.starts.length;
  }

  start(i: number): number {
    return this.starts[i];
  }

  end(i: number): number {
    return this.ends[i];
  }

  raw(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  /** Index of the line containing `offset`. */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  isBlank(i: number): boolean {
    return this.raw(i).trim() === '';
  }
}

interface Candidate {
  line: number;
  heading: HeadingLine;
  item: string;
  headingLength: number;
  endLine: number;
  /** Offset where the section ends (exclusive). */
  end: number;
  bodyChars: number;
}

const FENCE = /^ {0,3}(```|~~~)/;

/** White space as `\s` matches it, except the line breaks. */
function isSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 11 || c === 12 || c === 160 || c === 5760 || (c >= 8192 && c <= 8202) ||
    c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279
  );
}

/**
 * Where the heading text of a line would start: after white space, an ATX `#` run with its space and a
 * bold marker. A cheap superset of headingLine, so that only lines starting with a given word there are
 * looked at closely.
 */
function headingTextStart(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 35 /* # */) {
    let j = i;
    while (j < end && text.charCodeAt(j) === 35) j++;
    if (j - i <= 6 && j < end && isSpace(text.charCodeAt(j))) {
      i = j;
      while (i < end && isSpace(text.charCodeAt(i))) i++;
    }
  }
  const c = text.charCodeAt(i);
  if ((c === 42 || c === 95) && text.charCodeAt(i + 1) === c) {
    i += 2;
    while (i < end && isSpace(text.charCodeAt(i))) i++;
  }
  return i;
}

/** ASCII case-insensitive: does `text` have `word` (lower case) at `at`, within `end`? */
function wordAt(text: string, at: number, end: number, word: string): boolean {
  if (at + word.length > end) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(at + k);
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    if (lower !== word.charCodeAt(k)) return false;
  }
  return true;
}

function isFenceLine(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && i - start < 3 && text.charCodeAt(i) === 32) i++;
  return wordAt(text, i, end, '```') || wordAt(text, i, end, '~~~');
}

/** Lines that may open the section (heading text starting with "Item" or "Part") or toggle a code fence. */
function itemOrFenceLines(text: string, lines: Lines): number[] {
  const found: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = lines.start(i);
    const end = lines.end(i);
    const at = headingTextStart(text, start, end);
    if (wordAt(text, at, end, 'item') || wordAt(text, at, end, 'part') || isFenceLine(text, start, end)) found.push(i);
  }
  return found;
}

/** Lines whose heading text starts with "Cyber", for sections headed only "Cybersecurity". */
function cyberLines(text: string, lines: Lines): number[] {
  const found: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const end = lines.end(i);
    if (wordAt(text, headingTextStart(text, lines.start(i), end), end, 'cyber')) found.push(i);
  }
  return found;
}

export function findSection(text: string, options: AnalyzeOptions = {}): SectionInfo {
  return locateSection(text, options).section;
}

/** The section, with what tells whether an edit could make another candidate win (see sectionTracker.ts). */
export interface Located {
  section: SectionInfo;
  /** Found under an "Item 1C" / "Item 16K" heading (not a bare "Cybersecurity" title). */
  viaItem: boolean;
  /** How much longer the chosen body is than the next candidate's (a table of contents entry). */
  margin: number;
}

export function locateSection(text: string, options: AnalyzeOptions = {}): Located {
  const lines = new Lines(text);
  const candidates: Candidate[] = [];
  let inFence = false;
  for (const i of itemOrFenceLines(text, lines)) {
    const raw = lines.raw(i);
    if (FENCE.test(raw)) inFence = !inFence;
    if (inFence) continue;
    // Text pasted without line breaks can put the heading at the start of a very long line.
    const hl = headingLine(raw.length > 4000 ? raw.slice(0, 400) : raw);
    if (!hl) continue;
    const m = sectionHeading(hl);
    if (!m) continue;
    if (candidates.length > 0 && i <= candidates[candidates.length - 1].endLine) continue;
    candidates.push(measure(text, lines, i, hl, m.item, m.headingLength));
  }

  const viaItem = candidates.length > 0;
  if (!viaItem) candidates.push(...bareTitleCandidates(text, lines));
  const forced = options.form && options.form !== 'auto' ? options.form : null;
  if (candidates.length === 0) {
    return { section: options.check === 'always' ? wholeDocument(text, forced) : notFound(text, forced), viaItem, margin: 0 };
  }
  // A table of contents also lists "Item 1C. Cybersecurity"; the real section is the one with a body.
  // Without Item headings, a first "Cybersecurity" title that only points elsewhere is Item 1C (Part I),
  // and the later, longer "Cybersecurity" text is what it points to (the MD&A or the risk sections).
  const best = !viaItem && holdsNoDisclosure(text.slice(lines.end(candidates[0].line), candidates[0].end))
    ? candidates[0]
    : candidates.reduce((a, b) => (b.bodyChars > a.bodyChars ? b : a));
  const margin = Math.min(...candidates.filter((c) => c !== best).map((c) => best.bodyChars - c.bodyChars), Infinity);
  const lineStart = lines.start(best.line);
  const headingStart = lineStart + best.heading.textOffset;
  const runIn = best.heading.text.length > best.headingLength + 1;
  const headingEnd = runIn ? headingStart + best.headingLength : lineStart + best.heading.textOffset + best.heading.text.length;
  const bodyStart = runIn ? headingEnd : nextLineStart(lines, best.line, text.length);
  const span: Span = { start: lineStart, end: best.end };
  const bodySpan: Span = { start: Math.min(bodyStart, best.end), end: best.end };
  const inferred: Form = best.item === '16K' ? '20-F' : '10-K';
  const section: SectionInfo = {
    found: true,
    heading: text.slice(headingStart, headingEnd).replace(/\s+/g, ' ').trim(),
    headingSpan: { start: headingStart, end: headingEnd },
    span,
    bodySpan,
    form: forced ?? inferred,
    headingDepth: best.heading.depth,
    // From the mdast of the body, once it is parsed (see section/subsections.ts).
    subsections: [],
    crossReference: crossReference(text.slice(bodySpan.start, bodySpan.end)),
    notApplicable: notApplicable(text.slice(bodySpan.start, bodySpan.end)),
  };
  return { section, viaItem, margin };
}

function measure(text: string, lines: Lines, at: number, heading: HeadingLine, item: string, headingLength: number): Candidate {
  const ownStart = lines.start(at);
  // Text pasted on one line: "Item 1C. CybersecurityNot applicable.Item 2. Properties..."
  const runIn = heading.text.slice(headingLength);
  if (runIn.trim().length > 0) {
    const next = RUN_IN_NEXT_ITEM.exec(runIn);
    if (next) {
      const end = ownStart + heading.textOffset + headingLength + next.index;
      return { line: at, heading, item, headingLength, endLine: at, end, bodyChars: next.index };
    }
  }
  let bodyChars = runIn.trim().length;
  let lastContent = at;
  let inFence = false;
  for (let i = at + 1; i < lines.length; i++) {
    const raw = lines.raw(i);
    if (FENCE.test(raw)) inFence = !inFence;
    const hl = headingLine(raw);
    if (!hl) continue;
    if (!inFence && raw.length <= 4000) {
      if (sectionHeading(hl)) {
        lastContent = i;
        continue; // a running page head repeating the item heading
      }
      const closing = closingHeading(hl) ?? (isHeadingLike(lines, i, hl) && otherItemTitle(hl) ? { item: null, part: null } : null);
      if (closing && closing.item !== '1C' && closing.item !== '16K') {
        if (!(closing.part && nextIsSectionHeading(lines, i))) {
          return { line: at, heading, item, headingLength, endLine: i - 1, end: lines.end(lastContent), bodyChars };
        }
      }
    }
    bodyChars += hl.text.length;
    lastContent = i;
  }
  return { line: at, heading, item, headingLength, endLine: lines.length - 1, end: lines.end(lastContent), bodyChars };
}

/** Sections headed only "Cybersecurity": accepted when no Item 1C / 16K heading exists and the body reads like one. */
function bareTitleCandidates(text: string, lines: Lines): Candidate[] {
  const found: Candidate[] = [];
  for (const i of cyberLines(text, lines)) {
    const hl = headingLine(lines.raw(i));
    if (!hl || !bareSectionTitle(hl) || !isHeadingLike(lines, i, hl)) continue;
    if (found.length > 0 && i <= found[found.length - 1].endLine) continue;
    const c = measure(text, lines, i, hl, '1C', hl.text.length);
    const body = text.slice(lines.end(i), c.end);
    const lower = body.toLowerCase();
    if ((/cyber\s*security threats/.test(lower) && /\bboard\b/.test(lower)) || holdsNoDisclosure(body)) found.push(c);
  }
  return found;
}

function isHeadingLike(lines: Lines, i: number, hl: HeadingLine): boolean {
  if (hl.depth > 0 || /^\s*(\*\*|__)/.test(lines.raw(i))) return true;
  const blankBefore = i === 0 || lines.isBlank(i - 1);
  return blankBefore && hl.text.split(/\s+/).length <= 14 && !/[;,]$/.test(hl.text);
}

function nextIsSectionHeading(lines: Lines, from: number): boolean {
  for (let i = from + 1; i < lines.length && i <= from + 4; i++) {
    const hl = headingLine(lines.raw(i));
    if (hl) return sectionHeading(hl) !== null;
  }
  return false;
}

function nextLineStart(lines: Lines, line: number, fallback: number): number {
  return line + 1 < lines.length ? lines.start(line + 1) : fallback;
}

/** The section of a text that is not checked at all (see guard.ts). */
export function emptySection(options: AnalyzeOptions = {}): SectionInfo {
  return notFound('', options.form && options.form !== 'auto' ? options.form : null);
}

function notFound(text: string, form: Form | null): SectionInfo {
  return {
    found: false,
    heading: null,
    headingSpan: null,
    span: { start: 0, end: 0 },
    bodySpan: { start: 0, end: 0 },
    form,
    headingDepth: 0,
    subsections: [],
    crossReference: null,
    notApplicable: null,
  };
}

function wholeDocument(text: string, form: Form | null): SectionInfo {
  return {
    found: true,
    heading: null,
    headingSpan: null,
    span: { start: 0, end: text.length },
    bodySpan: { start: 0, end: text.length },
    form: form ?? '10-K',
    headingDepth: 0,
    subsections: [],
    crossReference: null,
    notApplicable: null,
  };
}

const GOVERNANCE = /governance|oversight|\bboard\b|committee|management'?s? (role|responsib)|how management|management is|role of management|\bciso\b|officer|\bleadership\b|roles? and responsib|reporting to/;
const RISK_MANAGEMENT = /risk management|strategy|\bthreats?\b|\bincidents?\b|material|\bprocess(es)?\b|\bprogram\b|third[- ]part|\bvendors?\b/;

export function classifyHeading(title: string): Part | 'other' {
  const t = normalizeForMatch(title);
  if (GOVERNANCE.test(t)) return 'gov';
  if (RISK_MANAGEMENT.test(t)) return 'rms';
  return 'other';
}

const CROSS_REFERENCE = /\b(see|refer to|incorporated (herein )?by reference|(is|are) (included|set forth|contained|presented|provided|discussed) (in|under))\b/;
// A pointer names where the text is: an Item or Part, the proxy statement, the MD&A, a page, or a quoted caption.
const TARGET =
  /\b(item\s*\d+[a-z]?|part\s+[iv]+|proxy statement|under the (caption|heading)|annual report|md&a|management's discussion and analysis|(beginning |starting )?on page \d+|pages? \d+)\b|"[^"]{3,200}"/;
const SUBSTANCE = /\b(board|ciso|chief information|oversee|oversight)\b/;
// A caption names the text pointed to; its words ("Governance and Oversight") are not the section's own.
const QUOTED = /"[^"]{1,200}"/g;
// Sentence ends in normalised text, not inside a quoted caption ("... Risk.” in Item 7").
const SENTENCE_END = /(?<=[.!?]["')]?)\s+(?=["'(\[]?[a-z0-9])/;

/**
 * The body says only that the Item does not apply ("Not applicable."): return those words, else null.
 * Not a pointer: nothing elsewhere holds the disclosure, so every element is missing from the filing.
 */
export function notApplicable(body: string): string | null {
  if (wordsAtLeast(body, 13)) return null;
  const norm = normalizeForMatch(dropComments(body));
  if (!/^not applicable\b/.test(norm)) return null;
  // The filer's own words, without what a flattened page runs on with ("Not applicable.Apple Inc. | 16").
  return /not\s+applicable\.?/i.exec(body)?.[0] ?? 'Not applicable';
}

/** The section's body is either a pointer elsewhere or "Not applicable": it holds no disclosure of its own. */
export function holdsNoDisclosure(body: string): boolean {
  return notApplicable(body) !== null || crossReference(body) !== null;
}

/** The body's only content is a pointer elsewhere: return it, else null. */
export function crossReference(body: string): string | null {
  // A real section is far longer than a pointer: stop counting words early instead of normalising it all.
  if (wordsAtLeast(body, 121)) return null;
  if (notApplicable(body) !== null) return null;
  const norm = normalizeForMatch(dropComments(body));
  if (norm.length === 0) return null;
  if (norm.split(' ').length > 120) return null;
  // Every sentence but a short lead-in must point elsewhere: a section that describes something itself
  // is checked, even when it also refers the reader on.
  const sentences = norm.split(SENTENCE_END);
  const pointers = sentences.filter((t) => CROSS_REFERENCE.test(t) && TARGET.test(t));
  if (pointers.length === 0) return null;
  const own = sentences.filter((t) => !pointers.includes(t)).join(' ');
  if (own.split(' ').filter(Boolean).length > 12) return null;
  if (SUBSTANCE.test(norm.replace(QUOTED, '""'))) return null;
  return body.replace(/\s+/g, ' ').trim();
}

const NORM_SPACE = /[ \u00A0\u2000-\u200B\u202F\u205F\u3000\t\r\n]/;

/**
 * True when normalizeForMatch(body without HTML comments) has at least `n` words. Counts the words that
 * normalisation keeps (it drops comments, link targets and emphasis markers, and splits on the spaces
 * it collapses) and stops at `n`, so a long section costs nothing.
 */
export function wordsAtLeast(body: string, n: number): boolean {
  let words = 0;
  let inWord = false;
  let kept = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '<' && body.startsWith('<!--', i)) {
      const close = body.indexOf('-->', i + 4);
      if (close < 0) break;
      i = close + 2;
      continue;
    }
    if (c === ']' && body[i + 1] === '(') {
      const close = body.indexOf(')', i + 2);
      if (close >= 0) {
        i = close;
        continue;
      }
    }
    if (NORM_SPACE.test(c)) {
      if (inWord && kept && ++words >= n) return true;
      inWord = false;
      kept = false;
      continue;
    }
    inWord = true;
    if (c !== '*' && c !== '_' && c !== '`') kept = true;
  }
  return inWord && kept && words + 1 >= n;
}
