// A "no material cybersecurity incident" statement kept word for word from last year's filing, while
// text new this year describes an incident. The statement may still be true (an incident that was not
// material), but it was written before the incident and has to be confirmed: a warning. When the new
// text calls the incident material, or reports it under Form 8-K Item 1.05, the two contradict: an error.
import { sentenceMatches, type Sent } from '../recognise/context';
import { NONE, QUALIFIED, isMaterialIncident } from '../rules/consistencyMaterialIncident';
import { quote } from '../rules/support/util';
import type { CarriedFinding } from './types';
import { verbatimSource, type CompareContext } from './context';

export const CARRIED_INCIDENT_STATEMENT = 'carried-incident-statement';

const INCIDENT = '(?:cyber ?security incidents?|security incidents?|incidents?|breach(?:es)?|ransomware|intrusions?|unauthorized access|cyber ?attacks?|attacks?|compromises?)';
// An incident told as something that happened: "we detected unauthorized access to ...", "we were the target
// of a ransomware attack", "a threat actor gained access to ...".
const OCCURRED = new RegExp(
  [
    `\\b(?:experienced|detected|identified|discovered|suffered|sustained|became aware of|(?:was|were) (?:the )?(?:target|victim|subject) (?:of|to))\\b[^.;]{0,80}\\b${INCIDENT}`,
    `\\b(?:threat actors?|unauthorized (?:third )?part(?:y|ies)|attackers?|hackers?)\\b[^.;]{0,80}\\b(?:gained|obtained|accessed|exfiltrated|deployed|encrypted|acquired)\\b`,
    `\\bform 8-k\\b[^.;]{0,120}\\bitem 1\\.05\\b|\\bitem 1\\.05\\b[^.;]{0,120}\\bform 8-k\\b`,
  ].join('|'),
);
const NEGATED = /\b(not|no|never|neither|nor|without|none)\b|n't\b/;
const HYPOTHETICAL = /\b(could|may|might|would|should|can|if|whether|any future|potential(ly)?|in the event|were to|risk of|likely|possible|possibly|when|whenever)\b/;

function describesIncident(norm: string): boolean {
  const m = OCCURRED.exec(norm);
  if (!m) return false;
  const clause = norm.slice(0, m.index + m[0].length);
  return !NEGATED.test(clause) && !HYPOTHETICAL.test(clause);
}

export function carriedIncidentStatements(ctx: CompareContext): CarriedFinding[] {
  const fresh = ctx.current.body.filter((s) => !ctx.last.bodyKeys.has(ctx.current.keys[s.index]));
  const incidents = fresh.filter((s) => sentenceMatches(s, isMaterialIncident) || sentenceMatches(s, describesIncident));
  if (incidents.length === 0) return [];
  const material = incidents.find((s) => sentenceMatches(s, isMaterialIncident));
  const shown: Sent = material ?? incidents[0];
  const out: CarriedFinding[] = [];
  for (const s of ctx.current.body) {
    if (!sentenceMatches(s, NONE) || sentenceMatches(s, QUALIFIED)) continue;
    const source = verbatimSource(ctx, s);
    if (!source) continue;
    const where = `line ${ctx.thisLine(shown.span.start)} ("${quote(shown.text, 100)}")`;
    out.push({
      rule: CARRIED_INCIDENT_STATEMENT,
      severity: material ? 'error' : 'warning',
      message: material
        ? `"${quote(s.text, 100)}" is carried forward word for word from last year's filing (line ${ctx.lastLine(source.span.start)} there), but this draft now describes a material incident on ${where}. Reconcile the two before filing (Item 106(b)(2)).`
        : `"${quote(s.text, 100)}" is carried forward word for word from last year's filing (line ${ctx.lastLine(source.span.start)} there), but this draft now describes an incident on ${where}. Confirm the statement still holds, or update it (Item 106(b)(2)).`,
      span: { ...s.span },
      lastSpan: { ...source.span },
    });
  }
  return out;
}
