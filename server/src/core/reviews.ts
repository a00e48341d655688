// "Mark reviewed": counsel records in the draft itself that an element was reviewed, by whom, when, and
// a fingerprint of the evidence they saw, so the record travels with the file and needs no server:
//
//   <!-- item1c-reviewed management-expertise: Jane Doe on 2026-12-07 (evidence 5f3a9c01) -->
//
// The review holds while the element's evidence is the same text; once it changes, the element shows
// "changed since review" until someone reviews it again.
import type { ElementVerdict, Finding } from './types';
import { WAIVER_RULE_IDS, type Directive } from './waivers';

const BODY = /^(.*?)\s+on\s+(\d{4}-\d{2}-\d{2})\s*\(evidence\s+([0-9a-f]{8})\)\s*$/;

/** FNV-1a over the element's evidence, whitespace folded: a change detector, not a security measure. */
export function evidenceFingerprint(verdict: ElementVerdict): string {
  const text = verdict.evidence.map((e) => e.text.replace(/\s+/g, ' ').trim()).join('\n');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Marks reviewed elements; returns findings for review comments that cannot be read. The last review of an element wins. */
export function applyReviews(directives: readonly Directive[], elements: ElementVerdict[]): Finding[] {
  const problems: Finding[] = [];
  for (const d of directives) {
    if (d.verb !== 'reviewed') continue;
    const verdict = d.ids.length === 1 ? elements.find((v) => v.id === d.ids[0]) : undefined;
    const m = BODY.exec(d.reason);
    if (!verdict || !m || m[1].trim() === '') {
      problems.push({
        rule: WAIVER_RULE_IDS.unknownRule,
        element: verdict?.id ?? null,
        severity: 'warning',
        message: !verdict
          ? 'This review comment names no element id; write item1c-reviewed ELEMENT: NAME on YYYY-MM-DD (evidence FINGERPRINT), or use the "Mark reviewed" action.'
          : 'This review comment does not say who reviewed the element; write the reviewer\'s name after the colon.',
        span: { ...d.span },
        fixes: [],
      });
      continue;
    }
    verdict.review = { by: m[1].trim(), on: m[2], line: d.line, current: m[3] === evidenceFingerprint(verdict) };
  }
  return problems;
}
