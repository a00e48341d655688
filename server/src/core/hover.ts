import type { ElementVerdict, Report } from './types';
import { citeFor, elementById } from './elements/registry';

const STATUS_LABEL: Record<ElementVerdict['status'], string> = {
  present: 'present',
  partial: 'partial',
  missing: 'missing',
  'not-applicable': 'not applicable',
};

/** Markdown hover for an offset: the rule behind a diagnostic, and the elements a sentence satisfies. */
export function hoverAt(report: Report, offset: number): string | null {
  const parts: string[] = [];
  const inside = (s: { start: number; end: number }): boolean => offset >= s.start && offset <= s.end;

  const ids = new Set(report.findings.filter((f) => f.element && inside(f.span)).map((f) => f.element!));
  for (const id of ids) {
    const verdict = report.elements.find((v) => v.id === id);
    if (verdict) parts.push(describe(report, verdict));
  }

  const supported = report.elements.filter((v) => v.evidence.some((e) => inside(e.span)));
  if (supported.length > 0) {
    const list = supported.map((v) => `**${elementById(v.id)!.title}** (${v.cite}, ${STATUS_LABEL[v.status]})`).join(', ');
    parts.push(`This sentence is evidence for: ${list}.`);
    for (const v of supported) if (!ids.has(v.id)) parts.push(describe(report, v));
  }
  return parts.length > 0 ? parts.join('\n\n---\n\n') : null;
}

function describe(report: Report, verdict: ElementVerdict): string {
  const element = elementById(verdict.id)!;
  return [
    `**${element.title}**: ${citeFor(element, report.form)}, ${STATUS_LABEL[verdict.status]}`,
    `> ${element.ruleText}`,
    `**Satisfied by:** ${element.satisfiedBy}`,
    `**Here:** ${verdict.reason}`,
    ...(verdict.advice ?? []).map((a) => `**Advice** (${a.cite}, information only): ${a.reason}`),
  ].join('\n\n');
}
