import type { ElementDef } from './elementDef';
import { current, sentenceMatches } from '../recognise/context';
import { BOARD, BOARD_COMMITTEE, POSITION } from '../recognise/vocab';

const RECEIVES = /\b(receiv\w+|is (informed|briefed|updated|apprised|notified)|are (informed|briefed|updated|apprised|notified)|(be|been|kept) (informed|briefed|updated|apprised|notified)|reviews? (reports?|updates?)|hears?|meets? with|discuss\w+ with)\b/;
const GIVES = /\b(reports?|reporting|reported|briefs?|briefings?|updates?|updated|present\w*|provid\w+|inform\w*|apprise\w*|notif\w+|escalat\w+|communicat\w+)\b/;
const SPECIFIC_FREQUENCY = /\b(quarterly|annual(ly)?|semi-?annual(ly)?|monthly|each (regular(ly)? scheduled )?meeting|every meeting|at least (once|twice|annually|quarterly)|(once|twice|several times) (a|per|each) year|times (a|per|each) year|at (each|every) (of its )?(regular(ly)? scheduled )?meetings?|promptly|immediately|within \d+)\b/;
const VAGUE = /\b(periodic(ally)?|regular(ly)?|from time to time|as (needed|necessary|appropriate))\b/;
const TOPIC = /\b(cyber\w*|security|threats?|incidents?|risks?|program)\b/;

export const boardInformed: ElementDef = {
  id: 'board-informed',
  title: 'How the board is informed',
  part: 'gov',
  paragraph106: '106(c)(1)',
  paragraph16K: '16K(c)(1)',
  ecfrAnchor: 'p-229.106(c)(1)',
  ruleText: 'Describe the processes by which the board or such committee is informed about such risks.',
  satisfiedBy: 'Who informs the board or committee about cybersecurity risks, how often and about what (for example quarterly reports from the CISO, escalation of significant incidents).',
  missingText: 'how the board or its committee is informed about cybersecurity risks',
  cyd: ['CybersecurityRiskProcessForInformingBoardCommitteeOrSubcommitteeResponsibleForOversightTextBlock'],
  template:
    'The ${1:Audit Committee} is informed about risks from cybersecurity threats through ${2|quarterly,semi-annual,annual|} reports from the ${3:Chief Information Security Officer} on the threat landscape, the status of our cybersecurity program and any significant incidents, and its chair reports on these matters to the full Board.',
  recognise(ctx) {
    const all = ctx.sentences.filter((s) => {
      if (s.heading || !sentenceMatches(s, TOPIC)) return false;
      const board = sentenceMatches(s, BOARD) || sentenceMatches(s, BOARD_COMMITTEE);
      return board && (sentenceMatches(s, RECEIVES) || sentenceMatches(s, GIVES));
    });
    const now = current(all);
    const substantive = now.filter((s) => sentenceMatches(s, SPECIFIC_FREQUENCY) || sentenceMatches(s, POSITION) || /\b(management|team|officer|leaders?)\b/.test(s.norm));
    if (substantive.length > 0) {
      return { status: 'present', reason: 'Describes who informs the board or committee about cybersecurity risks and how.', evidence: ctx.evidence(substantive) };
    }
    if (now.length > 0) {
      const vague = now.some((s) => sentenceMatches(s, VAGUE));
      return {
        status: 'partial',
        reason: vague
          ? 'Says only that the board is informed "periodically" or "regularly"; it does not say by whom, how often or about what.'
          : 'Says the board is informed but not by whom or how.',
        evidence: ctx.evidence(now),
      };
    }
    if (all.length > 0) return { status: 'partial', reason: 'How the board is informed is described only as planned.', evidence: ctx.evidence(all) };
    return { status: 'missing', reason: 'No description of how the board or its committee is informed about cybersecurity risks.', evidence: [] };
  },
};
