import type { ElementDef } from './elementDef';
import { current, sentenceMatches } from '../recognise/context';
import { BOARD, BOARD_COMMITTEE, CYBER } from '../recognise/vocab';

const OVERSEE = /\b(overs(ee|ees|aw|een|eeing|ight)|responsib\w+|review\w*|monitor\w*|supervis\w+|govern\w*|delegat\w+|charter\w*|charged with)\b/;

export const boardOversight: ElementDef = {
  id: 'board-oversight',
  title: 'Board oversight',
  part: 'gov',
  paragraph106: '106(c)(1)',
  paragraph16K: '16K(c)(1)',
  ecfrAnchor: 'p-229.106(c)(1)',
  ruleText: "Describe the board of directors' oversight of risks from cybersecurity threats.",
  satisfiedBy: 'A description of how the board of directors (directly or through a committee) oversees risks from cybersecurity threats.',
  missingText: "a description of the board of directors' oversight of risks from cybersecurity threats",
  cyd: ['CybersecurityRiskBoardOfDirectorsOversightTextBlock'],
  template:
    'Our Board of Directors oversees risks from cybersecurity threats ${1|[directly and through its committee],directly,through its committee,directly and through its committee|}, ${2:[as part of its oversight of enterprise risk]}. [Company to confirm]',
  recognise(ctx) {
    const all = ctx
      .where(OVERSEE)
      .filter((s) => sentenceMatches(s, BOARD) || sentenceMatches(s, BOARD_COMMITTEE))
      .filter((s) => sentenceMatches(s, CYBER) || (/\b(these|such|those) risks\b/.test(s.norm) && CYBER.test(ctx.sentences[s.index - 1]?.norm ?? '')));
    const now = current(all);
    if (now.length > 0) {
      return { status: 'present', reason: 'Describes the board\'s oversight of cybersecurity risks.', evidence: ctx.evidence(now) };
    }
    if (all.length > 0) return { status: 'partial', reason: 'Board oversight is described only as planned.', evidence: ctx.evidence(all) };
    const mentions = ctx.where(BOARD, CYBER);
    if (mentions.length > 0) {
      return { status: 'partial', reason: 'Mentions the board but does not describe its oversight of cybersecurity risks.', evidence: ctx.evidence(mentions) };
    }
    return { status: 'missing', reason: 'No description of the board\'s oversight of cybersecurity risks.', evidence: [] };
  },
};
