// Named outside organizations: vendors and tools, prior employers, government agencies and information-
// sharing bodies. A fixed list, so that what counts can be read: well-known security and audit firms,
// agencies and certifying bodies. The filer's own name is not an outside organization: a name written
// with a possessive ("Okta's"), with its legal suffix ("Okta, Inc."), after "our" or "joining", or as the
// subject that opens a sentence is taken as the filer's own.
import type { Family, Found, SignalSentence } from './family';

const NAMES =
  /\b(?:FBI|Federal Bureau of Investigation|Cybersecurity and Infrastructure Security Agency|Department of Homeland Security|DHS|Secret Service|NCSC|Europol|Interpol|National Security Agency|Department of Defense|[A-Z]{2,}-ISAC|ISACs?|InfraGard|NACD|Carnegie Mellon|Microsoft|Google|Amazon Web Services|AWS|Azure|CrowdStrike|Palo Alto Networks|Splunk|Mandiant|Okta|Cisco|IBM|Deloitte|PwC|PricewaterhouseCoopers|KPMG|Ernst & Young|Accenture|Booz Allen|Kroll|Salesforce|Twitter|Oracle|ServiceNow|Zscaler|Proofpoint|KnowBe4|Rapid7|Tenable|Qualys|SentinelOne|Varonis|BitSight|SecurityScorecard|Gartner|Verizon|HackerOne|Bugcrowd|Cloudflare|Fortinet|Unit 42|TrustArc|Privacy Shield)\b/g;

function organizations(sentence: SignalSentence, paragraph: readonly SignalSentence[]): Found[] {
  const out: Found[] = [];
  const text = sentence.text;
  NAMES.lastIndex = 0;
  for (let m = NAMES.exec(text); m; m = NAMES.exec(text)) {
    const name = m[0];
    if (paragraph.some((s) => isOwn(s.text, name))) continue;
    const start = sentence.span.start + m.index;
    out.push({ span: { start, end: start + name.length }, text: name, key: name.toLowerCase() });
  }
  return out;
}

/** The filer's own name: "Okta's", "Okta, Inc.", "our Varonis platform". */
function isOwn(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const after = text.slice(at + name.length, at + name.length + 7);
    const before = text.slice(Math.max(0, at - 8), at);
    // The subject of a sentence ("Okta remains committed", "At Rapid7, ...") is the filer writing of itself.
    const opening = /^[^A-Za-z]*(?:At )?$/.test(text.slice(0, at));
    const subject = /^ (?:remains|is|has|maintains|uses|believes|relies|continues|takes|recognizes|seeks|strives)\b/.test(text.slice(at + name.length, at + name.length + 12));
    if (opening || subject || /^(?:[’']s\b|, Inc\b|,? Corp)/.test(after) || /\b(?:our|joining) $/i.test(before)) return true;
  }
  return false;
}

export const ORGANIZATIONS: Family = {
  id: 'organization',
  label: 'named organizations',
  tier: 4,
  weight: 2,
  cap: 4,
  find: organizations,
};
