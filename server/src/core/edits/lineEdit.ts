// A keystroke in a whole annual report usually changes one line of prose far from Item 1C. Such an edit
// cannot change the section, its analysis or any finding: only the offsets after it move. This decides,
// from the edited line alone, whether an edit is of that kind, and moves the previous report if it is,
// so that a language server need not rebuild and re-read the whole text to learn that nothing changed.
//
// The edit is taken only when every way an edit outside the section reaches a report is ruled out:
//  - the section's place: the line reads as prose before and after (see SectionTracker.moveByEdit);
//  - link reference definitions, which decide what brackets in the section mean: no `]:` on the line or
//    the line before it, and no bracket typed or deleted;
//  - comments (waivers, reviews, imported XBRL flags) and code spans: no `<!--`, `-->` or `item1c-` on
//    the line, the line not within an `item1c-` comment, and no `<`, `>` or backtick typed or deleted;
//  - document rules: each says which lines matter to it (RuleDef.lineMatters);
//  - findings, waivers and fixes outside the section: none on the edited line.
import type { AnalyzeOptions, Fix, Report, Span } from '../types';
import type { SectionTracker } from '../section/sectionTracker';
import { RULES } from '../rules/registry';

/** One edit within one line of the text last checked, as an editor's document records it. */
export interface LineEdit {
  /** Offsets of the replaced text, in the text before the edit. */
  start: number;
  end: number;
  /** The text put in its place (no line break). */
  text: string;
  /** Offset where the edited line starts. */
  lineStart: number;
  /** The edited line before and after the edit, and the line above it, without their line breaks. */
  oldLine: string;
  newLine: string;
  previousLine: string;
}

const MARKUP = /[[\]<>`\r\n]/;
const LINE_MARKUP = /\]:|<!--|-->|item1c-/;

/** What a moved report is kept with: the `item1c-` comments of its text (see directiveComments). */
export interface Moved {
  report: Report;
  comments: Span[];
}

/**
 * The comments that hold `item1c-` directives or flags, found in the whole text at a check. A line within
 * one (a reason, a flag) matters although nothing on it looks like markup.
 */
export function directiveComments(text: string): Span[] {
  const out: Span[] = [];
  for (let at = text.indexOf('item1c-'); at >= 0; at = text.indexOf('item1c-', at + 1)) {
    const open = text.lastIndexOf('<!--', at);
    if (open < 0) continue;
    const close = text.indexOf('-->', at);
    const end = close < 0 ? text.length : close + 3;
    if (out.length > 0 && out[out.length - 1].end >= open) out[out.length - 1].end = Math.max(out[out.length - 1].end, end);
    else out.push({ start: open, end });
    if (close < 0) break;
    at = end - 1;
  }
  return out;
}

/** The report after `edit`, or null when the edit may change more than offsets (check the text then). */
export function reportAfterEdit({ report, comments }: Moved, edit: LineEdit, options: AnalyzeOptions, tracker: SectionTracker): Moved | null {
  // Without a section, the edited line might become its heading: the text is scanned again.
  if (!report.section.found) return null;
  const { lineStart, oldLine, newLine } = edit;
  const offset = edit.start - lineStart;
  if (offset < 0 || edit.end - lineStart > oldLine.length) return null;
  const removed = oldLine.slice(offset, edit.end - lineStart);
  if (MARKUP.test(removed) || MARKUP.test(edit.text)) return null;
  if (LINE_MARKUP.test(oldLine) || LINE_MARKUP.test(newLine) || edit.previousLine.includes(']:')) return null;
  for (const rule of RULES) {
    if (rule.scope !== 'document' || options.rules?.[rule.id]?.enabled === false) continue;
    if (!rule.lineMatters || rule.lineMatters(oldLine) || rule.lineMatters(newLine)) return null;
  }
  const lineEnd = lineStart + oldLine.length;
  const { span } = report.section;
  if (lineEnd >= span.start && lineStart <= span.end) return null;
  if (comments.some((c) => c.start <= lineEnd && c.end >= lineStart)) return null;

  const delta = edit.text.length - removed.length;
  const moved = mapOffsets(report, lineStart, lineEnd, delta);
  if (!moved) return null;
  // Last, as it moves the tracker's section: nothing after this may fail.
  if (!tracker.moveByEdit({ lineStart, delta, oldLine, newLine, removed, inserted: edit.text }, options)) return null;
  const after = (o: number): number => (o > lineEnd ? o + delta : o);
  return { report: moved, comments: comments.map((c) => ({ start: after(c.start), end: after(c.end) })) };
}

/**
 * A copy of the report with every offset after the edited line moved by `delta`, or null when something
 * in the report touches the line [lineStart, lineEnd].
 */
function mapOffsets(report: Report, lineStart: number, lineEnd: number, delta: number): Report | null {
  let touched = false;
  const at = (o: number): number => {
    if (o >= lineStart && o <= lineEnd) touched = true;
    return o > lineEnd ? o + delta : o;
  };
  const span = (s: Span): Span => {
    if (s.start <= lineEnd && s.end >= lineStart) touched = true;
    return { start: at(s.start), end: at(s.end) };
  };
  const fix = (f: Fix): Fix => ({
    ...f,
    insertions: f.insertions.map((i) => ({ ...i, offset: at(i.offset) })),
    ...(f.replacements ? { replacements: f.replacements.map((r) => ({ ...r, span: span(r.span) })) } : {}),
  });
  const { section } = report;
  const moved: Report = {
    ...report,
    section: {
      ...section,
      span: span(section.span),
      bodySpan: span(section.bodySpan),
      headingSpan: section.headingSpan ? span(section.headingSpan) : null,
      subsections: section.subsections.map((sub) => ({ ...sub, span: span(sub.span), headingSpan: span(sub.headingSpan) })),
    },
    elements: report.elements.map((v) => ({ ...v, evidence: v.evidence.map((e) => ({ ...e, span: span(e.span) })) })),
    findings: report.findings.map((f) => ({
      ...f,
      span: span(f.span),
      fixes: f.fixes.map(fix),
      ...(f.related ? { related: f.related.map((r) => ({ ...r, span: span(r.span) })) } : {}),
    })),
    sourceFixes: report.sourceFixes.map(fix),
    sentences: report.sentences.map((s) => ({ ...s, span: span(s.span) })),
    waivers: report.waivers.map((w) => ({ ...w, span: span(w.span) })),
  };
  return touched ? null : moved;
}
