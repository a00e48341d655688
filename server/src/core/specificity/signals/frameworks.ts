// Named frameworks and standards: NIST CSF, NIST SP 800-61, ISO 27001, SOC 2, PCI DSS, CIS Controls.
// "Industry frameworks" and "recognized standards" name nothing.
import { eachSentence, findAll, type Family } from './family';

const PATTERNS = [
  /\bNIST\b|\bNational Institute of Standards and Technology\b/g,
  /\b(?:NIST[ -](?:SP[ -])?)?800-\d{2,3}\b/g,
  /\bISO(?:\/IEC)?[ -]?\d{4,5}\b/g,
  /\bSOC ?[123]\b/g,
  /\bPCI[- ]?DSS\b|\bPayment Card Industry Data Security Standard\b/g,
  /\b(?:HITRUST|COBIT|FedRAMP|TISAX|C2M2|CMMC|FFIEC|CSA STAR|Cyber Essentials|ATT&CK)\b/g,
  /\bCIS (?:Critical Security )?Controls\b|\bCIS 18\b|\bCenter for Internet Security\b/g,
];

/** One framework, however it is spelled: every NIST mention other than an SP 800 number is NIST. */
function frameworkKey(text: string): string {
  const sp = /800-\d+/.exec(text);
  if (sp) return sp[0];
  if (/NIST|National Institute/.test(text)) return 'nist';
  if (/^CIS|Center for Internet/.test(text)) return 'cis';
  if (/PCI|Payment Card/.test(text)) return 'pci';
  return text.toUpperCase().replace(/[\s/-]|IEC/g, '');
}

export const FRAMEWORKS: Family = {
  id: 'framework',
  label: 'named frameworks',
  tier: 2,
  weight: 1.5,
  cap: 3,
  find: eachSentence((sentence) => findAll(sentence, PATTERNS, frameworkKey)),
};
