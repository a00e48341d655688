import type { RuleDef, RuleFinding } from './ruleDef';
import { sentenceMatches } from '../recognise/context';
import { quote } from './support/util';

const ID = 'consistency-future-tense';

// Plans to put something in place, as opposed to goals of what exists ("we strive to", "seeks to").
const START = '(?:implement|establish|adopt|develop|begin|put in place|create|formali[sz]e|introduce|hire|appoint|engage|roll out|deploy|build|design|launch|obtain|pursue|seek|conduct|perform|transition|migrate|add)';
// Improving what exists is not a plan in place of a process.
const IMPROVE = '(?:continue|maintain|keep|remain|further|continuously|continually|regularly|periodically|enhance|improve|expand|strengthen|evolve|mature|refine|update|review|invest|increase|monitor)';
const SUBJECT = '(?:we|they|it|company|management|team|ciso|cio|officer|board|committee|group|function|department|and|also|currently|further|additionally|therefore|accordingly)';
const PLAN = new RegExp(
  [
    `\\b${SUBJECT}\\s+(?:plans?|intends?|are planning|is planning|are intending)\\s+to\\s+(?!${IMPROVE}\\b)\\w+`,
    `\\bwill\\s+${START}\\b`,
    `\\b(?:are|is)\\s+in\\s+the\\s+process\\s+of\\s+(?:implementing|establishing|adopting|developing|building|formali[sz]ing|creating|deploying|hiring|appointing|rolling out|transitioning|designing|engaging)\\b`,
    `\\b(?:expects?|anticipates?)\\s+to\\s+${START}\\b`,
    `\\banticipates?\\s+(?:implementing|establishing|adopting|developing|hiring|appointing)\\b`,
  ].join('|'),
);
// "If an incident occurs, the CISO will engage outside counsel" and "from time to time, management will
// engage consultants" describe a process that exists.
const CONDITIONAL = /\b(if|when|whenever|in the event|upon|should|where|as needed|as appropriate|as necessary|from time to time|periodically|regularly|routinely|typically|generally|each|every|annually|quarterly)\b/;

export const consistencyFutureTense: RuleDef = {
  id: ID,
  description: 'A process described only as planned ("we plan to", "we intend to", "will implement"), where Item 106 asks what is in place.',
  tags: ['consistency', 'processes'],
  defaultSeverity: 'information',
  fixable: false,
  cite: 'Item 106(b)(1)',
  details:
    'Item 106 asks for the processes the company has. A plan is not a process, and a section that reads as a plan can leave an element unanswered. Flagged: "we plan to", "we intend to", "will implement / establish / adopt / hire", "we are in the process of", "expects to implement". Not flagged: "plan to continue", goals ("we strive to", "designed to"), and conditional procedures ("if an incident occurs, our CISO will engage ...").',
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const s of ctx.sentences) {
      if (s.heading || !s.future) continue;
      const m = PLAN.exec(s.norm);
      if (!m || sentenceMatches(s, CONDITIONAL)) continue;
      out.push({
        rule: ID,
        element: null,
        severity: 'information',
        message: `Written as a plan ("${quote(m[0], 40)}"): "${quote(s.text, 90)}". Item 106 asks for the processes and governance in place; say what exists today, and state plans separately if at all.`,
        span: s.span,
      });
    }
    return out;
  },
};
