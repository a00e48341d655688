import type { PracticeDef } from './practiceDef';
import { sentenceMatches } from '../recognise/context';

// A routine interval. "Promptly" or "within 24 hours" times the escalation of an incident, not the
// routine briefing, and "periodically" or "regularly" states no interval.
export const BRIEFING_INTERVAL =
  /\b(quarterly|annual(ly)?|semi-?annual(ly)?|bi-?annual(ly)?|monthly|yearly|(each|every) (regular(ly)? scheduled |regular |scheduled |quarterly |in-person )?(board |committee )?meeting|at (each|every|all) (of (its|their) )?(regular(ly)? scheduled |regular |scheduled |quarterly )?meetings?|at least (once|twice|annually|quarterly|semi-?annually|monthly|(once |twice )?(a|per|each) (year|quarter))|(once|twice|\w+ times) (a|per|each) (year|quarter)|each (quarter|year)|every (quarter|year))\b/;

export const briefingFrequency: PracticeDef = {
  id: 'briefing-frequency',
  element: 'board-informed',
  title: 'Briefing frequency',
  phrase: 'state how often the board or its committee is briefed',
  counted:
    'A sentence the board-informed element rests on states a routine interval (quarterly, annually, at each meeting, twice a year). "Periodically", "regularly" and the timing of incident escalation ("promptly") are not an interval.',
  recognise({ ctx, verdict }) {
    const informed = verdict('board-informed');
    if (informed.status !== 'present' && informed.status !== 'partial') return [];
    const starts = new Set(informed.evidence.map((e) => e.span.start));
    return ctx.evidence(ctx.sentences.filter((s) => starts.has(s.span.start) && !s.future && sentenceMatches(s, BRIEFING_INTERVAL)));
  },
};
