import type { Span } from '../types';
import type { RuleDef, RuleFinding } from './ruleDef';
import { maskedSection } from './support/brackets';
import { matches, quote } from './support/util';

const ID = 'technical-detail';

const WHY =
  'Item 106 asks for processes and governance, not technical information about systems or vulnerabilities; detail of this kind could help an attacker or impede the response (compare Instruction 4 to Item 1.05 of Form 8-K).';

// Security products whose version numbers say which defences a company runs (and which it has not updated).
const VENDORS =
  'CrowdStrike|Falcon|SentinelOne|Singularity|Palo Alto|PAN-OS|Cortex(?: XDR| XSIAM)?|Prisma|Splunk|Microsoft Defender|Defender(?: for Endpoint)?|Sentinel|Okta|Zscaler|Fortinet|FortiGate|FortiOS|FortiClient|Cisco(?: ASA| Secure| Umbrella| Duo)?|Check Point|Tenable|Nessus|Qualys|Rapid7|InsightVM|InsightIDR|Carbon Black|Symantec|McAfee|Trellix|Sophos|Darktrace|Proofpoint|Mimecast|Ivanti|Pulse Secure|Citrix(?: ADC)?|NetScaler|BIG-IP|F5|Juniper|Junos|SonicWall|SonicOS|Barracuda|Imperva|Akamai|Cloudflare|Wiz|Snyk|Veracode|Checkmarx|CyberArk|BeyondTrust|SailPoint|Forcepoint|Trend Micro|Apex One|Deep Security|Elastic Security|QRadar|ArcSight|LogRhythm|Exabeam|Securonix|Tanium|Nozomi|Claroty|Dragos|Armis|Abnormal|KnowBe4|Windows Server|Exchange Server|MOVEit|Log4j|OpenSSL|Apache Struts|vCenter|ESXi';
const VERSION = new RegExp(`\\b(?:${VENDORS})(?:\\s+[A-Z][\\w-]*){0,2}\\s+(?:v(?:ersion)?\\.?\\s*)?\\d+(?:\\.\\d+)+[a-z]?\\b|\\b(?:${VENDORS})(?:\\s+[A-Z][\\w-]*){0,2}\\s+(?:version|release|build)\\s+\\d+\\b`, 'g');

const CVE = /\bCVE-\d{4}-\d{4,7}\b/gi;
const IPV4 = /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\/\d{1,2})?(?![\w.]|\.\d)/g;
const IPV6 = /(?<![\w:])(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}:){1,6}(?::[0-9a-f]{1,4}){1,6}|(?:[0-9a-f]{1,4}:){1,7}:|::(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})(?:\/\d{1,3})?(?![\w:])/gi;
// A vulnerability said to be open, or a zero-day named after the product it affects.
const UNPATCHED =
  /\b(?:(?:remains?|is|are|was|were|currently|still)\s+(?:unpatched|not yet (?:been )?patched)|unpatched (?:vulnerabilit(?:y|ies)|flaws?|systems?|servers?|instances?|versions?) (?:in|of|on|affecting) (?:our |the )?[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}|zero[- ]day(?: vulnerabilit(?:y|ies)| exploits?| flaws?)? (?:in|affecting|on) (?:our |the )?[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}|(?:vulnerabilit(?:y|ies)|flaws?|bugs?|weakness(?:es)?) (?:that |which )?(?:has|have) not (?:yet )?been (?:patched|remediated) (?:in|on) (?:our |the )?[A-Z][\w.-]*)/g;
// Section numbers, rule paragraphs and dotted version lists are not addresses.
const NOT_ADDRESS = /\b(?:section|sections|item|items|rule|rules|paragraph|version|versions|release|v|§|note|notes|figure|table|chapter|article|asc|ifrs|standard|level)\s*$/i;

export const technicalDetail: RuleDef = {
  id: ID,
  description: 'Technical detail Item 106 does not ask for: CVE identifiers, IP addresses, named unpatched vulnerabilities, versions of security products.',
  tags: ['disclosure'],
  defaultSeverity: 'information',
  fixable: false,
  cite: 'Item 106; compare Instruction 4 to Form 8-K Item 1.05',
  details:
    'Flagged as information: CVE identifiers (`CVE-2024-3400`); IPv4 and IPv6 addresses; a vulnerability said to be unpatched, or a zero-day named after the product it affects ("a zero-day in MOVEit"); a security product with its version ("CrowdStrike Falcon 7.2"). Not flagged: framework versions such as NIST CSF 2.0 or ISO/IEC 27001:2022, section and rule numbers, general talk of zero-day threats.',
  check(ctx) {
    const s = maskedSection(ctx).text;
    const span = ctx.section.span;
    const out: RuleFinding[] = [];
    const add = (at: Span, what: string): void => {
      if (out.some((f) => f.span.start < at.end && at.start < f.span.end)) return;
      out.push({ rule: ID, element: null, severity: 'information', message: `${what}: "${quote(ctx.text.slice(at.start, at.end))}". ${WHY}`, span: at });
    };
    // The address and version patterns are costly alternations tried at every position; most sections
    // have no dotted number and no pair of nearby colons, which cheap searches settle first.
    const section = s.slice(span.start, span.end);
    const dotted = /\d\.\d/.test(section);
    const versioned = dotted || /\b(?:version|release|build)\s+\d/i.test(section);
    for (const m of matches(s, CVE, span)) add({ start: m.index, end: m.index + m[0].length }, 'Vulnerability identifier');
    for (const m of dotted ? matches(s, IPV4, span) : []) {
      if (NOT_ADDRESS.test(s.slice(Math.max(0, m.index - 20), m.index))) continue;
      add({ start: m.index, end: m.index + m[0].length }, 'IP address');
    }
    for (const m of nearbyColons(section) ? matches(s, IPV6, span) : []) {
      if (!m[0].includes('::') && m[0].split(':').length < 8) continue;
      if (!/[0-9]/.test(m[0]) || /^::?$/.test(m[0])) continue;
      add({ start: m.index, end: m.index + m[0].length }, 'IP address');
    }
    for (const m of matches(s, UNPATCHED, span)) add({ start: m.index, end: m.index + m[0].length }, 'Named unpatched vulnerability');
    for (const m of versioned ? matches(s, VERSION, span) : []) add({ start: m.index, end: m.index + m[0].length }, 'Security product version');
    return out.sort((a, b) => a.span.start - b.span.start);
  },
};

/** Two colons at most five characters apart, as every IPv6 address has. */
function nearbyColons(text: string): boolean {
  for (let at = text.indexOf(':'); at >= 0; ) {
    const next = text.indexOf(':', at + 1);
    if (next < 0) return false;
    if (next - at <= 5) return true;
    at = next;
  }
  return false;
}
