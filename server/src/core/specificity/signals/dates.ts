// Dates and years: "in 2023", "since 2013", "March 2022". The reporting date of the report ("as of
// December 31, 2024", "fiscal 2024", "the year ended ...") says nothing about the company and is left out.
import { eachSentence, findAll, type Family } from './family';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const REPORTING = '(?<![Aa]s of |[Ee]nded |[Ee]nding |[Ff]iscal |[Ff]iscal [Yy]ear |FY)';
const PATTERNS = [
  new RegExp(`${REPORTING}\\b${MONTH}(?: \\d{1,2},?)? (?:19|20)\\d{2}\\b`, 'g'),
  // A bare year, not a version or a part of a number ("ISO/IEC 27001:2013", "800-53").
  new RegExp(`${REPORTING}(?<![:/\\-\\d.,]|\\d, )\\b(?:19|20)\\d{2}\\b(?![-\\d])`, 'g'),
];

export const DATES: Family = {
  id: 'date',
  label: 'dates',
  tier: 4,
  weight: 2,
  cap: 4,
  find: eachSentence((sentence) => findAll(sentence, PATTERNS, (text) => /\d{4}$/.exec(text)?.[0] ?? text)),
};
