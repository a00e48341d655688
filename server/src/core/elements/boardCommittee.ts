import type { ElementDef } from './elementDef';
import { current, sentenceMatches, type RecognitionContext, type Sent } from '../recognise/context';
import { aliasesOf } from '../recognise/aliases';
import { BOARD, BOARD_COMMITTEE, CYBER, MANAGEMENT_COMMITTEE } from '../recognise/vocab';

const RESPONSIBLE = /\b(overs(ee|ees|aw|een|eeing|ight)|responsib\w+|review\w*|monitor\w*|delegat\w+|charter\w*|charged with|assists? the board|supervis\w+)\b/;
// A committee given "this oversight responsibility" or oversight of "these risks" takes on what the
// sentences just before speak of; only words of oversight carry the duty over, not "reviews" or "monitors".
const OVERSIGHT = /\b(overs(ee|ees|aw|een|eeing|ight)|responsib\w+|delegat\w+|charged with|assists? the board)\b/;
const DUTY_ANAPHOR = /\b(this|that|such|these) (oversight( responsibilit(y|ies)| role| function)?|responsibilit(y|ies)|role|duty|duties|function)\b/;
const RISK_ANAPHOR = /\b(these|such|those|the foregoing) (risks|threats)\b/;
const ANTECEDENT_RISK = /\b(risks?|threats?)\b/;
const FULL_BOARD = /\b(full|entire) board\b.{0,80}\b(overs|responsib|retains|directly)|board (as a whole|directly)\b|\bboard\b.{0,60}\b(has not delegated|does not have a (separate |standing )?committee|retains (direct )?oversight)|\bno (board )?committee\b/;

export const boardCommittee: ElementDef = {
  id: 'board-committee',
  title: 'Responsible board committee',
  part: 'gov',
  paragraph106: '106(c)(1)',
  paragraph16K: '16K(c)(1)',
  ecfrAnchor: 'p-229.106(c)(1)',
  ruleText: 'If applicable, identify any board committee or subcommittee responsible for the oversight of risks from cybersecurity threats.',
  satisfiedBy: 'The board committee or subcommittee responsible for cybersecurity oversight, by name; or a clear statement that the full board oversees it without a committee.',
  missingText: 'which board committee or subcommittee (if any) is responsible for overseeing cybersecurity risks',
  cyd: ['CybersecurityRiskBoardCommitteeOrSubcommitteeResponsibleForOversightTextBlock'],
  template:
    'The Board has delegated primary responsibility for the oversight of risks from cybersecurity threats to the ${1|[Audit],Audit,Risk,Technology|} Committee of the Board. [Company to confirm]',
  recognise(ctx) {
    // A committee defined once by its full name and named afterwards by a short form ("(RCSC)").
    const short = aliasesOf(ctx, BOARD_COMMITTEE);
    const committee = ctx.sentences.filter((s) => !s.heading && (sentenceMatches(s, namesBoardCommittee) || (short?.test(s.norm) ?? false)));
    const responsible = current(committee.filter((s) => (sentenceMatches(s, RESPONSIBLE) && sentenceMatches(s, CYBER)) || oversightCarriedOver(ctx, s)));
    if (responsible.length > 0) {
      return { status: 'present', reason: 'Names the board committee responsible for cybersecurity oversight.', evidence: ctx.evidence(responsible) };
    }
    const fullBoard = ctx.where(FULL_BOARD);
    // Management committees (a "Cybersecurity Governance Council") do not stand in for a board committee.
    if (fullBoard.length > 0 || (committee.length === 0 && ctx.where(BOARD, RESPONSIBLE, CYBER).length > 0)) {
      const evidence = fullBoard.length > 0 ? fullBoard : ctx.where(BOARD, RESPONSIBLE, CYBER);
      return { status: 'not-applicable', reason: fullBoard.length > 0 ? 'The full board oversees cybersecurity without a committee.' : 'The board oversees cybersecurity directly; no committee is named.', evidence: ctx.evidence(evidence) };
    }
    if (committee.length > 0) {
      return { status: 'partial', reason: 'A board committee is mentioned but not said to be responsible for cybersecurity oversight.', evidence: ctx.evidence(committee) };
    }
    return { status: 'missing', reason: 'No board committee is identified, and the text does not say the full board oversees cybersecurity itself.', evidence: [] };
  },
};

/** The committee sentence takes over the oversight of cybersecurity risk the sentences just before describe. */
function oversightCarriedOver(ctx: RecognitionContext, s: Sent): boolean {
  if (!sentenceMatches(s, OVERSIGHT)) return false;
  const duty = sentenceMatches(s, DUTY_ANAPHOR);
  if (!duty && !sentenceMatches(s, RISK_ANAPHOR)) return false;
  return before(ctx, s, 2).some((t) => sentenceMatches(t, CYBER) && (duty ? sentenceMatches(t, OVERSIGHT) : sentenceMatches(t, ANTECEDENT_RISK)));
}

/**
 * Up to `n` body sentences before `s` under the same heading. Paragraphs are crossed: extracted filings
 * often break a paragraph, even a sentence, with a blank line.
 */
function before(ctx: RecognitionContext, s: Sent, n: number): Sent[] {
  const out: Sent[] = [];
  for (let i = s.index - 1; i >= 0 && out.length < n; i--) {
    const t = ctx.sentences[i];
    if (t.heading) break;
    out.push(t);
  }
  return out;
}

const MANAGEMENT_COMMITTEES = new RegExp(MANAGEMENT_COMMITTEE.source, 'g');

/** A board committee is named once management committees ("the Cybersecurity Steering Committee") are set aside. */
function namesBoardCommittee(norm: string): boolean {
  return BOARD_COMMITTEE.test(norm.replace(MANAGEMENT_COMMITTEES, ' '));
}
