// Certifications and attestations the company itself holds: "ISO 27001 certified", "a SOC 2 Type 2
// report", "PCI-DSS Level 1". Naming a framework one follows is a named framework; holding its
// certificate can be checked.
import { eachSentence, findAll, type Family } from './family';

const STANDARD = '(?:ISO(?:\\/IEC)?[ -]?\\d{4,5}|SOC ?[123]|PCI[- ]?DSS|HITRUST|FedRAMP|TISAX|CSA STAR)';
const HELD = '(?:certified|certifications?|certificates?|attestations?|accredit\\w*|authori[sz]ed|authori[sz]ation|compliant|Type (?:II|2|I|1)|Level [1-4]|reports?)';
const PATTERNS = [new RegExp(`\\b${STANDARD}\\b[^.;]{0,60}?\\b${HELD}\\b`, 'g'), new RegExp(`\\b${HELD}\\b[^.;]{0,40}?\\b${STANDARD}\\b`, 'g')];

export const HELD_CERTIFICATIONS: Family = {
  id: 'held-certification',
  label: 'certifications the company holds',
  tier: 4,
  weight: 3,
  cap: 3,
  find: eachSentence((sentence) => findAll(sentence, PATTERNS)),
};
