// The "Specificity score" section of docs/rules.md, from the signal families themselves: weights, caps
// and thresholds are read from the code, and every example is scored when the document is generated (an
// example the code does not grade as stated stops the generation), so the page cannot drift from the score.
import { CONCRETE_POINTS, FAMILIES, MIN_WORDS, SPECIFIC_POINTS, VERIFIABLE_POINTS, scoreText, type SignalFamily } from '../server/src/core';

/** What each family counts, and a phrase it counts. */
const ABOUT: Record<SignalFamily, { counts: string; example: string }> = {
  title: { counts: 'Named management positions: the common titles, and any title by its shape (Head, Director, Manager or Lead, then "of" or a comma and a capitalised field: "Director of Security Operations", "Director, Information Security"); an acronym and its spelled-out title count once.', example: 'our Chief Information Security Officer ("CISO")' },
  body: { counts: 'Named committees (the board itself is not one) and capitalised named bodies: councils, working groups, named teams.', example: 'the Audit Committee and the Cybersecurity Working Group' },
  practice: { counts: 'Named security practices, from testing (penetration tests and testers, tabletop exercises, bug bounties) to vendor oversight (due diligence on vendors, audit rights, questionnaires) and assessments (certification audits, privacy impact assessments, threat assessments). Cyber insurance and an incident response plan, which nearly every filer mentions, are not counted.', example: 'penetration testing, tabletop exercises and phishing simulations' },
  framework: { counts: 'Named frameworks and standards; every NIST mention is one framework, except SP 800 numbers.', example: 'aligned with the NIST Cybersecurity Framework and ISO 27001' },
  frequency: { counts: 'Stated frequencies. "Regularly" and "periodically" are not; neither is the "Annual Report".', example: 'quarterly to the Audit Committee and at least annually to the Board' },
  certification: { counts: 'Professional certifications of people. CISA is not counted when the paragraph names the agency of the same initials.', example: 'holds the CISSP and CISM certifications' },
  experience: { counts: 'Years of experience, in a sentence about experience, roles or a career ("every two years" is a frequency).', example: 'has over 20 years of experience in information security' },
  background: { counts: 'Prior roles, degrees, military service.', example: 'previously served as deputy CISO and holds a master\'s degree in computer science' },
  'held-certification': { counts: 'Certifications and attestations the company itself holds.', example: 'our cloud services are ISO 27001 certified and covered by a SOC 2 Type 2 report' },
  date: { counts: 'Dates and years. The report\'s own date ("as of December 31, 2024", "fiscal 2024") is not counted.', example: 'joined us in March 2021' },
  figure: { counts: 'Counts, team sizes, percentages and amounts.', example: 'a team of 45 security professionals' },
  person: { counts: 'Named people: an honorific and a name, or a name beside a title or a verb a person takes. A name ending in a word that ends company names ("Journal Technologies has a ...") is a business, not a person.', example: 'our CISO, Jane Doe, leads the program' },
  organization: { counts: 'Named outside organizations: well-known agencies, information-sharing bodies and security and audit firms by name, and any other name by its shape: a brand written with an inner capital or a digit ("ZephyrGuard", "Vantix9"), or capitalised words inside a sentence (never its first word) that are not a title, a committee, a defined term built from institutional words ("Information Systems", "Disaster Recovery"), a common acronym ("CISO", "NIST"), an inline heading ("Recovery Planning:") or a quoted caption. A single capitalised word counts only where outside parties are named ("engage Halvorsen", "tools from ..."). The filer\'s own name (with a possessive, "Inc.", after "our" or "joining", or as the subject of a sentence) is not counted.', example: 'we share threat information with the FBI and engage Mandiant; she led security at Acme Biologics' },
  incident: { counts: 'A described incident. Denials ("we have not experienced any material incident") and the general "we have experienced incidents" are not.', example: 'in 2023 we detected a ransomware attack on one plant' },
};

const GRADE_EXAMPLES: { grade: number; text: string }[] = [
  { grade: 1, text: 'We have processes to assess, identify and manage material risks from cybersecurity threats, and management reports to the Board of Directors on these risks.' },
  { grade: 2, text: 'Our Chief Information Security Officer leads our cybersecurity program and keeps senior management and the Board of Directors informed of cybersecurity risks.' },
  { grade: 3, text: 'Our CISO reports quarterly to the Audit Committee on the results of penetration testing and tabletop exercises, and our program is aligned with the NIST Cybersecurity Framework.' },
  { grade: 4, text: 'Our CISO, Jane Doe, joined us in 2019 after twelve years of experience in information security; she holds the CISSP and leads a team of 45 security professionals who report quarterly to the Audit Committee.' },
];

const TIERS: Record<number, string> = { 2: 'names something', 3: 'describes it', 4: 'can be checked' };

export function specificityDoc(): string[] {
  const out: string[] = [];
  out.push('## Specificity score', '');
  out.push(
    'Besides the elements, each paragraph of the section gets a specificity grade from 1 to 4, from what it names: a grade says how much the paragraph tells a reader about this company that the reader could not have guessed, and could check. It is shown as an inlay hint (`Specificity 2/4`) at the end of the paragraph\'s first line, with a tooltip listing what was counted; the section\'s number is in the checklist summary, the HTML and Markdown reports and `--format json` (`files[].specificity`). It is information for the drafter, never a finding.',
    '',
    '| Grade | Meaning |',
    '|---|---|',
    '| 1 | Generic boilerplate: nothing counted. |',
    `| 2 | Somewhat specific: fewer than ${SPECIFIC_POINTS} points. |`,
    `| 3 | Specific: ${SPECIFIC_POINTS} points or more. |`,
    `| 4 | Concrete and verifiable: ${CONCRETE_POINTS} points or more, of which at least ${VERIFIABLE_POINTS} from details that can be checked (families of tier 4). |`,
    '',
    'Each family of signals adds its weight once for each distinct thing it finds in the paragraph, up to its cap, so that repeating a title or listing a dozen practices does not make a paragraph concrete.',
    '',
    '| Signal family | Tier | Weight | Cap | What counts | Example |',
    '|---|---|---|---|---|---|',
  );
  for (const family of FAMILIES) {
    const about = ABOUT[family.id];
    const found = scoreText(about.example).tally.find((t) => t.family === family.id);
    if (!found) throw new Error(`specificity docs: the example of ${family.id} is not counted: ${about.example}`);
    out.push(`| ${family.label} (\`${family.id}\`) | ${family.tier}: ${TIERS[family.tier]} | ${family.weight} | ${family.cap} | ${cell(about.counts)} | ${cell(about.example)} |`);
  }
  out.push(
    '',
    `A paragraph is a block of the section as the checker splits it: a paragraph, a list item or a table cell. Headings are not graded, nor are blocks of fewer than ${MIN_WORDS} words. The section's number is the mean of the paragraphs' grades weighted by their number of words, rounded to one decimal; a section without a graded paragraph has none.`,
    '',
    'Examples, as the score grades them:',
    '',
    '| Paragraph | Counted | Points | Grade |',
    '|---|---|---|---|',
  );
  for (const example of GRADE_EXAMPLES) {
    const scored = scoreText(example.text);
    if (scored.grade !== example.grade) throw new Error(`specificity docs: example graded ${scored.grade}, expected ${example.grade}: ${example.text}`);
    const counted = scored.tally.map((t) => `${t.label}: ${t.items.join(', ')}`).join('; ') || 'nothing';
    out.push(`| ${cell(example.text)} | ${cell(counted)} | ${scored.points} | ${scored.grade} |`);
  }
  out.push(
    '',
    'The weights and thresholds were set from a rubric for human readers and checked against two readers\' grades of 180 filed paragraphs (`test/labels/specificity/`), 30 of them kept aside; `npm run eval` prints the agreement.',
    '',
  );
  return out;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}
