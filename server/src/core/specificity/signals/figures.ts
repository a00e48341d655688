// Figures that can be checked: team sizes and counts ("over 100 security professionals", "three
// members"), percentages and amounts. Enumerations ("(1) preparation") and citations ("Item 1A") are not
// figures.
import { eachSentence, findAll, type Family } from './family';

const COUNT = '(?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|hundred|dozens of|hundreds of|thousands of)';
const NOUN =
  '(?:employees|professionals|members|people|personnel|individuals|staff|engineers|analysts|experts|specialists|vendors|suppliers|countries|locations|sites|data centers|incidents|attacks|applications|directors|meetings|sessions|exercises|tests|hours|business days|days|FTEs)';
const PATTERNS = [
  /\$ ?\d[\d,.]*(?: (?:million|billion|thousand))?/g,
  /\b\d[\d,.]*(?: ?%| percent)/g,
  new RegExp(`\\b${COUNT}\\+? (?:(?:full-time|dedicated|cybersecurity|security|information security|internal|independent|certified|global|technology|IT|of our|of the) ){0,2}${NOUN}\\b`, 'gi'),
];

export const FIGURES: Family = {
  id: 'figure',
  label: 'figures and counts',
  tier: 4,
  weight: 2,
  cap: 4,
  find: eachSentence((sentence) => findAll(sentence, PATTERNS)),
};
