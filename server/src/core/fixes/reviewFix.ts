// "Mark reviewed": the review comment (see reviews.ts) for an element, with the reviewer's name as the
// one tab stop. The date is the caller's (the core reads no clock); the fingerprint is of the evidence
// the reviewer is looking at now.
import type { ElementVerdict, Fix, Report, SectionInfo, Span } from '../types';
import { elementById } from '../elements/registry';
import { evidenceFingerprint } from '../reviews';
import { blockStart } from './waiveFix';
import { lineBreakAt } from '../text/lineIndex';

export function reviewFix(text: string, section: SectionInfo, verdict: ElementVerdict, date: string): Fix {
  const anchor = verdict.evidence[0]?.span.start ?? section.headingSpan?.start ?? section.span.start;
  const at = blockStart(text, section, anchor);
  const eol = lineBreakAt(text, section.span.start);
  const tail = ` on ${date} (evidence ${evidenceFingerprint(verdict)}) -->${eol}`;
  return {
    title: `Mark "${elementById(verdict.id)?.title ?? verdict.id}" reviewed`,
    kind: 'quickfix',
    // Without tab stops the name is left empty, and the comment is reported until it is given.
    insertions: [{ offset: at, snippet: `<!-- item1c-reviewed ${verdict.id}: \${1:reviewer}${tail}`, plain: `<!-- item1c-reviewed ${verdict.id}: ${tail}` }],
  };
}

/**
 * "Mark reviewed" for every element a reader is looking at in `range`: one whose finding or evidence
 * it touches, unless a review of its current evidence is already recorded.
 */
export function reviewFixesAt(text: string, report: Report, range: Span, date: string): Fix[] {
  if (!report.section.found) return [];
  const touches = (s: Span) => s.start <= range.end && s.end >= range.start;
  const ids = new Set(report.findings.filter((f) => f.element && touches(f.span)).map((f) => f.element!));
  for (const v of report.elements) if (v.evidence.some((e) => touches(e.span))) ids.add(v.id);
  return report.elements.filter((v) => ids.has(v.id) && !v.review?.current).map((v) => reviewFix(text, report.section, v, date));
}
