// Every offset of a report, of rule findings or of a section, mapped at once: how an edit elsewhere in
// the document moves a report, and how the section rules go between the document and the section's own
// text (see runRules). One mover, so that nothing with an offset is left behind by one of them.
import type { ElementVerdict, Fix, Report, SectionInfo, Span } from './types';
import type { RuleFinding } from './rules/ruleDef';

/** Maps every offset with `at`; `touches` marks spans that may not be moved (then `touched` is set). */
export function mover(at: (offset: number) => number, touches: (span: Span) => boolean = () => false) {
  const m = {
    touched: false,
    span: (s: Span): Span => {
      if (touches(s)) m.touched = true;
      return { start: at(s.start), end: at(s.end) };
    },
    point: (o: number): number => {
      if (touches({ start: o, end: o })) m.touched = true;
      return at(o);
    },
    fix: (f: Fix): Fix => ({
      ...f,
      insertions: f.insertions.map((i) => ({ ...i, offset: m.point(i.offset) })),
      ...(f.replacements ? { replacements: f.replacements.map((r) => ({ ...r, span: m.span(r.span) })) } : {}),
    }),
    finding: <T extends RuleFinding>(f: T): T => ({
      ...f,
      span: m.span(f.span),
      ...(f.fixes ? { fixes: f.fixes.map(m.fix) } : {}),
      ...(f.related ? { related: f.related.map((r) => ({ ...r, span: m.span(r.span) })) } : {}),
    }),
    findings: (byRule: ReadonlyMap<string, readonly RuleFinding[]>): Map<string, readonly RuleFinding[]> => new Map([...byRule].map(([id, list]) => [id, list.map(m.finding)])),
    section: (section: SectionInfo): SectionInfo => ({
      ...section,
      span: m.span(section.span),
      bodySpan: m.span(section.bodySpan),
      headingSpan: section.headingSpan ? m.span(section.headingSpan) : null,
      subsections: section.subsections.map((sub) => ({ ...sub, span: m.span(sub.span), headingSpan: m.span(sub.headingSpan) })),
    }),
    sentences: <T extends { span: Span }>(sentences: readonly T[]): T[] => sentences.map((s) => ({ ...s, span: m.span(s.span) })),
    elements: (elements: readonly ElementVerdict[]): ElementVerdict[] => elements.map((v) => ({ ...v, evidence: v.evidence.map((e) => ({ ...e, span: m.span(e.span) })) })),
    report: (report: Report): Report => ({
      ...report,
      section: m.section(report.section),
      elements: m.elements(report.elements),
      findings: report.findings.map(m.finding),
      sourceFixes: report.sourceFixes.map(m.fix),
      sentences: m.sentences(report.sentences),
      waivers: report.waivers.map((w) => ({ ...w, span: m.span(w.span) })),
    }),
  };
  return m;
}
