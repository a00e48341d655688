// Each practice recogniser on real sentences from filed Item 1C sections (the shared corpus), read the
// way the checker reads a draft: a section with those sentences, analysed, then the practices run on it.
import * as assert from 'node:assert/strict';
import { analyze, PRACTICES } from '../../server/src/core';
import { practicesInReport } from '../../server/src/core/peers/recognise';

function shows(practice: string, ...sentences: string[]): boolean {
  const report = analyze(`# Item 1C. Cybersecurity\n\n${sentences.join(' ')}\n`);
  return practicesInReport(report).has(practice);
}

interface Case {
  practice: string;
  yes: string[][];
  no: string[][];
}

const CASES: Case[] = [
  {
    practice: 'tabletop-exercises',
    yes: [
      ['We also conduct tabletop exercises to simulate responses to cybersecurity incidents.'], // TSLA
      ['As part of this program, the Company conducts periodic tabletop and red-teaming exercises to assess its cybersecurity incident response processes and defenses.'], // MRK
    ],
    no: [
      ['We maintain a global incident response plan and disaster recovery management plan, each designed to protect against, identify, evaluate, respond to and recover from an incident.'], // ABBV
      ['Our global incident response plan sets forth a detailed security incident management and reporting protocol, with escalation timelines and responsibilities.'], // ABBV
    ],
  },
  {
    practice: 'assessor-role',
    yes: [
      ['We regularly engage third-party assessors to conduct penetration testing and measure our program to industry standard frameworks.'], // TXN
      ['For example, we hire a third party to perform an annual penetration test on our website, internal network, and cloud environments.'], // YETI
    ],
    no: [
      // The rule's own words name no activity.
      ['We periodically engage assessors, consultants, auditors, or other third parties in connection with our risk assessment processes.'], // MU
      ['We regularly engage third parties to assist with our assessments and testing.'], // WMT
    ],
  },
  {
    practice: 'materiality-both-prongs',
    yes: [
      ['We have not identified any cybersecurity threats that have materially affected or are reasonably likely to materially affect us, including our operations, business strategy, results of operations, or financial condition.'], // ELF
    ],
    no: [
      // The past prong alone.
      ['At this time, we have not identified risks from known cybersecurity threats, including as a result of any prior cybersecurity incidents, that have materially affected us, including our operations, business strategy, results of operations, or financial condition.'], // AMD
    ],
  },
  {
    practice: 'audit-committee',
    yes: [
      ['Our Audit Committee is responsible for the oversight of risks from cybersecurity threats.'], // TSLA
      ['The Audit Committee assists the Board in the oversight and monitoring of cybersecurity matters.'], // AAPL
    ],
    no: [
      ['The GM Board of Directors is responsible for overseeing the Company\'s enterprise risk, and has established its Risk and Cybersecurity Committee with specific responsibility for overseeing our cybersecurity program, among other things.'], // GM
    ],
  },
  {
    practice: 'briefing-frequency',
    yes: [
      ['The full Board also receives a briefing from management on our cyber risk management program at least annually.'], // AMD
      ['In addition, our CCO provides annual briefings to the board of directors on cybersecurity risks and activities.'], // HLIT
    ],
    no: [
      ['The Board receives periodic reports and updates from our senior management concerning cybersecurity threats and risks, and the processes that the Company has implemented to address them.'], // BJDX
    ],
  },
  {
    practice: 'ciso-named',
    yes: [['The CISO reports to the Chief Information Officer (CIO).'], ['Our information security organization is led by the CISO.']], // AMD, COST
    no: [
      ['At the management level, our cybersecurity team is led by the head of our information technology team, who is responsible for assessing and managing cybersecurity risks.'], // OLPX
    ],
  },
  {
    practice: 'ciso-background',
    yes: [
      ['Our CISO has served in various roles in Information Technology for over 25 years, including 15 years in Information Security.'], // DECK
      ['Our chief information security officer has more than 15 years of experience working in information technology-related roles, a degree in Information Technology, and industry certifications.'], // TXN, abridged
    ],
    no: [
      ['Our CTO and CISO have extensive experience in cybersecurity.'], // DECK: no roles, years or certifications
      ['The CISO has worked in the cybersecurity and national security fields for more than 30 years.'], // MRK: years only
    ],
  },
];

describe('peer practice recognisers on filed sentences', function () {
  it('every practice in the registry has true and false cases here', function () {
    assert.deepEqual(CASES.map((c) => c.practice).sort(), PRACTICES.map((p) => p.id).sort());
    for (const c of CASES) assert.ok(c.yes.length > 0 && c.no.length > 0, c.practice);
  });

  for (const c of CASES) {
    describe(c.practice, function () {
      for (const sentences of c.yes) it(`recognises: ${sentences[0].slice(0, 70)}…`, () => assert.ok(shows(c.practice, ...sentences)));
      for (const sentences of c.no) it(`does not recognise: ${sentences[0].slice(0, 70)}…`, () => assert.ok(!shows(c.practice, ...sentences)));
    });
  }

  it('a practice written only as a plan is not counted', function () {
    assert.ok(!shows('tabletop-exercises', 'We plan to conduct tabletop exercises to simulate responses to cybersecurity incidents.'));
  });

  it('a section that only refers elsewhere shows no practice', function () {
    const report = analyze('# Item 1C. Cybersecurity\n\nFor a discussion of cybersecurity, see "Quantitative and Qualitative Disclosures about Risk— Operational Risk— Cybersecurity."\n');
    assert.ok(report.section.crossReference);
    assert.equal(practicesInReport(report).size, 0);
  });
});
