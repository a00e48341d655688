import type { ElementVerdict, Report } from './types';
import { citeFor, elementById } from './elements/registry';
import { draftPractices, peerFigures } from './peers/figures';

const STATUS_LABEL: Record<ElementVerdict['status'], string> = {
  present: 'present',
  partial: 'partial',
  missing: 'missing',
  'not-applicable': 'not applicable',
  drafted: 'drafted, to confirm',
};

/** 1-based line of an offset, for quoting evidence; the caller knows the document's lines. */
export type LineOf = (offset: number) => number;

/**
 * Markdown hover for an offset: for each element whose finding or evidence lies there, the verdict,
 * what is missing in one sentence, the sentences it rests on with their lines, and the rule text last.
 * The diagnostic's own message is shown by the editor beside the hover, so it is not repeated here.
 */
export function hoverAt(report: Report, offset: number, lineOf?: LineOf): string | null {
  const inside = (s: { start: number; end: number }): boolean => offset >= s.start && offset <= s.end;
  const ids = new Set(report.findings.filter((f) => f.element && inside(f.span)).map((f) => f.element!));
  for (const v of report.elements) if (v.evidence.some((e) => inside(e.span))) ids.add(v.id);
  const shown = ids.size > 0 ? draftPractices(report) : null;
  const parts = report.elements.filter((v) => ids.has(v.id)).map((v) => describe(report, v, lineOf, shown));
  return parts.length > 0 ? parts.join('\n\n---\n\n') : null;
}

function describe(report: Report, verdict: ElementVerdict, lineOf: LineOf | undefined, shown: ReturnType<typeof draftPractices>): string {
  const element = elementById(verdict.id)!;
  const out = [`**${element.title}**: ${STATUS_LABEL[verdict.status]} (${citeFor(element, report.form)})`];
  const gap = verdict.status === 'partial' || verdict.status === 'missing';
  out.push(gap ? `**What is missing:** ${verdict.reason}` : verdict.reason);
  for (const a of verdict.advice ?? []) out.push(`**Advice** (${a.cite}, information only): ${a.reason}`);
  if (verdict.review) out.push(verdict.review.current ? `**Reviewed** by ${verdict.review.by} on ${verdict.review.on}.` : `**Changed since review** by ${verdict.review.by} on ${verdict.review.on}: the evidence is no longer what was reviewed.`);
  if (verdict.waived) out.push(`**Waived:** ${verdict.waived.reason || '(no reason given)'}`);
  for (const e of verdict.evidence) {
    const quote = e.text.replace(/\s+/g, ' ').trim();
    out.push(`> ${quote.length > 300 ? `${quote.slice(0, 297)}...` : quote}${lineOf ? ` (line ${lineOf(e.span.start)})` : ''}`);
  }
  if (gap) out.push(`**Satisfied by:** ${element.satisfiedBy}`);
  // Filed practice is advice beside the verdict, never part of it.
  const peers = peerFigures(report, verdict.id, shown);
  if (peers.length > 0) out.push(`**Filed practice** (information only):\n${peers.map((p) => `- ${p.text}`).join('\n')}`);
  out.push(`<sub>Rule text</sub>\n\n> ${element.ruleText}`);
  return out.join('\n\n');
}
