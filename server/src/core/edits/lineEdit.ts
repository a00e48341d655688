// A keystroke in a whole annual report changes one line. Most such edits cannot change anything the
// report says about the rest of the document: where the section is, the link definitions, the comments
// that hold directives, what the document rules found. This decides that from the edited line alone, and
// then gives the report after the edit without the whole text:
//
//  - an edit outside the section changes nothing but offsets: the previous report is moved;
//  - an edit in the section's body is checked on the section's text alone (read from the editor's
//    document), with the document's facts and the document rules' findings carried over.
//
// An edit is taken only when every way it could reach the rest of the document is ruled out:
//  - the section's place: the line reads as prose before and after (see SectionTracker.moveByEdit);
//  - link reference definitions, which decide what brackets in the section mean: no `]:` on the line or
//    the line before it, and no bracket typed or deleted;
//  - comments (waivers, reviews, imported XBRL flags) and code spans: no `<!--`, `-->` or `item1c-` on
//    the line, the line not within an `item1c-` comment, and no `<`, `>` or backtick typed or deleted;
//  - document rules: each says which lines matter to it (RuleDef.lineMatters);
//  - findings, waivers and fixes outside the section: none on the edited line.
import type { AnalyzeOptions, Report, SectionInfo, Span } from '../types';
import type { SectionMemo } from '../sectionAnalysis';
import type { RuleFinding } from '../rules/ruleDef';
import { RULES } from '../rules/registry';
import { analyzeFound, type DocumentFacts } from '../analyze';
import { mover } from '../offsets';

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

/** Reads [start, end) of the document as it is now (after every edit given). */
export type ReadText = (start: number, end: number) => string;

/** A report with what moving it needs: the `item1c-` comments of its text, its facts and document findings. */
export interface Moved {
  report: Report;
  comments: Span[];
  facts: DocumentFacts | null;
  documentFindings: ReadonlyMap<string, readonly RuleFinding[]>;
  /** The section's text changed since the report was made: it must be checked again (see checkSection). */
  stale?: boolean;
}

const MARKUP = /[[\]<>`\r\n]/;
const LINE_MARKUP = /\]:|<!--|-->|item1c-/;
/** How far past the section a check reads to find the next non-blank character (see insertion fixes). */
const MAX_TAIL = 64 * 1024;

/**
 * The comments that hold `item1c-` directives or flags. A line within one (a reason, a flag) matters
 * although nothing on it looks like markup.
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

/**
 * The state after `edit`, or null when the edit may reach beyond what can be told without the whole text.
 * An edit in the section's body leaves the state stale: checkSection makes its report once the edits are
 * all taken. `read` reads the document after all of them; without it, edits in the section are not taken.
 */
export function afterEdit(state: Moved, edit: LineEdit, options: AnalyzeOptions, memo: SectionMemo, read?: ReadText): Moved | null {
  const { report, comments } = state;
  // Without a section, the edited line might become its heading: the text is scanned again.
  if (!report.section.found || !state.facts) return null;
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
  if (comments.some((c) => c.start <= lineEnd && c.end >= lineStart)) return null;

  const delta = edit.text.length - removed.length;
  const change = { lineStart, delta, oldLine, newLine, removed, inserted: edit.text };
  const { section } = report;
  const headingEnd = section.headingSpan?.end ?? section.span.start;
  const outside = lineEnd < section.span.start || lineStart > section.span.end;
  const inBody = lineStart > headingEnd && lineEnd < section.span.end;
  if (!outside && !inBody) return null;

  // Every offset after the line moves; nothing outside the section may sit on the line itself.
  const at = (o: number): number => (o > lineEnd ? o + delta : o);
  const edited = mover(at, (s) => s.start <= lineEnd && s.end >= lineStart);
  const documentFindings = edited.findings(state.documentFindings);
  const moved = outside ? edited.report(report) : null;
  if (edited.touched) return null;
  const after = { comments: comments.map(edited.span), facts: state.facts, documentFindings, stale: state.stale };
  if (moved) return memo.tracker.moveByEdit(change, options) ? { ...after, report: moved } : null;

  // In the body: the section is checked again on its own text. Directives would be read from the whole text.
  if (!read || comments.length > 0 || report.waivers.length > 0) return null;
  if (!memo.tracker.moveByEdit(change, options, (s) => read(s.start, s.end))) return null;
  // What the section said before the edit only has to keep its offsets in step until it is checked again.
  return { ...after, report: mover(at).report(report), stale: true };
}

/** The state with its report made again from the section's text, when edits in the section left it stale. */
export function checkSection(state: Moved, options: AnalyzeOptions, memo: SectionMemo, read: ReadText): Moved | null {
  if (!state.stale) return state;
  const now = memo.tracker.current();
  if (!now || !state.facts) return null;
  const local = sectionText(now, read);
  if (local === null) return null;
  const base = now.span.start;
  const toLocal = mover((o) => o - base);
  const analysis = analyzeFound(local, toLocal.section(now), options, state.facts, memo, toLocal.findings(state.documentFindings));
  return { ...state, report: mover((o) => o + base).report(analysis.report), stale: false };
}

/**
 * The section's text and what follows it up to the first non-blank character: where a drafted section
 * is inserted at the end, the fix looks past the section for that character.
 */
function sectionText(section: SectionInfo, read: ReadText): string | null {
  const end = section.span.end;
  let tail = '';
  while (tail.length < MAX_TAIL) {
    const chunk = read(end + tail.length, end + tail.length + 512);
    if (chunk === '') return read(section.span.start, end) + tail;
    const first = chunk.search(/\S/);
    if (first >= 0) return read(section.span.start, end) + tail + chunk.slice(0, first + 1);
    tail += chunk;
  }
  return null;
}
