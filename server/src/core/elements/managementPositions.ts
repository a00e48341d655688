import type { ElementDef } from './elementDef';
import { current, sentenceMatches } from '../recognise/context';
import { POSITION } from '../recognise/vocab';

const RESPONSIBLE = /\b(responsib\w+|lead(s|ing)?|led by|overs(ee|ees|ight)|manag\w+|heads?|charged with|accountab\w+|direct(s|ing)?|in charge|owns?|assess\w*|chair\w*|comprised|consist\w+|includ\w+|report(s|ing)? to)\b/;
const GENERIC = /\b(it (team|department|staff|function)|information technology (team|department|function)|security team|management|our team|personnel|managed (security )?service provider|outsourced|third[- ]party provider)\b/;
const TOPIC = /\b(cyber\w*|security|threats?|risks?|incidents?)\b/;

export const managementPositions: ElementDef = {
  id: 'management-positions',
  title: 'Responsible management positions',
  part: 'gov',
  paragraph106: '106(c)(2)(i)',
  paragraph16K: '16K(c)(2)(i)',
  ecfrAnchor: 'p-229.106(c)(2)(i)',
  ruleText: 'Whether and which management positions or committees are responsible for assessing and managing such risks.',
  satisfiedBy: 'The management positions or committees responsible for assessing and managing cybersecurity risks, by title (for example the CISO, a cybersecurity steering committee).',
  missingText: 'which management positions or committees are responsible for assessing and managing cybersecurity risks',
  cyd: ['CybersecurityRiskManagementPositionsOrCommitteesResponsibleFlag', 'CybersecurityRiskManagementPositionsOrCommitteesResponsibleTextBlock'],
  template:
    'Our ${1:[Chief Information Security Officer]}, who reports to our ${2|[Chief Information Officer],Chief Information Officer,Chief Executive Officer,Chief Financial Officer,General Counsel|}, is responsible for assessing and managing material risks from cybersecurity threats. [Company to confirm]',
  recognise(ctx) {
    const named = ctx.where(POSITION, TOPIC).filter((s) => sentenceMatches(s, RESPONSIBLE));
    const now = current(named);
    if (now.length > 0) {
      return { status: 'present', reason: 'Names the management positions or committees responsible for cybersecurity risk.', evidence: ctx.evidence(now) };
    }
    if (named.length > 0) return { status: 'partial', reason: 'Responsible positions are described only as planned (for example a position to be filled).', evidence: ctx.evidence(named) };
    const generic = ctx.where(GENERIC, TOPIC, RESPONSIBLE);
    if (generic.length > 0) {
      return { status: 'partial', reason: 'Responsibility is given only to a generic team or to "management"; the rule asks which positions or committees.', evidence: ctx.evidence(generic) };
    }
    return { status: 'missing', reason: 'No management position or committee is named as responsible for cybersecurity risk.', evidence: [] };
  },
};
