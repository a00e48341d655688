// Years of experience: "over 17 years of combined government and private sector assignments", "two
// decades of experience", "an average of over 16 years". "Every two years" is a frequency, and "the past
// three years" a period, not experience.
import { eachSentence, findAll, type Family } from './family';

const NUMBER = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five|thirty|forty)';
const PATTERNS = [
  new RegExp(`(?<!every |every other |past |last |next |within |following |prior )\\b(?:(?:over|more than|approximately|nearly|almost|about|at least|some) )?${NUMBER}\\+? (?:years|decades)(?! ago)\\b`, 'gi'),
  /\bdecades of (?:\w+ )?experience\b/gi,
];

const ABOUT_EXPERIENCE = /\b(?:experience|experienced|career|assignments|roles|positions|served|worked|background)\b/i;

export const EXPERIENCE: Family = {
  id: 'experience',
  label: 'years of experience',
  tier: 3,
  weight: 2,
  cap: 2,
  // A number of years is experience only in a sentence about experience, roles or a career.
  find: eachSentence((sentence) => (ABOUT_EXPERIENCE.test(sentence.text) ? findAll(sentence, PATTERNS) : [])),
};
