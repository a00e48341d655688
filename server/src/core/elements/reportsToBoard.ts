import type { ElementDef } from './elementDef';
import { current, sentenceMatches, type RecognitionContext, type Sent } from '../recognise/context';
import { aliasesOf } from '../recognise/aliases';
import { BOARD, BOARD_COMMITTEE, POSITION } from '../recognise/vocab';

const REPORTS = /\b(reports?|reporting|reported|briefs?|briefed|briefings?|updates?|updated|present\w*|provid\w+|inform\w*|apprise\w*|escalat\w+|communicat\w+|meets? (\w+ ){0,2}with|meetings? with)\b/;
// A named officer referred to again by office or pronoun ("these individuals report to the Audit Committee").
const POSITION_ANAPHOR = /\b((the|this|these|such|our) (director|head|officer|executive|vice president|leaders?|individuals?|persons|executives|officers)\b(?!-)|he|she)\b/;
const RESPONSIBLE_BEFORE = /\b((overseen|led|managed|headed) by|responsib\w+|in charge)\b/;
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
    'Our ${1:[Chief Information Security Officer]} reports on cybersecurity risks to the ${2|[Audit],Audit,Risk,Technology|} Committee of the Board ${3|[quarterly],quarterly,semi-annually,annually|}. [Company to confirm]',
  recognise(ctx) {
    const no = ctx.where(NEGATIVE, BOARD_OR_COMMITTEE);
    if (no.length > 0) return { status: 'present', reason: 'States clearly that they do not report to the board.', evidence: ctx.evidence(no) };
    const committees = aliasesOf(ctx, BOARD_COMMITTEE);
    const toBoard = ctx.sentences.filter(
      (s) => !s.heading && aboutCyber(ctx, s) && sentenceMatches(s, REPORTS) && (sentenceMatches(s, BOARD) || sentenceMatches(s, BOARD_COMMITTEE) || (committees?.test(s.norm) ?? false)),
    );
    const now = current(toBoard);
    const isNamed = namedReporter(ctx);
    const byName = now.filter((s) => isNamed(s, s.norm.replace(/\b(audit|risk|governance|nominating|technology)[a-z ,&]{0,40} committee\b/g, ' ')));
    const named = byName.filter((s) => !sentenceMatches(s, TENTATIVE));
    if (named.length > 0) {
      return { status: 'present', reason: 'States that the responsible positions or committees report to the board or a board committee.', evidence: ctx.evidence(named) };
    }
    const generic = now.filter((s) => !byName.includes(s) && /\b(management|team|executives?|leaders?|officers?)\b/.test(s.norm));
    if (generic.length > 0) {
      return {
        status: 'partial',
        reason: 'Reports to the board are credited only to "management" or a team; the text does not say that the responsible positions or committees report to the board or its committee.',
        evidence: ctx.evidence(generic),
      };
    }
    if (byName.length > 0) {
      return { status: 'partial', reason: 'The text says only that the responsible positions may report to the board ("may", "as needed"), not that they do.', evidence: ctx.evidence(byName) };
    }
    if (toBoard.length > 0) {
      return { status: 'partial', reason: 'The text says the board is informed but not that the responsible positions or committees report to it.', evidence: ctx.evidence(toBoard) };
    }
    return { status: 'missing', reason: 'No statement whether the responsible managers report on cybersecurity risks to the board or a board committee.', evidence: [] };
  },
};

/**
 * Whether the text names the responsible persons as reporting: by title, by a short form defined for a
 * title, or by office or pronoun ("these individuals report to the Audit Committee") once a title is named
 * or the sentences just before say who is responsible.
 */
function namedReporter(ctx: RecognitionContext): (s: Sent, text: string) => boolean {
  const short = aliasesOf(ctx, POSITION);
  const anyNamed = ctx.sentences.some((s) => !s.heading && sentenceMatches(s, POSITION));
  return (s, text) => {
    if (POSITION.test(text) || (short?.test(text) ?? false)) return true;
    if (!POSITION_ANAPHOR.test(text)) return false;
    return anyNamed || ctx.sentences.slice(Math.max(0, s.index - 2), s.index).some((t) => t.block === s.block && RESPONSIBLE_BEFORE.test(t.norm));
  };
}

/** The sentence, or the next one of its paragraph ("These reports include updates on cybersecurity risks"), is about cybersecurity. */
function aboutCyber(ctx: RecognitionContext, s: Sent): boolean {
  return ctx.window(s, 1).some((t) => sentenceMatches(t, TOPIC));
}
