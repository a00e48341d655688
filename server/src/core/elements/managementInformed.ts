import type { ElementDef } from './elementDef';
import { current, sentenceMatches } from '../recognise/context';
import { BOARD, BOARD_COMMITTEE } from '../recognise/vocab';

function stageCount(norm: string): number {
  return new Set(Array.from(norm.matchAll(STAGES), (m) => m[1].slice(0, 5))).size;
}

const STAGES = /\b(prevent\w*|detect\w*|mitigat\w*|remediat\w*)\b/g;
const INFORMED = /\b(elevat\w*|informed|apprised|notified|updated|made aware|briefed|kept (informed|abreast)|receiv\w+|monitors?|monitoring|oversees?|tracks?|escalat\w+|report(s|ed)? to|reported by|alert\w*|learns?)\b/;
const CHANNEL =
  /\b(reports? from|briefings?|updates? from|meetings?|dashboards?|metrics|alerts?|alerting|security operations (center|centre)|\bsoc\b|siem|edr|threat intelligence|monitoring (tools|systems|program)|tickets?|incident (response )?(team|reports?|process|procedures?|plan|playbooks?)|escalation (process|procedures?|protocols?|framework|path)|discussions? with|communications? from|notifications?)\b/;
const WHO = /\b(ciso|cio|cso|cto|chief \w+( \w+)? officer|officer|management|executives?|leadership|committee|team|head of|vice president|director|he|she|they)\b/;
const INCIDENTS = /\b(remediat\w*|mitigat\w*|detect\w*|incidents?|threats?|events?|breach\w*|attacks?|vulnerabilit\w+)\b/;
const PLAN_ONLY = /\b(incident response plan|incident response policy|response plan)\b/;
// What the responsible body does once an incident occurs ("If a cybersecurity incident occurs, our
// cybersecurity management committee will promptly organize ... assessment"): escalation, not how it is
// informed about and monitors prevention, detection, mitigation and remediation. Partial at most.
const ESCALATION = /\b(if|when|whenever|upon|once|in the event( that| of)?)\b[^.;]{0,80}\b(incidents?|events?|breach\w*|attacks?)\b/;
const RESPONDS = /\b(organi[sz]\w+|assess\w*|investigat\w+|report\w*|escalat\w+|notif\w+|conven\w+|respond\w*|evaluat\w+)\b/;

export const managementInformed: ElementDef = {
  id: 'management-informed',
  title: 'How management is informed',
  part: 'gov',
  paragraph106: '106(c)(2)(ii)',
  paragraph16K: '16K(c)(2)(ii)',
  ecfrAnchor: 'p-229.106(c)(2)(ii)',
  ruleText:
    'The processes by which such persons or committees are informed about and monitor the prevention, detection, mitigation, and remediation of cybersecurity incidents.',
  satisfiedBy:
    'The mechanism by which the responsible persons learn of and follow the prevention, detection, mitigation and remediation of incidents: reports from the security team, monitoring alerts, threat intelligence, incident-response reporting, regular meetings.',
  missingText: 'how the responsible managers are informed about and monitor the prevention, detection, mitigation and remediation of cybersecurity incidents',
  cyd: ['CybersecurityRiskProcessForInformingManagementOrCommitteesResponsibleTextBlock'],
  template:
    'The ${1:CISO} and the security leadership team are informed about and monitor the prevention, detection, mitigation and remediation of cybersecurity incidents through ${2:regular reports from the security operations team}, automated monitoring and alerting, threat intelligence, and the escalation procedures of our incident response plan.',
  recognise(ctx) {
    // Reports to the board answer (c)(1) and (c)(2)(iii), not how management itself is informed.
    const about = ctx.where(INFORMED, WHO, INCIDENTS).filter((s) => !(sentenceMatches(s, BOARD) || sentenceMatches(s, BOARD_COMMITTEE)) || stageCount(s.norm) >= 2);
    const plans = ctx.where(PLAN_ONLY).filter((s) => !about.includes(s));
    const now = current(about);
    const mechanism = now.filter((s) => {
      const stages = new Set(Array.from(s.norm.matchAll(STAGES), (m) => m[1].slice(0, 5)));
      return sentenceMatches(s, CHANNEL) && (stages.size >= 2 || !sentenceMatches(s, PLAN_ONLY) || /\b(reports?|alerts?|briefings?|updates?) from\b/.test(s.norm));
    });
    const stageWords = new Set(now.flatMap((s) => Array.from(s.norm.matchAll(STAGES), (m) => m[1].slice(0, 5))));
    if (mechanism.length > 0 && (mechanism.length >= 2 || stageWords.size >= 2)) {
      return { status: 'present', reason: 'Describes how the responsible persons learn of and follow the prevention, detection, mitigation and remediation of incidents.', evidence: ctx.evidence(mechanism) };
    }
    if (mechanism.length > 0 || now.length > 0) {
      const planOnly = now.every((s) => sentenceMatches(s, PLAN_ONLY) && !/\b(reports?|alerts?|briefings?|updates?) from\b/.test(s.norm));
      return {
        status: 'partial',
        reason: planOnly
          ? 'Only names an incident response plan or escalation; it does not describe how the responsible persons are informed about and monitor prevention, detection, mitigation and remediation.'
          : 'Describes escalation or responsibility only; say how the responsible persons are informed about and monitor prevention, detection, mitigation and remediation of incidents.',
        evidence: ctx.evidence(mechanism.length > 0 ? mechanism : now),
      };
    }
    if (about.length > 0) return { status: 'partial', reason: 'How management is informed is described only as planned.', evidence: ctx.evidence(about) };
    const escalation = current(ctx.where(ESCALATION, WHO, RESPONDS));
    if (escalation.length > 0) {
      return {
        status: 'partial',
        reason: 'Describes only what the responsible persons do once an incident occurs; say how they are informed about and monitor the prevention, detection, mitigation and remediation of incidents.',
        evidence: ctx.evidence([...escalation, ...plans]),
      };
    }
    if (plans.length > 0) {
      return { status: 'partial', reason: 'Only names an incident response plan; it does not describe how the responsible persons are informed about and monitor prevention, detection, mitigation and remediation.', evidence: ctx.evidence(plans) };
    }
    return { status: 'missing', reason: 'No description of how the responsible persons are informed about and monitor cybersecurity incidents.', evidence: [] };
  },
};
