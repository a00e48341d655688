// A bound on what one check reports. A text that is not a draft (a hundred thousand brackets, a pasted
// data dump) can give a finding per character; tens of thousands of diagnostics make an editor crawl
// on every keystroke and help no one. Past the cap, one finding says how many more there are.
import type { Finding, SectionInfo } from './types';
import { VERDICT_RULES } from './elementFindings';

/** Rule findings a check reports at most, besides those of the element verdicts. */
export const MAX_FINDINGS = 1_000;

export const TOO_MANY_FINDINGS = 'too-many-findings';


/**
 * The findings of the element verdicts, and the first MAX_FINDINGS of the others in the order the rules
 * gave them; past that, one information finding at the start of the section says how many were left out.
 */
export function capFindings(findings: Finding[], section: SectionInfo): Finding[] {
  let others = 0;
  for (const f of findings) if (!VERDICT_RULES.has(f.rule)) others++;
  if (others <= MAX_FINDINGS) return findings;
  const kept: Finding[] = [];
  let taken = 0;
  for (const f of findings) {
    if (VERDICT_RULES.has(f.rule)) kept.push(f);
    else if (taken < MAX_FINDINGS) {
      kept.push(f);
      taken++;
    }
  }
  const left = others - MAX_FINDINGS;
  kept.push({
    rule: TOO_MANY_FINDINGS,
    element: null,
    severity: 'information',
    message: `${left.toLocaleString('en-US')} more findings were not reported: one check reports at most ${MAX_FINDINGS.toLocaleString('en-US')} besides the element verdicts. Fix or waive the ones reported, and the rest will show.`,
    span: section.headingSpan ?? { start: section.span.start, end: section.span.start },
    fixes: [],
  });
  return kept;
}
