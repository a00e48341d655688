import type { ElementDef } from './elementDef';
import { current, sentenceMatches } from '../recognise/context';
import { BOARD, BOARD_COMMITTEE, POSITION } from '../recognise/vocab';

const REPORTS = /\b(reports?|reporting|reported|briefs?|briefed|briefings?|updates?|updated|present\w*|provid\w+|inform\w*|apprise\w*|escalat\w+|communicat\w+|meets? with)\b/;
const NEGATIVE = /\b(do|does) not (currently )?(report|brief|provide)\b/;
const BOARD_OR_COMMITTEE = /\b(board|committee)\b/;
const TENTATIVE = /\b(may|might|could|intends? to|plans? to|as (needed|necessary))\b.{0,30}\b(report|brief|updat|inform|present)/;
const TOPIC = /\b(cyber\w*|security|threats?|incidents?|risks?|program)\b/;

export const reportsToBoard: ElementDef = {
  id: 'reports-to-board',
  title: 'Management reports to the board',
  part: 'gov',
  paragraph106: '106(c)(2)(iii)',
  paragraph16K: '16K(c)(2)(iii)',
  ecfrAnchor: 'p-229.106(c)(2)(iii)',
  ruleText: 'Whether such persons or committees report information about such risks to the board of directors or a committee or subcommittee of the board of directors.',
  satisfiedBy: 'Whether the named positions or committees report on cybersecurity risks to the board or a board committee (a clear "no" also answers it).',
  missingText: 'whether the responsible managers report information about cybersecurity risks to the board or a board committee',
  cyd: ['CybersecurityRiskManagementPositionsOrCommitteesResponsibleReportToBoardFlag'],
  template:
    'Our Chief Information Security Officer reports on cybersecurity risks to the ${1|Audit,Risk,Technology|} Committee of the Board ${2|quarterly,semi-annually,annually|} and promptly informs it of significant cybersecurity incidents.',
  recognise(ctx) {
    const no = ctx.where(NEGATIVE, BOARD_OR_COMMITTEE);
    if (no.length > 0) return { status: 'present', reason: 'States clearly that they do not report to the board.', evidence: ctx.evidence(no) };
    const toBoard = ctx.sentences.filter((s) => !s.heading && sentenceMatches(s, TOPIC) && sentenceMatches(s, REPORTS) && (sentenceMatches(s, BOARD) || sentenceMatches(s, BOARD_COMMITTEE)));
    const now = current(toBoard);
    const named = now.filter((s) => POSITION.test(s.norm.replace(/\b(audit|risk|governance|nominating|technology)[a-z ,&]{0,40} committee\b/g, ' ')) && !sentenceMatches(s, TENTATIVE));
    if (named.length > 0) {
      return { status: 'present', reason: 'States that the responsible positions or committees report to the board or a board committee.', evidence: ctx.evidence(named) };
    }
    const generic = now.filter((s) => /\b(management|team|executives?|leaders?|officers?)\b/.test(s.norm));
    if (generic.length > 0) {
      return { status: 'partial', reason: 'Only "management" or a generic team is said to report to the board; name the responsible position or committee, or reporting is only tentative.', evidence: ctx.evidence(generic) };
    }
    if (toBoard.length > 0) {
      return { status: 'partial', reason: 'The text says the board is informed but not that the responsible positions or committees report to it.', evidence: ctx.evidence(toBoard) };
    }
    return { status: 'missing', reason: 'No statement whether the responsible managers report on cybersecurity risks to the board or a board committee.', evidence: [] };
  },
};
