import type { ElementDef } from './elementDef';
import type { Sent } from '../recognise/context';
import { prepareSentence, sentenceMatches } from '../recognise/context';
import { materialEffectFixes } from './materialEffectFix';

const MATERIAL = /\bmaterial/;
const CYBER_CONTEXT = /\b(cyber\w*|threats?|incidents?|breach\w*|attacks?|security)\b/;
export const PAST =
  /\b((have|has|had)( not)?( been)? (materially|material(ly)? (adversely )?)?(affected|impacted)|(have|has|had) (not )?(had|experienced|identified|encountered|suffered|been subject to)\b.{0,60}\bmaterial|(did|do) not (experience|identify|have|encounter)\b.{0,60}\bmaterial|not (been )?materially (affected|impacted)|materially (affected|impacted)|to date|not aware of any\b.{0,80}material|no (known )?material (cyber\w* )?(incidents?|breach\w*|effects?|impacts?))/;
// "Reasonably likely material effects" answers the forward prong as much as "reasonably likely to materially affect".
export const FORWARD = /\b(reasonably likely to|reasonably likely (future )?material (adverse )?(effects?|impacts?)|(are|is) (not )?(reasonably )?likely to (materially )?(affect|impact|have)|likely to have a material)/;
// "Cybersecurity risks" is the drafters' shorthand for the rule's "risks from cybersecurity threats".
const THREATS =
  /\b(risks? from cyber ?security threats|cyber ?security threats|cyber threats|threats|(cyber ?security|cyber|information security) risks?|risks? (from|related to|relating to|associated with|arising from|posed by) cyber\w*)\b/;
const INCIDENTS = /\b(incidents?|breach\w*|attacks?)\b/;
// "To date, the risks posed by such threats ..." after a sentence on the attacks the company has faced.
const BACK_REFERENCE = /\b(such|these|those) (cyber ?security |cyber )?(threats|attacks|incidents|risks|events)\b/;
const DIMENSIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bbusiness strateg(y|ies)\b/, 'business strategy'],
  [/\b(results? of operations?|operating results)\b/, 'results of operations'],
  // Financial position is the balance-sheet word for the same thing.
  [/\bfinancial (condition|position)s?\b/, 'financial condition'],
];
// "In 2023, we did not...", "During fiscal 2024 ...": a statement tied to one past year.
const YEAR_BOUND_PATTERN = /\b(in|during|over) the (last|past|prior) (\w+ )?(fiscal )?years?\b|\b(in|during|for|throughout) (the )?(fiscal |calendar )?(year |fiscal year |year ended |fiscal year ended |years ended )?([a-z]+ \d{1,2}, )?(fiscal )?20\d\d\b/;
// "..., including in fiscal 2024, ..." names one year within an unbounded statement; it bounds nothing.
const INCLUDING_YEAR = /\bincluding (in|during|for|throughout) (the )?(fiscal |calendar )?(year |fiscal year |year ended |fiscal year ended )?([a-z]+ \d{1,2}, )?(fiscal )?20\d\d\b/g;
const YEAR_BOUND = (norm: string): boolean => YEAR_BOUND_PATTERN.test(norm.replace(INCLUDING_YEAR, ''));
const AS_OF_REPORT = /\b(as of the date of this|through the (date|filing) of|as of the date hereof|to date|to our knowledge|as of (the date of )?(this|the filing)|currently|at this time|date of this (report|annual report|form))\b/;
const HEDGE = /\b(no assurance|cannot (assure|guarantee|provide assurance)|can be no assurance|not guarantee)\b/;
// Where a pointer sends the reader: another Item or Part, the risk factors, the MD&A, a captioned section.
const CROSS_REF = /\b(item \d{1,2}[a-z]?|item 3\.?d|part [iv]{1,3}|risk factors?|management's discussion and analysis|md&a|(under|in) the (heading|caption|section)s?)\b/;
const POINTER = /\b(see|refer\w*|discuss\w*|describ\w*|for (a discussion|more|additional|further)|under the (heading|caption)|incorporated (herein )?by reference)\b/;
const NEGATION = /\b(not|no|never|none|without)\b/;
const AFFIRMATIVE = /\b(have|has) (been )?materially (affected|impacted)|had a material (adverse )?(effect|impact)\b/;
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
    'As of the date of this report, risks from cybersecurity threats, including as a result of any previous cybersecurity incidents, ${1|[have not / have],have not,have|} materially affected us, including our business strategy, results of operations or financial condition, and ${2|[are not / are],are not,are|} reasonably likely to materially affect us. ${3:[If they have or are reasonably likely to, describe how.]} For a discussion of risks from cybersecurity threats that could affect us, see ${4:[Item 1A, "Risk Factors"]}. [Company to confirm]',
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
    const explained = statements.flatMap((s) => ctx.window(s, 3));
    const before = statements.filter((s) => sentenceMatches(s, BACK_REFERENCE)).map((s) => ctx.sentences[s.index - 1]).filter((p) => p && p.block === statements[0].block && !p.heading);
    const { gaps, advice } = missingParts(statements, explained, before);
    const evidence = ctx.evidence(statements);
    if (gaps.length === 0) {
      return {
        status: 'present',
        reason:
          advice.length > 0
            ? 'States whether risks from cybersecurity threats have materially affected or are reasonably likely to materially affect the company.'
            : 'States, as of the report, whether risks from threats, including previous incidents, have materially affected or are reasonably likely to materially affect the company.',
        evidence,
        ...(advice.length > 0 ? { advice } : {}),
      };
    }
    return { status: 'partial', reason: `The materiality statement does not cover ${joinList(gaps)}.`, evidence };
  },
  partialFixes: (evidence, text) => materialEffectFixes(evidence, text, completeStatement),
};

/** Whether one sentence alone is a statement with nothing missing, not even a literal gap. */
function completeStatement(text: string): boolean {
  const s: Sent = { ...prepareSentence(text), index: 0, span: { start: 0, end: text.length }, text, block: 0, part: null, heading: false };
  const statement = sentenceMatches(s, MATERIAL) && (sentenceMatches(s, PAST) || sentenceMatches(s, FORWARD));
  if (!statement) return false;
  const { gaps, advice } = missingParts([s], [s], []);
  return gaps.length === 0 && advice.length === 0;
}

/**
 * What the statement lacks. `gaps` make it partial; `advice` are the literal gaps that filed practice and
 * careful readers accept: previous incidents not named where the statement speaks of risks from threats
 * (the rule's "including" makes them part of those risks), one of the three named dimensions left out,
 * and a statement bounded to one fiscal year.
 */
function missingParts(statements: Sent[], explained: Sent[], before: Sent[]): { gaps: string[]; advice: string[] } {
  const text = statements.map((s) => s.norm).join(' ');
  const gaps: string[] = [];
  const advice: string[] = [];
  if (!statements.some((s) => sentenceMatches(s, PAST))) gaps.push('whether risks have materially affected the company (the past prong)');
  if (!FORWARD.test(text)) gaps.push('whether risks are reasonably likely to materially affect the company (the forward prong)');
  const threats = THREATS.test(text);
  const incidents = INCIDENTS.test(text) || before.some((s) => sentenceMatches(s, INCIDENTS));
  if (!threats) gaps.push('risks from cybersecurity threats generally, not only incidents');
  if (!incidents) {
    if (threats) advice.push('The rule asks about risks from cybersecurity threats "including as a result of any previous cybersecurity incidents"; the statement does not name previous incidents expressly.');
    else gaps.push('previous cybersecurity incidents');
  }
  const dims = DIMENSIONS.filter(([re]) => !re.test(text)).map(([, name]) => name);
  if (dims.length === 1) advice.push(`The rule names business strategy, results of operations and financial condition; the statement does not name ${dims[0]}.`);
  else if (dims.length > 1) gaps.push(`the named dimensions (${dims.join(', ')})`);
  const bounded = statements.filter((s) => sentenceMatches(s, YEAR_BOUND) && !sentenceMatches(s, AS_OF_REPORT));
  if (bounded.length > 0 && bounded.length === statements.filter((s) => sentenceMatches(s, PAST)).length) {
    advice.push('The statement speaks of one past fiscal year; the rule asks whether risks have materially affected the company at any time up to the report.');
  }
  const affirmative = statements.filter((s) => sentenceMatches(s, AFFIRMATIVE) && !sentenceMatches(s, NEGATION));
  if (affirmative.length > 0 && !explained.some((s) => sentenceMatches(s, HOW))) gaps.push('how the company was affected ("if so, how")');
  return { gaps, advice };
}

function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('; ')}; or ${items[items.length - 1]}`;
}
