import type { AnalyzeOptions, Form, Part, SectionInfo, Span, Subsection } from '../types';
import { bareSectionTitle, closingHeading, headingLine, otherItemTitle, RUN_IN_NEXT_ITEM, sectionHeading, type HeadingLine } from './headings';
import { normalizeForMatch } from '../text/normalize';

interface Line {
  start: number;
  end: number;
  raw: string;
}

/** Splits text into lines with offsets; a cheap scan so the whole report is never parsed. */
export function scanLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (i === text.length || c === 10 || c === 13) {
      lines.push({ start, end: i, raw: text.slice(start, i) });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return lines;
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

export function findSection(text: string, options: AnalyzeOptions = {}): SectionInfo {
  const lines = scanLines(text);
  const candidates: Candidate[] = [];
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].raw;
    if (/^ {0,3}(```|~~~)/.test(raw)) inFence = !inFence;
    if (inFence) continue;
    // Text pasted without line breaks can put the heading at the start of a very long line.
    const hl = headingLine(raw.length > 4000 ? raw.slice(0, 400) : raw);
    if (!hl) continue;
    const m = sectionHeading(hl);
    if (!m) continue;
    if (candidates.length > 0 && i <= candidates[candidates.length - 1].endLine) continue;
    candidates.push(measure(text, lines, i, hl, m.item, m.headingLength));
  }

  if (candidates.length === 0) candidates.push(...bareTitleCandidates(text, lines));
  const forced = options.form && options.form !== 'auto' ? options.form : null;
  if (candidates.length === 0) {
    return options.check === 'always' ? wholeDocument(text, lines, forced) : notFound(text, forced);
  }
  // A table of contents also lists "Item 1C. Cybersecurity"; the real section is the one with a body.
  const best = candidates.reduce((a, b) => (b.bodyChars > a.bodyChars ? b : a));
  const line = lines[best.line];
  const headingStart = line.start + best.heading.textOffset;
  const runIn = best.heading.text.length > best.headingLength + 1;
  const headingEnd = runIn ? headingStart + best.headingLength : line.start + best.heading.textOffset + best.heading.text.length;
  const bodyStart = runIn ? headingEnd : nextLineStart(lines, best.line, text.length);
  const span: Span = { start: line.start, end: best.end };
  const bodySpan: Span = { start: Math.min(bodyStart, best.end), end: best.end };
  const inferred: Form = best.item === '16K' ? '20-F' : '10-K';
  return {
    found: true,
    heading: text.slice(headingStart, headingEnd).replace(/\s+/g, ' ').trim(),
    headingSpan: { start: headingStart, end: headingEnd },
    span,
    bodySpan,
    form: forced ?? inferred,
    headingDepth: best.heading.depth,
    subsections: findSubsections(text, lines, best.line + 1, best.endLine, best.end),
    crossReference: crossReference(text.slice(bodySpan.start, bodySpan.end)),
  };
}

function measure(text: string, lines: Line[], at: number, heading: HeadingLine, item: string, headingLength: number): Candidate {
  const own = lines[at];
  // Text pasted on one line: "Item 1C. CybersecurityNot applicable.Item 2. Properties..."
  const runIn = heading.text.slice(headingLength);
  if (runIn.trim().length > 0) {
    const next = RUN_IN_NEXT_ITEM.exec(runIn);
    if (next) {
      const end = own.start + heading.textOffset + headingLength + next.index;
      return { line: at, heading, item, headingLength, endLine: at, end, bodyChars: next.index };
    }
  }
  let bodyChars = runIn.trim().length;
  let lastContent = at;
  let inFence = false;
  for (let i = at + 1; i < lines.length; i++) {
    const raw = lines[i].raw;
    if (/^ {0,3}(```|~~~)/.test(raw)) inFence = !inFence;
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
          return { line: at, heading, item, headingLength, endLine: i - 1, end: lines[lastContent].end, bodyChars };
        }
      }
    }
    bodyChars += hl.text.length;
    lastContent = i;
  }
  return { line: at, heading, item, headingLength, endLine: lines.length - 1, end: lines[lastContent].end, bodyChars };
}

/** Sections headed only "Cybersecurity": accepted when no Item 1C / 16K heading exists and the body reads like one. */
function bareTitleCandidates(text: string, lines: Line[]): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < lines.length; i++) {
    const hl = headingLine(lines[i].raw);
    if (!hl || !bareSectionTitle(hl) || !isHeadingLike(lines, i, hl)) continue;
    if (found.length > 0 && i <= found[found.length - 1].endLine) continue;
    const c = measure(text, lines, i, hl, '1C', hl.text.length);
    const body = text.slice(lines[i].end, c.end).toLowerCase();
    if (/cyber\s*security threats/.test(body) && /\bboard\b/.test(body)) found.push(c);
  }
  return found;
}

function isHeadingLike(lines: Line[], i: number, hl: HeadingLine): boolean {
  if (hl.depth > 0 || /^\s*(\*\*|__)/.test(lines[i].raw)) return true;
  const blankBefore = i === 0 || lines[i - 1].raw.trim() === '';
  return blankBefore && hl.text.split(/\s+/).length <= 14 && !/[;,]$/.test(hl.text);
}

function nextIsSectionHeading(lines: Line[], from: number): boolean {
  for (let i = from + 1; i < lines.length && i <= from + 4; i++) {
    const hl = headingLine(lines[i].raw);
    if (hl) return sectionHeading(hl) !== null;
  }
  return false;
}

function nextLineStart(lines: Line[], line: number, fallback: number): number {
  return line + 1 < lines.length ? lines[line + 1].start : fallback;
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
  };
}

function wholeDocument(text: string, lines: Line[], form: Form | null): SectionInfo {
  return {
    found: true,
    heading: null,
    headingSpan: null,
    span: { start: 0, end: text.length },
    bodySpan: { start: 0, end: text.length },
    form: form ?? '10-K',
    headingDepth: 0,
    subsections: findSubsections(text, lines, 0, lines.length - 1, text.length),
    crossReference: null,
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

function findSubsections(text: string, lines: Line[], from: number, to: number, sectionEnd: number): Subsection[] {
  const found: Subsection[] = [];
  for (let i = from; i <= to && i < lines.length; i++) {
    const line = lines[i];
    if (line.start >= sectionEnd) break;
    const hl = subheading(lines, i);
    if (!hl) continue;
    const start = line.start + hl.textOffset;
    let part = classifyHeading(hl.text);
    const previous = found[found.length - 1];
    if (part === 'other' && previous && previous.part !== 'other' && hl.depth > previous.depth && previous.depth > 0) part = previous.part;
    if (previous) previous.span.end = line.start;
    found.push({ part, title: hl.text, span: { start: line.start, end: sectionEnd }, headingSpan: { start, end: start + hl.text.length }, depth: hl.depth });
  }
  return found;
}

function subheading(lines: Line[], i: number): HeadingLine | null {
  const raw = lines[i].raw;
  const hl = headingLine(raw);
  if (!hl || hl.text.length === 0 || hl.text.length > 100) return null;
  if (sectionHeading(hl) || closingHeading(hl)) return null;
  // Page running heads and footers ("MASTERCARD 2023 FORM 10-K 41", "Apple Inc. | 2024 Form 10-K | 17").
  if (/form\s+(10-k|20-f)/i.test(hl.text) && /\d\s*$/.test(hl.text)) return null;
  if (/^\d+$/.test(hl.text) || /^table of contents$/i.test(hl.text)) return null;
  if (/form\s+(10-k|20-f)/i.test(hl.text) && hl.text.split(/\s+/).length <= 6) return null;
  // Extracted reports use heading levels loosely: any Markdown heading inside the section is a sub-heading.
  if (hl.depth > 0) return hl;
  if (/^(\*\*|__)/.test(raw.trim())) return hl;
  // A plain short title-like line standing alone between blank lines.
  const blankAround = (i === 0 || lines[i - 1].raw.trim() === '') && (i + 1 >= lines.length || lines[i + 1].raw.trim() === '');
  const words = hl.text.split(/\s+/);
  if (blankAround && words.length <= 8 && !/[.;:,]$/.test(hl.text) && /^\p{Lu}/u.test(hl.text) && !/^[-*+\u2022]/.test(hl.text)) return hl;
  return null;
}

const CROSS_REFERENCE = /\b(see|refer to|incorporated (herein )?by reference|(is|are) (included|set forth|contained|presented|provided|discussed) (in|under))\b/;
const TARGET = /\b(item\s*\d+[a-z]?|part\s+[iv]+|proxy statement|under the (caption|heading)|annual report)\b/;

/** The body's only content is a pointer elsewhere (or "Not applicable"): return it, else null. */
function crossReference(body: string): string | null {
  const norm = normalizeForMatch(body.replace(/<!--[\s\S]*?-->/g, ''));
  if (norm.length === 0) return null;
  const words = norm.split(' ').length;
  if (words <= 12 && /^not applicable\b/.test(norm)) return body.trim().split(/\r?\n/)[0].slice(0, 200);
  if (words > 120) return null;
  if (CROSS_REFERENCE.test(norm) && TARGET.test(norm) && !/\b(board|ciso|chief information|oversee|oversight)\b/.test(norm)) {
    return body.replace(/\s+/g, ' ').trim();
  }
  return null;
}
