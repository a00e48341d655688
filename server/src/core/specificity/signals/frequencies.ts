// Stated frequencies: "quarterly", "at least annually", "twice a year", "every two years", "24/7".
// "Regularly", "periodically" and "from time to time" are not frequencies; neither is an "annual report".
import { eachSentence, findAll, type Family } from './family';

const PATTERNS = [
  /\b(?:semi-?|bi-?)?annual(?:ly)?\b(?! [Rr]eport on| meeting| general meeting)/gi,
  /\b(?:quarterly|monthly|weekly|daily|yearly|bi-?weekly|bi-?monthly|semiannually|biannually)\b/gi,
  /\b(?:once|twice|two times|three times|four times|\d+ times) (?:a|per|each|every) (?:year|quarter|month|week)\b/gi,
  /\bevery (?:year|quarter|month|week|(?:other|two|three|four|six|\d+) (?:years|months|weeks|quarters))\b/gi,
  /\beach (?:year|quarter|month|week)\b/gi,
  /\b(?:at )?(?:each|every) (?:regular(?:ly scheduled)? |quarterly )?(?:board |committee )?meeting\b/gi,
  /\b24\/7\b|\b24x7\b|\baround[- ]the[- ]clock\b/gi,
];

/** "annual" and "annually", "quarterly" twice: one frequency each. */
function frequencyKey(text: string): string {
  return text.toLowerCase().replace(/ly$/, '').replace(/^(?:semi|bi)-/, (p) => p.slice(0, -1)).replace(/^at /, '');
}

export const FREQUENCIES: Family = {
  id: 'frequency',
  label: 'frequencies',
  tier: 3,
  weight: 1.5,
  cap: 3,
  // "Annual Report" is the filing; "annual reports to the Board" is a frequency.
  find: eachSentence((sentence) => findAll(sentence, PATTERNS, frequencyKey).filter((f) => !(f.text === 'Annual' && sentence.text.startsWith(' Report', f.span.end - sentence.span.start)))),
};
