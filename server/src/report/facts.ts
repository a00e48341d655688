// Facts about a core Report that the checklist (server) and the exported report (CLI and server)
// both present, derived in one place so the editor and the printed page never disagree.
import type { ElementVerdict, Finding, Report } from '../core';

/** A waiver as presented: what it covers and why. */
export interface WaiverView {
  /** Element id or rule id the waiver covers. */
  target: string;
  reason: string;
  /** Where it is and whether it applies, already as text. */
  details: string[];
}

/** Element verdicts are not blockers, whatever their severity: the checklist shows them already. */
export function isElementFinding(finding: Finding): boolean {
  return finding.rule.startsWith('element-');
}

/** Error-severity findings other than element verdicts: blanks, drafting notes and the like. */
export function blockerFindings(report: Report): Finding[] {
  return report.findings.filter((f) => f.severity === 'error' && !isElementFinding(f));
}

/** The waiver on a verdict, if a waiver comment names the element. */
export function verdictWaiver(verdict: ElementVerdict): { reason: string } | null {
  if (!verdict.waived) return null;
  return { reason: verdict.waived.reason.trim() || 'No reason given.' };
}

const KIND_TEXT: Record<string, string> = { 'next-line': 'next line', range: 'range', file: 'whole file' };

/** The waiver comments of the draft, in a shape fit to print. Lines are 1-based. */
export function reportWaivers(report: Report): WaiverView[] {
  return (report.waivers ?? []).map((w) => ({
    target: w.rule,
    reason: w.reason.trim() || 'No reason given.',
    details: [`line ${w.line + 1}`, `scope: ${KIND_TEXT[w.kind] ?? w.kind}`, w.used ? 'in effect' : 'unused: nothing to waive'],
  }));
}
