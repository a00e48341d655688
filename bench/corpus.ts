// Deterministic generator of benchmark inputs. Every sentence below was written for this benchmark;
// none is taken from a filing. Only the skeleton (Part and Item headings of Form 10-K) is standard.
//
//   S   a 2,000-word Item 1C draft
//   M   Part I of a Form 10-K, about 20,000 words, with Item 1C among Items 1 to 4
//   L   a whole Form 10-K of about 100,000 words (~700 KB) with Item 1C near the middle
//   XL  the same shape scaled to about 5 MB

export type Rng = () => number;

/** mulberry32: small, fast, and the same sequence on every machine. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const chance = (r: Rng, p: number): boolean => r() < p;
const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 13 || c === 9;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// Slot vocabulary

const SLOTS: Record<string, readonly string[]> = {
  co: ['Tallowmere', 'the Company', 'we', 'Tallowmere Instruments'],
  Co: ['Tallowmere', 'The Company', 'We', 'Tallowmere Instruments'],
  product: ['flow meters', 'process analyzers', 'calibration software', 'sensor modules', 'field service contracts', 'pressure transmitters', 'laboratory balances', 'data loggers'],
  segment: ['Industrial Measurement', 'Life Science Tools', 'Software and Services', 'Environmental Monitoring'],
  region: ['North America', 'Europe', 'the Asia-Pacific region', 'Latin America', 'the Middle East'],
  customer: ['water utilities', 'pharmaceutical manufacturers', 'food processors', 'semiconductor fabs', 'research laboratories', 'oil and gas operators', 'municipal agencies'],
  metric: ['net sales', 'gross margin', 'operating income', 'adjusted EBITDA', 'free cash flow', 'backlog', 'recurring revenue'],
  direction: ['increased', 'decreased', 'was essentially flat', 'rose', 'declined'],
  driver: ['higher unit volumes', 'pricing actions', 'unfavorable foreign currency movements', 'the timing of large project shipments', 'lower freight costs', 'the acquisition of Brindlecove Analytics', 'supply constraints on electronic components', 'a shift in mix toward software'],
  year: ['2023', '2024', '2025'],
  practice: ['multi-factor authentication', 'endpoint detection and response', 'network segmentation', 'privileged access management', 'encryption of data at rest and in transit', 'centralized security logging', 'secure software development practices', 'quarterly access reviews', 'backup and recovery testing', 'email filtering and sandboxing'],
  framework: ['the NIST Cybersecurity Framework', 'ISO/IEC 27001', 'the CIS Critical Security Controls'],
  committee: ['Audit Committee', 'Audit and Risk Committee', 'Technology and Cybersecurity Committee'],
  officer: ['Chief Information Security Officer', 'Chief Information Officer', 'Vice President, Information Security'],
  provider: ['cloud hosting providers', 'payroll processors', 'software-as-a-service vendors', 'contract manufacturers', 'logistics partners', 'managed service providers'],
  threat: ['ransomware', 'phishing campaigns', 'credential stuffing', 'denial-of-service attacks', 'insider misuse', 'supply chain compromises', 'business email compromise'],
  law: ['export control regulations', 'environmental rules', 'data privacy laws', 'anti-corruption laws', 'product safety standards', 'tax regulations'],
  place: ['Dayton, Ohio', 'Rotterdam, the Netherlands', 'Penang, Malaysia', 'Guadalajara, Mexico', 'Boulder, Colorado', 'Lyon, France'],
};

function fill(r: Rng, template: string): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    if (k === 'n') return String(int(r, 2, 95));
    if (k === 'pct') return `${int(r, 1, 40)}.${int(r, 0, 9)}%`;
    if (k === 'amt') return `$${int(r, 1, 980)}.${int(r, 0, 9)} million`;
    if (k === 'yrs') return String(int(r, 8, 28));
    const xs = SLOTS[k];
    return xs ? pick(r, xs) : k;
  });
}

// ---------------------------------------------------------------------------------------------
// Item 1C: one pool per disclosure element, then general program detail

const ELEMENT_SENTENCES: Record<string, readonly string[]> = {
  processes: [
    'We maintain processes for assessing, identifying and managing material risks from cybersecurity threats to our information systems, our products and the data we hold.',
    'Our program for assessing, identifying and managing cybersecurity risks includes {practice}, {practice} and an annual risk assessment led by our security team.',
  ],
  erm: [
    'These cybersecurity processes are integrated into our enterprise risk management program, and cybersecurity risks are scored with the same methodology and tolerance we apply to operational and financial risks.',
    'Cybersecurity risk is part of our overall enterprise risk management process: each quarter the enterprise risk committee ranks cybersecurity risks alongside other enterprise risks in the risk register.',
  ],
  assessors: [
    'We engage an independent security firm each year to perform penetration testing of our production environment and to assess our program against {framework}.',
    'External auditors and consultants review selected controls annually, and we use their findings to set remediation priorities.',
  ],
  providers: [
    'We have processes to oversee and identify risks from cybersecurity threats associated with our use of third-party service providers, including security questionnaires before onboarding, contractual notification obligations and periodic reassessment of higher-risk vendors.',
    'Our vendor risk program tiers {provider} by the access they have to our systems and data and reviews the highest tier at least annually.',
  ],
  material: [
    'Risks from cybersecurity threats, including as a result of any previous cybersecurity incidents, have not materially affected and are not reasonably likely to materially affect us, including our business strategy, results of operations or financial condition.',
  ],
  board: [
    'Our Board of Directors oversees risks from cybersecurity threats as part of its oversight of enterprise risk.',
  ],
  committee: [
    'The Board has delegated oversight of risks from cybersecurity threats to its {committee}, which reviews our cybersecurity program and risk profile.',
  ],
  informed: [
    'The {committee} receives quarterly reports from management on cybersecurity risks, the results of assessments and testing, and any significant incidents and how they were handled.',
  ],
  positions: [
    'Within management, our {officer} is responsible for assessing and managing our material risks from cybersecurity threats and leads a team of security engineers and analysts.',
  ],
  expertise: [
    'Our {officer} has {yrs} years of experience in information security, previously led security operations at a regional bank, and holds the CISSP and CISM certifications.',
  ],
  mgmtInformed: [
    'The {officer} is informed about and monitors the prevention, detection, mitigation and remediation of cybersecurity incidents through alerts from our security operations center, weekly metrics and incident reports prepared by the security team.',
  ],
  reports: [
    'The {officer} reports to the {committee} on cybersecurity risks at each quarterly meeting and to the full Board at least once a year.',
  ],
};

const PROGRAM_DETAIL: readonly string[] = [
  'Our security operations center monitors alerts around the clock and escalates events according to documented severity criteria.',
  'We run tabletop exercises at least twice a year that simulate {threat} and involve legal, finance, communications and operations staff.',
  'All employees complete security awareness training when they join and every year thereafter, and we run simulated phishing campaigns each month.',
  'Engineering teams follow {practice} and must remediate critical vulnerabilities within timelines set by our vulnerability management standard.',
  'We maintain an incident response plan that defines roles, escalation paths and the criteria for assessing whether an incident may be material.',
  'Our controls include {practice}, {practice} and {practice}, which we test through internal audits and automated configuration checks.',
  'Threat intelligence from industry sharing groups and commercial feeds informs how we prioritize detection rules and patching.',
  'We back up critical systems and test our ability to restore them, including systems that support manufacturing at our plant in {place}.',
  'Access to production systems is granted on a least-privilege basis and reviewed at least quarterly by system owners.',
  'Like other manufacturers, we face threats such as {threat} and {threat}, and the techniques attackers use change frequently.',
  'The security team tracks metrics on patch latency, open findings and detection coverage and shares them with business leaders each month.',
  'When we acquire a business, we assess its security posture and integrate its systems into our monitoring before connecting them to our network.',
  'Our product security group reviews the firmware of our {product} for vulnerabilities before each release.',
  'Despite these measures, no security program can eliminate every risk, and an incident could disrupt operations or expose sensitive data.',
];

const BULLET_DETAIL: readonly string[] = [
  'annual enterprise-wide risk assessments covering {practice} and {practice};',
  'continuous monitoring of endpoints, networks and cloud workloads;',
  'penetration tests of internet-facing applications before major releases;',
  'role-based training for developers and system administrators;',
  'documented playbooks for {threat} and {threat};',
  'contractual security requirements for {provider};',
  'segregation of operational technology networks at our plants;',
];

function paragraph(r: Rng, pool: readonly string[], min: number, max: number): string {
  const n = int(r, min, max);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(fill(r, pick(r, pool)));
  return out.join(' ');
}

function bullets(r: Rng, pool: readonly string[], min: number, max: number): string {
  const n = int(r, min, max);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(`- ${fill(r, pick(r, pool))}`);
  const last = lines.length - 1;
  lines[last] = lines[last].replace(/;$/, '.');
  return lines.join('\n');
}

/** An Item 1C section of about `words` words; `heading` decides the heading level. */
export function item1c(r: Rng, words: number, headingPrefix = '#'): string {
  const sub = `${headingPrefix}#`;
  const el = (k: string) => fill(r, pick(r, ELEMENT_SENTENCES[k]));
  const rms: string[] = [
    `${el('processes')} ${paragraph(r, PROGRAM_DETAIL, 2, 3)}`,
    `Our program includes:\n\n${bullets(r, BULLET_DETAIL, 3, 6)}`,
    `${el('erm')} ${paragraph(r, PROGRAM_DETAIL, 1, 2)}`,
    `${el('assessors')} ${paragraph(r, PROGRAM_DETAIL, 1, 2)}`,
    `${el('providers')} ${paragraph(r, PROGRAM_DETAIL, 1, 2)}`,
    `${el('material')} ${fill(r, 'For more information, see "Risk Factors" in Item 1A of this Annual Report on Form 10-K.')}`,
  ];
  const gov: string[] = [
    `${el('board')} ${el('committee')}`,
    `${el('informed')} ${el('reports')}`,
    `${el('positions')} ${el('expertise')}`,
    el('mgmtInformed'),
  ];
  const head = `${headingPrefix} Item 1C. Cybersecurity\n\n${sub} Risk Management and Strategy\n\n`;
  const govHead = `\n\n${sub} Governance\n\n`;
  let body = rms.join('\n\n');
  const tail = gov.join('\n\n');
  // Pad the risk management part with program detail until the section reaches its size.
  while (countWords(head + body + govHead + tail) < words) {
    body += `\n\n${chance(r, 0.2) ? `${fill(r, 'These activities include:')}\n\n${bullets(r, BULLET_DETAIL, 3, 5)}` : paragraph(r, PROGRAM_DETAIL, 2, 5)}`;
  }
  return `${head}${body}${govHead}${tail}\n`;
}

// ---------------------------------------------------------------------------------------------
// The rest of the annual report

const BUSINESS: readonly string[] = [
  '{Co} designs, manufactures and services {product} used by {customer} in {region}.',
  'Our {segment} segment sells {product} and {product} through a direct sales force and a network of distributors.',
  'We compete on accuracy, reliability, service coverage and total cost of ownership rather than on initial price alone.',
  'Demand for our {product} depends on capital spending by {customer}, which can vary with economic conditions.',
  'We hold {n} patents and rely on trade secrets for much of the process knowledge behind our calibration methods.',
  'Our manufacturing sites in {place} and {place} operate under quality systems certified to ISO 9001.',
  'Sales to our ten largest customers represented {pct} of net sales in {year}, and no single customer exceeded ten percent.',
  'We source electronic components, machined housings and specialty glass from suppliers in {region}, several of which are single sources.',
  'As of December 31, {year}, we employed approximately {n}00 people, of whom about {pct} worked outside the United States.',
  'We are subject to {law} in the jurisdictions where we operate, and compliance requires ongoing investment.',
  'Our backlog consists of firm orders expected to ship within twelve months and was {amt} at year end.',
  'Service revenue comes from calibration, repair and extended warranty contracts and is generally recognized over time.',
  'We invest in research and development to extend our {product} into adjacent applications such as {customer}.',
  'Seasonality is modest, although shipments are typically highest in the fourth quarter when customers complete capital projects.',
  'We protect confidential and proprietary information through employee agreements, customer contracts and access controls.',
];

const RISK_HEADINGS: readonly string[] = [
  'Our results depend on capital spending by {customer}, which is cyclical.',
  'We rely on a limited number of suppliers for certain components.',
  'Changes in {law} could increase our costs or limit our sales.',
  'Fluctuations in foreign currency exchange rates affect our reported results.',
  'We may not successfully integrate businesses we acquire.',
  'Disruption at our plant in {place} could harm our ability to deliver products.',
  'Failures or breaches of our information technology systems could disrupt our operations.',
  'Our indebtedness could limit our flexibility in operating our business.',
];

const RISKS: readonly string[] = [
  'If {customer} reduce or delay purchases, our {metric} could decline and we may not be able to reduce costs quickly enough.',
  'Any interruption in the supply of key components could delay shipments and increase our costs.',
  'Competitors with greater resources may introduce products that make our {product} less attractive.',
  'We may be unable to pass increases in material and labor costs on to customers through higher prices.',
  'Product defects could lead to warranty claims, recalls or liability that exceed our reserves.',
  'Our operations in {region} expose us to political, economic and regulatory conditions that differ from those in the United States.',
  'Changes in tax law, or in how tax authorities interpret existing law, could increase our effective tax rate.',
  'The loss of key employees, or difficulty hiring engineers, could slow our product development.',
  'Attacks such as {threat} could disrupt our systems, and we may incur significant costs to investigate and remediate an incident.',
  'Our insurance may not cover all losses, and coverage may become more expensive or unavailable.',
  'Volatility in the market price of our common stock could result in losses for investors.',
  'Natural disasters, pandemics or other events outside our control could interrupt production at our facilities.',
  'A breach of our systems or those of our vendors could expose confidential information about customers, employees or our products.',
];

const MDNA: readonly string[] = [
  '{metric} {direction} {pct} in {year} compared with the prior year, primarily due to {driver}.',
  'In the {segment} segment, {metric} {direction} as a result of {driver}, partly offset by {driver}.',
  'Selling, general and administrative expenses were {amt}, or {pct} of net sales, reflecting investment in sales coverage.',
  'We generated {amt} of cash from operating activities and used {amt} for capital expenditures.',
  'As of December 31, {year}, we had {amt} of cash and cash equivalents and {amt} available under our revolving credit facility.',
  'We believe our existing cash and available borrowings will be sufficient to meet our needs for at least the next twelve months.',
  'Interest expense {direction} because of changes in average borrowings and variable interest rates.',
  'Our effective tax rate was {pct}, compared with {pct} in the prior year, mainly because of the mix of earnings by jurisdiction.',
  'Research and development expense was {amt} and focused on new {product} and software features.',
  'Foreign currency movements reduced reported {metric} by approximately {amt}.',
];

const NOTES: readonly string[] = [
  'Revenue is recognized when control of the promised goods or services transfers to the customer, in an amount that reflects the consideration we expect to receive.',
  'Inventories are stated at the lower of cost, determined on a first-in, first-out basis, and net realizable value.',
  'Property, plant and equipment is recorded at cost and depreciated on a straight-line basis over estimated useful lives of three to forty years.',
  'Goodwill is tested for impairment annually in the fourth quarter and whenever events indicate that the carrying amount may not be recoverable.',
  'We estimate warranty obligations from historical claim rates and adjust the accrual when experience differs from our estimates.',
  'Stock-based compensation is measured at the grant-date fair value of the award and recognized over the requisite service period.',
  'Deferred tax assets are reduced by a valuation allowance when it is more likely than not that some portion will not be realized.',
  'The fair value of our long-term debt approximated its carrying amount because the interest rate resets periodically.',
  'We lease office, manufacturing and warehouse space under operating leases with remaining terms of one to twelve years.',
  'Contingent consideration from acquisitions is remeasured at fair value each reporting period, with changes recorded in operating expenses.',
];

const BY_REFERENCE =
  'The information required by this Item is incorporated by reference to our definitive proxy statement for the {year} annual meeting of stockholders, which we expect to file within 120 days after the end of the fiscal year.';

function numberTable(r: Rng, rows: readonly string[]): string {
  const header = '| (in millions) | 2025 | 2024 | 2023 |\n|---|---:|---:|---:|';
  const body = rows.map((row) => `| ${row} | ${int(r, 10, 999)}.${int(r, 0, 9)} | ${int(r, 10, 999)}.${int(r, 0, 9)} | ${int(r, 10, 999)}.${int(r, 0, 9)} |`);
  return [header, ...body].join('\n');
}

const TABLE_ROWS = ['Net sales', 'Cost of sales', 'Gross profit', 'Selling, general and administrative', 'Research and development', 'Operating income', 'Interest expense, net', 'Income before taxes', 'Income tax expense', 'Net income'];

type Block = (r: Rng) => string;

const businessBlock: Block = (r) => (chance(r, 0.15) ? `**${fill(r, pick(r, SLOTS.segment))}.** ${paragraph(r, BUSINESS, 2, 5)}` : paragraph(r, BUSINESS, 3, 6));
const riskBlock: Block = (r) =>
  chance(r, 0.1)
    ? `Factors that could affect demand include:\n\n${bullets(r, RISKS.map((s) => s.replace(/\.$/, ';')), 3, 5)}`
    : `***${fill(r, pick(r, RISK_HEADINGS))}***\n\n${paragraph(r, RISKS, 3, 6)}`;
const mdnaBlock: Block = (r) => (chance(r, 0.12) ? numberTable(r, TABLE_ROWS.slice(0, int(r, 4, TABLE_ROWS.length))) : paragraph(r, MDNA, 2, 5));
const notesBlock: Block = (r) => (chance(r, 0.1) ? numberTable(r, TABLE_ROWS.slice(int(r, 0, 4), int(r, 6, TABLE_ROWS.length))) : chance(r, 0.08) ? `### Note ${int(r, 1, 24)}. ${pick(r, ['Revenue', 'Inventories', 'Leases', 'Debt', 'Income Taxes', 'Goodwill', 'Commitments and Contingencies'])}` : paragraph(r, NOTES, 2, 5));

function fillTo(r: Rng, words: number, block: Block): string {
  const out: string[] = [];
  let n = 0;
  while (n < words) {
    const b = block(r);
    out.push(b);
    n += countWords(b);
  }
  return out.join('\n\n');
}

const TOC = [
  '## Table of Contents',
  '',
  '| | | Page |',
  '|---|---|---|',
  '| **PART I** | | |',
  '| Item 1. | Business | 3 |',
  '| Item 1A. | Risk Factors | 14 |',
  '| Item 1B. | Unresolved Staff Comments | 31 |',
  '| Item 1C. | Cybersecurity | 31 |',
  '| Item 2. | Properties | 33 |',
  '| Item 3. | Legal Proceedings | 33 |',
  '| Item 4. | Mine Safety Disclosures | 33 |',
  '| **PART II** | | |',
  '| Item 5. | Market for Registrant\'s Common Equity | 34 |',
  '| Item 7. | Management\'s Discussion and Analysis | 35 |',
  '| Item 8. | Financial Statements and Supplementary Data | 48 |',
  '| **PART III** | | |',
  '| Item 10. | Directors, Executive Officers and Corporate Governance | 90 |',
  '| **PART IV** | | |',
  '| Item 15. | Exhibits and Financial Statement Schedules | 91 |',
].join('\n');

const COVER = `UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549

**FORM 10-K**

ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934

For the fiscal year ended December 31, 2025

**TALLOWMERE INSTRUMENTS, INC.**
(Exact name of registrant as specified in its charter)

| State of incorporation | I.R.S. Employer Identification No. |
|---|---|
| Delaware | 00-0000000 |`;

interface Shape {
  /** Share of the non-1C words in each Item. */
  weights: Record<string, number>;
  parts: readonly (readonly [string, readonly string[]])[];
}

const TITLES: Record<string, string> = {
  '1': 'Business',
  '1A': 'Risk Factors',
  '1B': 'Unresolved Staff Comments',
  '2': 'Properties',
  '3': 'Legal Proceedings',
  '4': 'Mine Safety Disclosures',
  '5': "Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of Equity Securities",
  '6': '[Reserved]',
  '7': "Management's Discussion and Analysis of Financial Condition and Results of Operations",
  '7A': 'Quantitative and Qualitative Disclosures About Market Risk',
  '8': 'Financial Statements and Supplementary Data',
  '9': 'Changes in and Disagreements with Accountants on Accounting and Financial Disclosure',
  '9A': 'Controls and Procedures',
  '9B': 'Other Information',
  '10': 'Directors, Executive Officers and Corporate Governance',
  '11': 'Executive Compensation',
  '12': 'Security Ownership of Certain Beneficial Owners and Management and Related Stockholder Matters',
  '13': 'Certain Relationships and Related Transactions, and Director Independence',
  '14': 'Principal Accountant Fees and Services',
  '15': 'Exhibits and Financial Statement Schedules',
  '16': 'Form 10-K Summary',
};

const BLOCKS: Record<string, Block> = {
  '1': businessBlock,
  '1A': riskBlock,
  '2': (r) => paragraph(r, ['Our headquarters in {place} is leased, and we own manufacturing facilities in {place} and {place}.', 'We believe our facilities are suitable for their current use and have capacity for expected growth.'], 2, 3),
  '3': (r) => paragraph(r, ['From time to time we are party to legal proceedings arising in the ordinary course of business.', 'We do not believe any pending matter will have a material adverse effect on our financial position.'], 2, 2),
  '5': (r) => paragraph(r, MDNA, 2, 3),
  '7': mdnaBlock,
  '7A': (r) => paragraph(r, MDNA, 2, 4),
  '8': notesBlock,
  '9A': (r) => paragraph(r, ['Our management evaluated the effectiveness of our disclosure controls and procedures as of the end of the period covered by this report.', 'Based on that evaluation, our chief executive officer and chief financial officer concluded that our disclosure controls and procedures were effective.', 'There were no changes in our internal control over financial reporting during the fourth quarter that materially affected, or are reasonably likely to materially affect, it.'], 2, 3),
};

const FULL_10K: Shape = {
  // 1 and 1A hold about half of the words, so Item 1C lands near the middle of the file.
  weights: { '1': 0.2, '1A': 0.29, '2': 0.004, '3': 0.004, '5': 0.01, '7': 0.16, '7A': 0.01, '8': 0.31, '9A': 0.012 },
  parts: [
    ['PART I', ['1', '1A', '1B', '1C', '2', '3', '4']],
    ['PART II', ['5', '6', '7', '7A', '8', '9', '9A', '9B']],
    ['PART III', ['10', '11', '12', '13', '14']],
    ['PART IV', ['15', '16']],
  ],
};

const PART_ONE: Shape = {
  weights: { '1': 0.4, '1A': 0.58, '2': 0.01, '3': 0.01 },
  parts: [['PART I', ['1', '1A', '1B', '1C', '2', '3', '4']]],
};

function report(r: Rng, shape: Shape, words: number, c1Words: number): string {
  const out: string[] = [COVER, TOC];
  const rest = Math.max(0, words - c1Words - 600);
  for (const [part, items] of shape.parts) {
    out.push(`# ${part}`);
    for (const item of items) {
      if (item === '1C') {
        out.push(item1c(r, c1Words, '##').trimEnd());
        continue;
      }
      out.push(`## Item ${item}. ${TITLES[item]}`);
      const w = shape.weights[item];
      if (w) out.push(fillTo(r, Math.round(rest * w), BLOCKS[item]));
      else if (['10', '11', '12', '13', '14'].includes(item)) out.push(fill(r, BY_REFERENCE));
      else out.push(item === '6' ? 'Not applicable.' : 'None.');
    }
  }
  out.push('## Signatures\n\nPursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly authorized.');
  return out.join('\n\n') + '\n';
}

export interface Input {
  name: 'S' | 'M' | 'L' | 'XL';
  description: string;
  text: string;
}

export function generateInputs(seed = 106): Input[] {
  // A draft often opens with a note for reviewers; it lies outside the section.
  const s = `<!-- Draft for the disclosure committee. Comments to the legal team by Friday. -->\n\n${item1c(rng(seed), 2000)}`;
  const m = report(rng(seed + 1), PART_ONE, 20_000, 3000);
  const l = report(rng(seed + 2), FULL_10K, 100_000, 2500);
  // XL: the same shape with the word budget scaled so that the file is about 5 MB.
  const target = 5 * 1024 * 1024;
  const xlWords = Math.round((100_000 * target) / Buffer.byteLength(l));
  const xl = report(rng(seed + 3), FULL_10K, xlWords, 2500);
  return [
    { name: 'S', description: '2,000-word Item 1C draft', text: s },
    { name: 'M', description: 'Part I of a Form 10-K, ~20,000 words', text: m },
    { name: 'L', description: 'whole Form 10-K, ~100,000 words', text: l },
    { name: 'XL', description: 'whole Form 10-K, ~5 MB', text: xl },
  ];
}
