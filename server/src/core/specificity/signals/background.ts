// A person's background beyond years: prior roles ("prior to joining", "previously served as"), degrees,
// military or government service.
import { eachSentence, findAll, type Family } from './family';

const PATTERNS = [
  /\b(?:prior to joining|before joining|previously (?:served|worked|held|led)|formerly (?:served|worked|held|led)|has (?:also )?served as|held (?:\w+ ){0,3}(?:roles|positions))\b/gi,
  /\b(?:bachelor|master)(?:[’']s)? (?:degrees?|of)\b|\bdegrees? in\b|\bB\.S\.|\bM\.S\.|\bMBA\b|\bM\.B\.A\.|\bPh\.D\.|\bJ\.D\./g,
  /\b(?:U\.S\. )?(?:Army|Navy|Air Force|Marine Corps|Coast Guard)\b/g,
];

export const BACKGROUND: Family = {
  id: 'background',
  label: 'background (prior roles, degrees)',
  tier: 3,
  weight: 1.5,
  cap: 3,
  find: eachSentence((sentence) => findAll(sentence, PATTERNS)),
};
