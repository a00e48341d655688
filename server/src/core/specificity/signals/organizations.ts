// Named outside organizations: vendors and tools, prior employers, government agencies and information-
// sharing bodies. A fixed list, so that what counts can be read: well-known security and audit firms,
// agencies and certifying bodies. The filer's own name is not an outside organization: a name written
// with a possessive ("Okta's"), with its legal suffix ("Okta, Inc."), after "our" or "joining", or as the
// subject that opens a sentence is taken as the filer's own.
import type { Family, Found, SignalSentence } from './family';
import { properNames } from './properNames';

const NAMES =
  /\b(?:FBI|Federal Bureau of Investigation|Cybersecurity and Infrastructure Security Agency|Department of Homeland Security|DHS|Secret Service|NCSC|Europol|Interpol|National Security Agency|Department of Defense|[A-Z]{2,}-ISAC|ISACs?|InfraGard|NACD|Carnegie Mellon|Microsoft|Google|Amazon Web Services|AWS|Azure|CrowdStrike|Palo Alto Networks|Splunk|Mandiant|Okta|Cisco|IBM|Deloitte|PwC|PricewaterhouseCoopers|KPMG|Ernst & Young|Accenture|Booz Allen|Kroll|Salesforce|Twitter|Oracle|ServiceNow|Zscaler|Proofpoint|KnowBe4|Rapid7|Tenable|Qualys|SentinelOne|Varonis|BitSight|SecurityScorecard|Gartner|Verizon|HackerOne|Bugcrowd|Cloudflare|Fortinet|Unit 42|TrustArc|Privacy Shield)\b/g;

function organizations(paragraph: readonly SignalSentence[]): Found[] {
  const found: Found[] = [];
  const own = new Set<string>();
  for (const sentence of paragraph) {
    const text = sentence.text;
    NAMES.lastIndex = 0;
    for (let m = NAMES.exec(text); m; m = NAMES.exec(text)) {
      const name = m[0];
      if (isOwn(text, m.index, name)) own.add(name);
      const start = sentence.span.start + m.index;
      found.push({ span: { start, end: start + name.length }, text: name, key: name.toLowerCase() });
    }
    for (const { text: name, at } of properNames(sentence)) {
      if (isOwn(text, at, name)) own.add(name);
      const start = sentence.span.start + at;
      found.push({ span: { start, end: start + name.length }, text: name, key: name.toLowerCase() });
    }
  }
  // One mention as the filer's own name makes every mention of it in the paragraph the filer's.
  return own.size === 0 ? found : found.filter((f) => !own.has(f.text));
}

/** Whether this mention is the filer's own name: "Okta's", "Okta, Inc.", "our Varonis platform", "At Rapid7, we". */
function isOwn(text: string, at: number, name: string): boolean {
  const after = text.slice(at + name.length, at + name.length + 14);
  const before = text.slice(Math.max(0, at - 8), at);
  // The subject of a sentence ("Okta remains committed", "At Rapid7, ...") is the filer writing of itself.
  const opening = at <= 8 && /^[^A-Za-z]*(?:At )?$/.test(before);
  const subject = /^ (?:remains|is|are|has|have|maintains|uses|believes|relies|continues|takes|recognizes|seeks|strives|each)\b/.test(after);
  return opening || subject || /^(?:[’']s\b|, Inc\b|,? Corp)/.test(after) || /\b(?:our|joining) $/i.test(before);
}

export const ORGANIZATIONS: Family = {
  id: 'organization',
  label: 'named organizations',
  tier: 4,
  weight: 2,
  cap: 4,
  find: organizations,
};
