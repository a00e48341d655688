import type { ElementDef } from './elementDef';
import { current, sentenceMatches } from '../recognise/context';
import { BOARD, BOARD_COMMITTEE, POSITION } from '../recognise/vocab';

const RECEIVES = /\b(receiv\w+|is (informed|briefed|updated|apprised|notified)|are (informed|briefed|updated|apprised|notified)|(be|been|kept) (informed|briefed|updated|apprised|notified)|reviews? (reports?|updates?)|hears?|meets? (\w+ )?with|discuss\w+ with)\b/;
const GIVES = /\b(reports?|reporting|reported|briefs?|briefings?|updates?|updated|present\w*|provid\w+|inform\w*|apprise\w*|notif\w+|escalat\w+|communicat\w+)\b/;
const SPECIFIC_FREQUENCY = /\b(quarterly|annual(ly)?|semi-?annual(ly)?|monthly|each (regular(ly)? scheduled )?meeting|every meeting|at least (once|twice|annually|quarterly)|(once|twice|several times) (a|per|each) year|times (a|per|each) year|at (each|every) (of its )?(regular(ly)? scheduled )?meetings?|promptly|immediately|within \d+)\b/;
const VAGUE = /\b(periodic(ally)?|regular(ly)?|from time to time|as (needed|necessary|appropriate))\b/;
// What the board is given: named reports or subjects say how it is informed even without a reporter.
const WHAT = /\b(incident reports?|(reports?|updates?|briefings?|presentations?) (on|regarding|about|covering)|metrics|dashboards?|scorecards?|results of|threat landscape|status of|(mitigation|remediation) (initiatives|efforts|plans|activities)|risk assessments?|(audit|assessment) (findings|results))\b/;
const ESCALATION = /\bescalat\w+\b/;
const ROUTINE_REPORT = /\b(reports?|reporting|briefings?|briefs|updates?|presentations?|reviews?)\b/;
const REPORT_NOUN = /\b(reports|updates|briefings|presentations)\b/;
const GENERIC_REPORTER = /\b(management|team|officer|leaders?)\b/;
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
    'The ${1:[Audit Committee]} is informed about risks from cybersecurity threats through ${2|[quarterly],quarterly,semi-annual,annual|} reports from the ${3:[Chief Information Security Officer]} on ${4:[the threat landscape, the status of our cybersecurity program and any significant incidents]}. [Company to confirm]',
  adviceReadings: [
    {
      reading: 'The board receives periodic or regular reports on cybersecurity from "management", with no position or interval named.',
      why: 'It says who (management) informs the board, about what, and that it happens as a routine; filed sections commonly stop there, and careful readers accept it as a description of the process.',
    },
  ],
  recognise(ctx) {
    const all = ctx.sentences.filter((s) => {
      if (s.heading || !sentenceMatches(s, TOPIC)) return false;
      const board = sentenceMatches(s, BOARD) || sentenceMatches(s, BOARD_COMMITTEE);
      return board && (sentenceMatches(s, RECEIVES) || sentenceMatches(s, GIVES));
    });
    const now = current(all);
    // A named reporter, a stated frequency, or the reports and subjects it receives say how the board is
    // informed. "Meets regularly with management" names neither who reports on cybersecurity nor what.
    const substantive = now.filter(
      (s) =>
        sentenceMatches(s, SPECIFIC_FREQUENCY) ||
        sentenceMatches(s, POSITION) ||
        sentenceMatches(s, WHAT) ||
        (sentenceMatches(s, GENERIC_REPORTER) && !sentenceMatches(s, VAGUE)),
    );
    // Escalation of significant incidents is part of how a board is informed, but alone it says nothing
    // of how the board learns about cybersecurity risks between incidents.
    const routine = substantive.filter((s) => !sentenceMatches(s, ESCALATION) || sentenceMatches(s, ROUTINE_REPORT));
    // "Receives periodic reports from management on cybersecurity": reports on the subject, from a
    // generic reporter at a vague interval. Filers and careful readers accept it; the literal gaps are advice.
    const generalReports = now.filter((s) => sentenceMatches(s, GENERIC_REPORTER) && sentenceMatches(s, REPORT_NOUN));
    if (routine.length > 0) {
      return { status: 'present', reason: 'Describes who informs the board or committee about cybersecurity risks and how.', evidence: ctx.evidence([...substantive, ...generalReports]) };
    }
    if (generalReports.length > 0) {
      return {
        status: 'present',
        reason: 'Says the board or committee receives reports on cybersecurity risks from management.',
        evidence: ctx.evidence([...generalReports, ...substantive]),
        advice: ['The rule asks for the processes by which the board is informed; the text gives the reporter only as "management" and the interval only as "periodic" or "regular", not which position reports or how often.'],
      };
    }
    if (substantive.length > 0) {
      return { status: 'partial', reason: 'Describes only the escalation of significant incidents; it does not say who reports to the board or committee on cybersecurity risks, how often or about what.', evidence: ctx.evidence(substantive) };
    }
    if (now.length > 0) {
      const vague = now.some((s) => sentenceMatches(s, VAGUE));
      return {
        status: 'partial',
        reason: vague
          ? 'Says only that the board is informed "periodically" or "regularly", at most by "management"; it does not name who reports on cybersecurity, how often or about what.'
          : 'Says the board is informed but not by whom or how.',
        evidence: ctx.evidence(now),
      };
    }
    if (all.length > 0) return { status: 'partial', reason: 'How the board is informed is described only as planned.', evidence: ctx.evidence(all) };
    return { status: 'missing', reason: 'No description of how the board or its committee is informed about cybersecurity risks.', evidence: [] };
  },
};
