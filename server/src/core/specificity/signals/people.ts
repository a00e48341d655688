// Named people: "Mr. Rosen", "our CISO, Guy Rosen, has ...", "Jane Doe, our Chief Information Security
// Officer". A capitalised pair of words is a name only beside a title or a verb a person takes, and only
// when neither word is one of the institutional words that make up committee and title names, or one of
// the words that end a company's name ("Journal Technologies has a ..." names a business, not a person).
import { eachSentence, type Family, type Found, type SignalSentence } from './family';

const HONORIFIC = /\b(?:Mr|Ms|Mrs|Dr)\.? [A-Z][a-z]+(?:-[A-Z][a-z]+)?\b/g;
const NAME = /\b[A-Z][a-z]+(?: [A-Z]\.)? [A-Z][a-z]+(?:-[A-Z][a-z]+)?\b/g;
const AFTER = /^,? (?:our|the|who|has|had|is|was|serves|served|joined|became|leads|holds|brings|a|an)\b/;
const BEFORE = /(?:\b(?:CISO|CIO|CTO|CSO|CEO|CFO|Officer|President|Counsel|Director|Head of [A-Za-z ]+)),? $/;
export const INSTITUTIONAL = new Set(
  `Audit Risk Committee Board Directors Council Team Group Security Information Cybersecurity Cyber Technology Chief Officer
  President Vice Senior Executive Company Corporate Management Governance Compliance Privacy Data Internal Enterprise Operations
  Item Part Form Annual Report Risk Factors Services Systems National Institute Standards Federal Department United States
  General Counsel Legal Finance Financial Global Digital Product Products Program Programs Plan Policy Incident Response Our The
  Business Trust Working Steering Nominating Subcommittee Office Network Cloud Engineering Software Infrastructure Strategy
  Human Resources Public Affairs Ethics Audit Assurance Controls Framework Standard Center Centre Holdings Inc Ltd Bank
  Technologies Corporation Corp Solutions Partners Industries Laboratories Labs Networks Communications Capital
  Pharmaceuticals Therapeutics Health Healthcare Energy Motors Brands Foods Beauty Entertainment Media Airlines
  Bancorp Insurance Properties Resources International Worldwide Enterprises Ventures Platforms Semiconductor
  Devices Instruments Electric Materials Sciences Biosciences`.split(/\s+/),
);

function names(sentence: SignalSentence): Found[] {
  const out: Found[] = [];
  const text = sentence.text;
  HONORIFIC.lastIndex = 0;
  for (let m = HONORIFIC.exec(text); m; m = HONORIFIC.exec(text)) {
    const start = sentence.span.start + m.index;
    out.push({ span: { start, end: start + m[0].length }, text: m[0], key: m[0].replace(/^\w+\.? /, '').toLowerCase() });
  }
  NAME.lastIndex = 0;
  for (let m = NAME.exec(text); m; m = NAME.exec(text)) {
    const words = m[0].split(/\s+/).filter((w) => !/^[A-Z]\.$/.test(w));
    if (words.some((w) => INSTITUTIONAL.has(w.replace(/-.*/, '')))) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (!BEFORE.test(before) && !AFTER.test(after)) continue;
    const start = sentence.span.start + m.index;
    out.push({ span: { start, end: start + m[0].length }, text: m[0], key: words[words.length - 1].toLowerCase() });
  }
  return out;
}

export const PEOPLE: Family = {
  id: 'person',
  label: 'named people',
  tier: 4,
  weight: 3,
  cap: 3,
  find: eachSentence(names),
};
