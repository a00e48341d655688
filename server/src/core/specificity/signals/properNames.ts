// Names by their shape rather than from a list: a vendor or product written with an inner capital or a
// digit ("CrowdStrike", "SentinelOne", "Rapid7"), and capitalised words inside a sentence that are neither
// its first word, nor a title, committee or defined term built from institutional words ("Audit
// Committee", "Information Systems"), nor an acronym the section uses as a common noun ("CISO", "NIST").
import type { SignalSentence } from './family';
import { INSTITUTIONAL } from './people';

const BRAND = /\b(?!Mc|Mac)[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+\b|\b[A-Z][a-z]+\d+\b/g;
// One to four capitalised words (with "&" or "of" between them; "A and B" are two names), preceded by a lower-case word, so
// never the first word of a sentence or of a heading.
const RUN = /(?<=\b[a-z][a-z'’-]*,? )[A-Z][A-Za-z0-9&.'’-]*[A-Za-z0-9](?: (?:&|of) [A-Z][A-Za-z0-9&.'’-]*[A-Za-z0-9]| [A-Z][A-Za-z0-9&.'’-]*[A-Za-z0-9]){0,3}(?![A-Za-z0-9])/g;
// Capitalised words that name no one: months, days, places of a filing, common acronyms of the section.
const COMMON = new Set(
  `January February March April May June July August September October November December Monday Friday
  I Item Items Part Form Forms Annual Report Regulation Rule Section Exhibit Note Notes Act SEC Commission Exchange U.S. US USA
  America American Americas Europe European Asia EU UK Canada China India Japan State States
  CISO CIO CTO CSO CRO CPO CDO CCO CEO CFO COO CAO DPO EVP SVP VP IT AI ML IoT OT NIST ISO IEC CSF SOC SOX
  ERM GRC PCI DSS HIPAA GDPR CCPA NYDFS FFIEC HITRUST COBIT CIS MFA EDR XDR MDR SIEM VPN DLP IAM PAM SaaS IaaS PaaS
  Cyber Cybersecurity Security Information Technology Committee Board Company Companies Corporation Group Firm Bank
  Directors Director Officer Officers Chief Vice President Senior Executive Management Program Policy Plan Incident
  Response Risk Risks Team Teams Council Forum Framework Standards Standard Internal Audit Legal Privacy Data Systems
  System Network Networks Cloud Services Service Operations Center Centre Business Global Enterprise Trust Controls
  Officer's Board's Company's Fiscal Year Deputy Interim CyberSecurity Disaster Recovery Continuity Resilience Awareness Training Vendor Third-Party Party Our We The This These Such Item1C Cybersecurity-related`.split(/\s+/),
);

const VENDOR_CONTEXT = /\b(?:with|from|by|such as|including|like|engage[sd]?|retain(?:s|ed)?|partner(?:s|ed)? with|uses?|used|provided by)(?: [a-z]+)?,? $/;

/** Names by shape in one sentence: text, and where it starts in the sentence. */
export function properNames(sentence: SignalSentence): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  const text = sentence.text;
  BRAND.lastIndex = 0;
  for (let m = BRAND.exec(text); m; m = BRAND.exec(text)) if (!COMMON.has(m[0])) out.push({ text: m[0], at: m.index });
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    // A possessive is the filer writing of itself ("Target's"), as is a name it defines for itself.
    if (/^[’']s\b/.test(text.slice(m.index + m[0].length)) || /[’']s$/.test(m[0])) continue;
    // An inline heading ("Recovery Planning: We ...") or a quoted caption ("See “Risk Factors – ...”").
    if (/^\s*:/.test(text.slice(m.index + m[0].length)) || inQuotes(text, m.index)) continue;
    const words = m[0].split(/ (?:&|of) | /).map((w) => w.replace(/[.]$/, ''));
    if (words.some((w) => COMMON.has(w) || INSTITUTIONAL.has(w) || INSTITUTIONAL.has(w.replace(/-.*/, '')) || /^[A-Z.]+s?$|-[a-z]|^[A-Z]+-/.test(w))) continue;
    // A lone word is a name only where outside parties are named: "engage Mandiant", "such as Splunk".
    if (words.length === 1 && !VENDOR_CONTEXT.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    out.push({ text: m[0], at: m.index });
  }
  return out;
}

/** Whether an opening quotation mark before `at` in the sentence is still open there. */
function inQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const open = (before.match(/[“]/g) ?? []).length - (before.match(/[”]/g) ?? []).length;
  return open > 0 || (before.match(/"/g) ?? []).length % 2 === 1;
}
