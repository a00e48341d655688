// `item1c compare --format json`. Lines and columns are 1-based, end columns exclusive, as in `check`.
// Fields may be added in later versions but will not be renamed or removed.
import { elementById, type Span } from '../core';
import type { ElementSide } from '../core/compare';
import { elementWordDiff, sideText } from '../core/compare/wordDiff';
import { toRange, type Range1 } from './model';
import type { ComparedFile, ComparisonOutput } from './compare';

export function formatCompareJson({ last, current, comparison }: ComparisonOutput, version: string): string {
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const d of comparison.diagnostics) counts[d.severity]++;
  const doc = {
    version,
    last: fileInfo(last, comparison.fiscalYears.last),
    this: fileInfo(current, comparison.fiscalYears.this),
    elements: comparison.elements.map((e) => ({
      id: e.id,
      title: elementById(e.id)?.title ?? e.id,
      change: e.change,
      last: side(last, e.last),
      this: side(current, e.this),
      ...(e.change === 'edited' ? { diff: elementWordDiff(e.last, e.this) } : {}),
    })),
    verbatimShare: round(comparison.verbatimShare),
    sentences: comparison.sentences,
    diagnostics: comparison.diagnostics.map((d) => ({
      rule: d.rule,
      severity: d.severity,
      message: d.message,
      ...toRange(current.lines, d.span),
      last: d.lastSpan ? toRange(last.lines, d.lastSpan) : null,
    })),
    summary: counts,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

function fileInfo(file: ComparedFile, fiscalYear: number | null) {
  const section = file.report.section;
  const start = file.lines.positionAt(section.span.start).line + 1;
  const end = file.lines.positionAt(Math.max(section.span.start, section.span.end - 1)).line + 1;
  return { path: file.path, read: file.kind, form: file.report.form, heading: section.heading, startLine: start, endLine: end, fiscalYear };
}

function side(file: ComparedFile, s: ElementSide): { status: string; text: string; sentences: (Range1 & { text: string; verbatim: boolean })[] } {
  return {
    status: s.status,
    text: sideText(s),
    sentences: s.sentences.map((x) => ({ ...toRange(file.lines, x.span as Span), text: x.text, verbatim: x.verbatim })),
  };
}

function round(share: number): number {
  return Math.round(share * 10000) / 10000;
}
