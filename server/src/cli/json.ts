// `--format json`. The shape is a published contract: fields may be added, never renamed or
// removed. Lines and columns are 1-based.
import { elementById } from '../core';
import type { CheckedFile, FileOutcome, Summary } from './model';
import { lineExtent, toRange } from './model';
import { specificityJson } from './specificityJson';

export function formatJson(outcomes: readonly FileOutcome[], summary: Summary, version: string): string {
  const doc = {
    version,
    files: outcomes.map((o) => (o.kind === 'failed' ? { path: o.path, error: o.error } : fileJson(o))),
    summary: {
      files: summary.checked + summary.failed,
      unreadable: summary.failed,
      errors: summary.counts.error,
      warnings: summary.counts.warning,
      information: summary.counts.information,
      hints: summary.counts.hint,
    },
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

function fileJson(file: CheckedFile) {
  const { report, lines } = file;
  const section = report.section;
  const extent = section.found ? lineExtent(lines, section.span) : null;
  return {
    path: file.path,
    form: report.form,
    section: {
      found: section.found,
      heading: section.found ? section.heading : null,
      startLine: extent ? extent.startLine : null,
      endLine: extent ? extent.endLine : null,
      crossReference: section.crossReference,
    },
    elements: report.elements.map((verdict) => ({
      id: verdict.id,
      title: elementById(verdict.id)?.title ?? verdict.id,
      status: verdict.status,
      cite: verdict.cite,
      reason: verdict.reason,
      evidence: verdict.evidence.map((ev) => ({ ...toRange(lines, ev.span), text: ev.text })),
      advice: (verdict.advice ?? []).map((a) => ({ reason: a.reason, cite: a.cite })),
      ...(verdict.review ? { review: { by: verdict.review.by, on: verdict.review.on, line: verdict.review.line + 1, current: verdict.review.current } } : {}),
      ...(verdict.waived ? { waived: { reason: verdict.waived.reason, line: verdict.waived.line + 1 } } : {}),
    })),
    diagnostics: report.findings.map((finding) => ({
      rule: finding.rule,
      element: finding.element,
      severity: finding.severity,
      message: finding.message,
      ...toRange(lines, finding.span),
      url: finding.url ?? null,
      // A Word draft: lines are those of its Markdown conversion; the paragraph is Word's.
      ...(file.word ? { word: file.word.locate(file.text, finding.span) } : {}),
    })),
    // Waiver comments in the draft; `line` is 1-based.
    waivers: (report.waivers ?? []).map((w) => ({ line: w.line + 1, rule: w.rule, reason: w.reason, kind: w.kind, used: w.used })),
    config: file.config ?? null,
    // How specific the section's paragraphs are (1-4) and the section's number; null without a section.
    specificity: specificityJson(report, lines),
    ...(file.word ? { word: { comments: file.word.comments, trackedChanges: file.word.trackedChanges } } : {}),
  };
}
