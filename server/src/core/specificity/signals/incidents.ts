// A described incident: "in March 2023 we detected an intrusion ...", "we experienced a ransomware
// attack". The boilerplate denial ("we have not experienced any material incident") is not one, and
// neither is the general admission that "we have experienced cybersecurity incidents" in the past.
import { eachSentence, type Family, type Found, type SignalSentence } from './family';

const DESCRIBED =
  /\b(?:experienced|detected|discovered|suffered|was the target of|were the target of|was subject to|were subject to|became aware of|identified) (?:a|an|one|two|three|several) (?:[\w-]+ ){0,3}?(?:incidents?|breach|attacks?|intrusions?|compromise|ransomware attack)\b/gi;
const DENIAL = /\b(?:not|no|never|any|without)\b/i;

function incidents(sentence: SignalSentence): Found[] {
  const out: Found[] = [];
  const text = sentence.text;
  DESCRIBED.lastIndex = 0;
  for (let m = DESCRIBED.exec(text); m; m = DESCRIBED.exec(text)) {
    // "have not experienced", "did not identify any", "any incident we may experience": no incident described.
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (DENIAL.test(before) || DENIAL.test(m[0]) || /\b(?:may|could|might|would|if|when|whether)\b/i.test(before)) continue;
    const start = sentence.span.start + m.index;
    out.push({ span: { start, end: start + m[0].length }, text: m[0], key: 'incident' });
  }
  return out;
}

export const INCIDENTS: Family = {
  id: 'incident',
  label: 'described incidents',
  tier: 4,
  weight: 3,
  cap: 3,
  find: eachSentence(incidents),
};
