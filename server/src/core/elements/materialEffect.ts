import type { ElementDef } from './elementDef';
import type { Sent } from '../recognise/context';
import { sentenceMatches } from '../recognise/context';

const MATERIAL = /\bmaterial/;
const CYBER_CONTEXT = /\b(cyber\w*|threats?|incidents?|breach\w*|attacks?|security)\b/;
const PAST =
  /\b((have|has|had)( not)?( been)? (materially|material(ly)? (adversely )?)?(affected|impacted)|(have|has|had) (not )?(had|experienced|identified|encountered|suffered|been subject to)\b.{0,60}\bmaterial|(did|do) not (experience|identify|have|encounter)\b.{0,60}\bmaterial|not (been )?materially (affected|impacted)|materially (affected|impacted)|to date|not aware of any\b.{0,80}material|no (known )?material (cyber\w* )?(incidents?|breach\w*|effects?|impacts?))/;
const FORWARD = /\b(reasonably likely to|(are|is) (not )?(reasonably )?likely to (materially )?(affect|impact|have)|likely to have a material)/;
const THREATS = /\b(risks? from cyber ?security threats|cyber ?security threats|cyber threats|threats)\b/;
const INCIDENTS = /\b(incidents?|breach\w*|attacks?)\b/;
const DIMENSIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bbusiness strategy\b/, 'business strategy'],
  [/\bresults of operations?\b/, 'results of operations'],
  [/\bfinancial condition\b/, 'financial condition'],
];
// "In 2023, we did not...", "During fiscal 2024 ...": a statement tied to one past year.
const YEAR_BOUND = /\b(in|during|over) the (last|past|prior) (\w+ )?(fiscal )?years?\b|\b(in|during|for|throughout) (the )?(fiscal |calendar )?(year |fiscal year |year ended |fiscal year ended |years ended )?([a-z]+ \d{1,2}, )?(fiscal )?20\d\d\b/;
const AS_OF_REPORT = /\b(as of the date of this|as of the date hereof|to date|to our knowledge|as of (the date of )?(this|the filing)|currently|at this time|date of this (report|annual report|form))\b/;
const HEDGE = /\b(no assurance|cannot (assure|guarantee|provide assurance)|can be no assurance|not guarantee)\b/;
const CROSS_REF = /\b(item 1a|risk factors|item 3\.?d)\b/;
const POINTER = /\b(see|refer\w*|discuss\w*|describ\w*|for (a discussion|more|additional|further)|under the (heading|caption)|incorporated (herein )?by reference)\b/;
const NEGATION = /\b(not|no|never|none|without)\b/;
const HOW = /\b(as a result|resulted in|result(ed)? from|due to|because|caus\w+|costs?|expenses?|revenues?|disrupt\w*|incurred|remediation|impact(ed)? on our|loss(es)? of)\b/;

export const materialEffect: ElementDef = {
  id: 'material-effect',
  title: 'Material effect of cybersecurity risks',
  part: 'rms',
  paragraph106: '106(b)(2)',
  paragraph16K: '16K(b)(2)',
  ecfrAnchor: 'p-229.106(b)(2)',
  ruleText:
    'Describe whether any risks from cybersecurity threats, including as a result of any previous cybersecurity incidents, have materially affected or are reasonably likely to materially affect the registrant, including its business strategy, results of operations, or financial condition and if so, how.',
  satisfiedBy:
    'One statement, as of the report, covering both prongs (have materially affected; are reasonably likely to materially affect), risks from threats including previous incidents, and business strategy, results of operations and financial condition; and, if there is an effect, how.',
  missingText: 'a statement whether risks from cybersecurity threats, including previous incidents, have materially affected or are reasonably likely to materially affect the company',
  cyd: [
    'CybersecurityRiskMateriallyAffectedOrReasonablyLikelyToMateriallyAffectRegistrantFlag',
    'CybersecurityRiskMateriallyAffectedOrReasonablyLikelyToMateriallyAffectRegistrantTextBlock',
  ],
  template:
    'As of the date of this report, we are not aware of any risks from cybersecurity threats, including as a result of any previous cybersecurity incidents, that have materially affected or are reasonably likely to materially affect us, including our business strategy, results of operations or financial condition. For a discussion of risks from cybersecurity threats that could affect us, see ${1:Item 1A, "Risk Factors"}.',
  recognise(ctx) {
    // "For a discussion of whether ... have materially affected ..., see Item 1A" restates the question and answers it elsewhere.
    const pointers = ctx.where(CROSS_REF, POINTER);
    const statements = ctx.where(MATERIAL, CYBER_CONTEXT).filter((s) => (sentenceMatches(s, PAST) || sentenceMatches(s, FORWARD)) && !pointers.includes(s));
    const hedges = ctx.where(HEDGE, CYBER_CONTEXT);
    const crossRefs = ctx.where(CROSS_REF, CYBER_CONTEXT).filter((s) => sentenceMatches(s, POINTER));
    if (statements.length === 0) {
      if (crossRefs.length > 0) {
        return { status: 'partial', reason: 'Only a cross-reference to the risk factors; Item 1C itself must say whether cybersecurity risks have materially affected or are reasonably likely to materially affect the company.', evidence: ctx.evidence(crossRefs) };
      }
      if (hedges.length > 0) {
        return { status: 'missing', reason: 'Only a hedge that no assurance can be given; no statement whether risks have materially affected or are reasonably likely to materially affect the company.', evidence: ctx.evidence(hedges) };
      }
      return { status: 'missing', reason: 'No statement whether cybersecurity risks have materially affected or are reasonably likely to materially affect the company.', evidence: [] };
    }
    // "If so, how" is usually answered in the sentences that follow the statement.
    const gaps = missingParts(statements, statements.flatMap((s) => ctx.window(s, 3)));
    const evidence = ctx.evidence(statements);
    if (gaps.length === 0) {
      return { status: 'present', reason: 'States, as of the report, whether risks from threats, including previous incidents, have materially affected or are reasonably likely to materially affect the company.', evidence };
    }
    return { status: 'partial', reason: `The materiality statement does not cover ${joinList(gaps)}.`, evidence };
  },
};

function missingParts(statements: Sent[], explained: Sent[]): string[] {
  const text = statements.map((s) => s.norm).join(' ');
  const gaps: string[] = [];
  if (!statements.some((s) => sentenceMatches(s, PAST))) gaps.push('whether risks have materially affected the company (the past prong)');
  if (!FORWARD.test(text)) gaps.push('whether risks are reasonably likely to materially affect the company (the forward prong)');
  const threats = THREATS.test(text);
  const incidents = INCIDENTS.test(text);
  if (!threats) gaps.push('risks from cybersecurity threats generally, not only incidents');
  if (!incidents) gaps.push('previous cybersecurity incidents');
  const dims = DIMENSIONS.filter(([re]) => !re.test(text)).map(([, name]) => name);
  if (dims.length > 0) gaps.push(`the named dimensions (${dims.join(', ')})`);
  const bounded = statements.filter((s) => sentenceMatches(s, YEAR_BOUND) && !sentenceMatches(s, AS_OF_REPORT));
  if (bounded.length > 0 && bounded.length === statements.filter((s) => sentenceMatches(s, PAST)).length) {
    gaps.push('the period up to the report: it is bounded to one past year');
  }
  const affirmative = statements.filter((s) => /\b(have|has) (been )?materially (affected|impacted)|had a material (adverse )?(effect|impact)\b/.test(s.norm) && !sentenceMatches(s, NEGATION));
  if (affirmative.length > 0 && !explained.some((s) => sentenceMatches(s, HOW))) gaps.push('how the company was affected ("if so, how")');
  return gaps;
}

function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('; ')}; or ${items[items.length - 1]}`;
}
