// Professional certifications of people: CISSP, CISM, CISA, CRISC, the NACD CERT Certificate in
// Cybersecurity Oversight. "Industry certifications", unnamed, count for nothing.
import { findAll, type Family, type SignalSentence } from './family';

const PATTERNS = [
  /\b(?:CISSP|CISM|CRISC|CGEIT|CEH|OSCP|OSCE|GIAC|GSEC|GCIH|GPEN|CIPP(?:\/[A-Z]+)?|CIPM|CIPT|CCSP|SSCP|CCSK|CDPSE|CSSLP|CCIE|CCNP|CompTIA)\b/g,
  /\bSecurity\+/g,
  /\bCERT Certificate\b/gi,
  /\bCertified (?:Information|Ethical|Cloud|Chief|Data|Information Systems)(?: [A-Z][a-z]+){0,4}\b/g,
  /\bCISA\b/g,
];

// The agency of the same initials: "the Cybersecurity and Infrastructure Security Agency (CISA)".
const AGENCY = /Infrastructure Security Agency/i;

export const CERTIFICATIONS: Family = {
  id: 'certification',
  label: 'certifications',
  tier: 3,
  weight: 2,
  cap: 4,
  find: (paragraph: readonly SignalSentence[]) => {
    const found = paragraph.flatMap((sentence) => findAll(sentence, PATTERNS));
    // Looked for once per paragraph, and only when there is a CISA to decide on.
    if (!found.some((f) => f.text === 'CISA') || !paragraph.some((s) => AGENCY.test(s.text))) return found;
    return found.filter((f) => f.text !== 'CISA');
  },
};
