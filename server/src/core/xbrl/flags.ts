// Values of the six cyd flags. The element recognisers say whether an element is answered (a clear
// "no" also answers it); a flag also needs the answer's polarity, and the sentence it is decided by.
// Matching runs on normalised sentence text (lower case, straight quotes) like the recognisers.
import type { Trigrams } from '../text/trigramFilter';
import type { ElementVerdict, Sentence } from '../types';
import { isAspirational, sentenceMatches, type Predicate } from '../recognise/context';
import { normalizeForMatch } from '../text/normalize';

export type FlagValue = boolean | 'undetermined';

export interface FlagDecision {
  value: FlagValue;
  /** Index of the deciding sentence in the report's sentence list; null when nothing decides it. */
  sentence: number | null;
  reason: string;
}

export interface FlagInput {
  sentences: readonly Sentence[];
  verdict: ElementVerdict | undefined;
}

interface FlagRule {
  /** What a `true` answer says, for messages: "third parties are engaged". */
  subject: string;
  /** What a `false` answer says. */
  no: string;
  /** A clear "no": decides `false`. */
  negative: RegExp;
  /** Words the deciding sentence of a `true` must contain (any evidence sentence when absent). */
  positive?: RegExp;
  /** Also look for the negative outside the recogniser's evidence (recognisers keep only some "no" forms). */
  negativeAnywhere?: boolean;
}

const NEGATED_VERB = /\b(do|does|did|have|has|are|is|was|were) not\b|\b(never|no longer)\b/;
const CONTRAST = /\b(but|instead|rather|however|except)\b/;
const NOT = '(do|does|did|have|has|are|is|was|were) not|(?:have|has) never|never|no longer';

const RULES: Record<string, FlagRule> = {
  CybersecurityRiskManagementProcessesIntegratedFlag: {
    subject: 'the cybersecurity processes are integrated into overall risk management',
    no: 'the cybersecurity processes are not integrated into overall risk management',
    negative: new RegExp(
      `\\b(${NOT})( yet| currently| been| formally| fully)* (integrat\\w*|incorporat\\w*|part of|included in|a component of|embedded in)\\b|\\bseparate(ly)? from (our|the|its) (overall |broader |enterprise |erm )*(risk|erm)\\b|\\b(outside|independent(ly)? of) (our|the|its) (overall |enterprise )(risk|erm)`,
    ),
    positive: /\b(integrat\w*|part of|component of|incorporat\w*|embedded|within|into|included in|include[sd]? in|element of|aligned|folds? into)\b/,
    negativeAnywhere: true,
  },
  CybersecurityRiskManagementThirdPartyEngagedFlag: {
    subject: 'assessors, consultants, auditors or other third parties are engaged',
    no: 'no assessors, consultants, auditors or other third parties are engaged',
    negative:
      /\b(do|does|did|have|has) not (currently |yet )?(engag\w*|retain\w*|use|utiliz\w*|rely on|work with|hire[ds]?)\b.{0,60}\b(third[- ]part|assessors?|consultants?|auditors?|outside|external|advisors?)|\bno (third[- ]part(y|ies)|outside|external|independent) (assessors?|consultants?|auditors?|firms?|advisors?|parties)\b.{0,30}\b(are|is|were|have been) (engaged|retained|used)|\bwithout (the )?(assistance|involvement|help|use) of (any )?(third[- ]part|outside|external)/,
    negativeAnywhere: true,
  },
  CybersecurityRiskThirdPartyOversightAndIdentificationProcessesFlag: {
    subject: 'there are processes to oversee and identify risks from third-party service providers',
    no: 'there are no processes to oversee and identify risks from third-party service providers',
    negative:
      /\b(do|does|have|has) not (currently |yet )?(have|maintain|adopted|implemented|established)( any)? (formal |documented |specific )?(process(es)?|program|procedures?)\b.{0,160}\b(third[- ]part|service providers?|vendors?|suppliers?)/,
    negativeAnywhere: true,
  },
  CybersecurityRiskManagementPositionsOrCommitteesResponsibleFlag: {
    subject: 'management positions or committees are responsible for cybersecurity risk',
    no: 'no management positions or committees are responsible for cybersecurity risk',
    negative:
      /\b(do|does) not (currently |yet )?(have|employ|maintain|designate)( a| an| any)? (dedicated |designated |formal |specific |separate |management )?(chief information security officer|ciso|positions?|committees?|personnel|person|individual|officer|executive)\b/,
    negativeAnywhere: true,
  },
  CybersecurityRiskManagementPositionsOrCommitteesResponsibleReportToBoardFlag: {
    subject: 'the responsible positions or committees report to the board or a board committee',
    no: 'the responsible positions or committees do not report to the board or a board committee',
    negative: /\b(do|does|did) not (currently |regularly )?(report|brief|provide|inform|update)\b.{0,80}\b(board|committee|directors)\b/,
    negativeAnywhere: true,
  },
};

/** Decides a flag other than MateriallyAffected from its element verdict. */
export function decideFlag(flag: string, input: FlagInput): FlagDecision {
  const rule = RULES[flag];
  if (!rule) throw new Error(`no flag rule for ${flag}`);
  const { sentences, verdict } = input;
  const evidence = evidenceIndices(sentences, verdict);
  const pool = rule.negativeAnywhere ? sentences.map((_, i) => i).filter((i) => !sentences[i].heading) : evidence;
  // "does not report to the Board directly but to its Audit Committee" is not a "no".
  const negative = pool.find((i) => test(sentences[i], rule.negative) && !test(sentences[i], CONTRAST) && !test(sentences[i], isAspirational));
  if (negative !== undefined) {
    return { value: false, sentence: negative, reason: `The text states that ${rule.no}.` };
  }
  if (!verdict || verdict.status === 'missing') {
    return { value: 'undetermined', sentence: null, reason: `The text never says whether ${rule.subject}.` };
  }
  if (verdict.status === 'not-applicable') {
    return { value: 'undetermined', sentence: null, reason: verdict.reason };
  }
  // A "yes" is never read off a negated sentence: a "no" the negative patterns missed stays undetermined.
  const candidates = evidence.filter((i) => !test(sentences[i], isAspirational) && !test(sentences[i], NEGATED_VERB) && (!rule.positive || test(sentences[i], rule.positive)));
  if (verdict.status === 'present' && candidates.length > 0) {
    return { value: true, sentence: candidates[0], reason: `The text states that ${rule.subject}.` };
  }
  if (verdict.status === 'partial' && candidates.length > 0 && rule.positive) {
    // The "whether" is answered even when the "how" is thin (erm-integration: integration stated, mechanism not).
    return { value: true, sentence: candidates[0], reason: `The text states that ${rule.subject}; the element is otherwise incomplete: ${lowerFirst(verdict.reason)}` };
  }
  return {
    value: 'undetermined',
    sentence: evidence[0] ?? null,
    reason: `The text does not say clearly whether ${rule.subject}: ${lowerFirst(verdict.reason)}`,
  };
}

// ---------------------------------------------------------------------------------------------
// MateriallyAffected: true iff the text states that risks HAVE materially affected or ARE reasonably
// likely to materially affect the company; false for the usual negative statement.

const AFFIRMATIVE = [
  /\b(has|have|had) (been )?materially (and adversely |adversely )?(affected|impacted|harmed)\b/,
  /\b(that|which|and) materially (and adversely |adversely )?(affected|impacted|harmed)\b/,
  /\b(incidents?|attacks?|breach(es)?|intrusions?|compromises?|events?)\b[^.;]{0,80}\bmaterially (and adversely |adversely )?(affected|impacted|harmed)\b/,
  /\b(had|has had|have had) a material (adverse )?(effect|impact)\b/,
  /\b(are|is) reasonably likely to (materially (affect|impact)|have a material)\b/,
  /\b(experienced|suffered|identified|disclosed|reported) (a|an|one|two|three|several|certain)? ?material (cyber ?security |cyber |information security )?(incidents?|breach(es)?|attacks?)\b/,
];
const NEGATION = /\b(not|no|never|none|nor|without|neither)\b/;
const HYPOTHETICAL = /\b(could|may|might|would|if|whether|can|cannot|no assurance|in the event)\b/;
// A clause of its own: "... have not materially affected us, but are reasonably likely to ...".
const CLAUSE_BREAK = /[;,]\s*(?=(but|however|although|yet|except)\b)|;\s+/;

/** True when a sentence states a material effect (any clause, affirmatively, not hypothetically). */
export function statesMaterialEffect(normText: string): boolean {
  if (!normText.includes('material')) return false;
  return normText.split(CLAUSE_BREAK).some((clause) => clause && AFFIRMATIVE.some((re) => re.test(clause)) && !NEGATION.test(clause) && !HYPOTHETICAL.test(clause));
}

export interface MaterialDecision extends FlagDecision {
  /** Sentences that state a material effect. */
  affirmative: number[];
  /** Evidence statements that deny one. */
  negative: number[];
}

export function decideMateriallyAffected(input: FlagInput): MaterialDecision {
  const { sentences, verdict } = input;
  const affirmative = sentences.map((_, i) => i).filter((i) => !sentences[i].heading && test(sentences[i], statesMaterialEffect));
  const evidence = evidenceIndices(sentences, verdict);
  const negative = evidence.filter((i) => !affirmative.includes(i) && test(sentences[i], NEGATION));
  if (affirmative.length > 0) {
    return {
      value: true,
      sentence: affirmative[0],
      affirmative,
      negative,
      reason:
        negative.length > 0
          ? 'The text states a material effect, although its material-effect statement says there is none; reconcile the two before tagging.'
          : 'The text states that cybersecurity risks have materially affected, or are reasonably likely to materially affect, the company.',
    };
  }
  if (negative.length > 0) {
    return { value: false, sentence: negative[0], affirmative, negative, reason: 'The material-effect statement says risks have not materially affected and are not reasonably likely to materially affect the company.' };
  }
  return {
    value: 'undetermined',
    sentence: evidence[0] ?? null,
    affirmative,
    negative,
    reason:
      evidence.length > 0
        ? 'The material-effect statement neither affirms nor denies a material effect.'
        : 'The text never says whether cybersecurity risks have materially affected or are reasonably likely to materially affect the company.',
  };
}

// ---------------------------------------------------------------------------------------------

export function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

// Matching text: the rule context's sentences carry it already; a report's are normalised once each.
const normalised = new WeakMap<Sentence, string>();

/** `predicate` on the sentence's matching text; remembered with the rule context's prepared sentences. */
function test(s: Sentence & { norm?: string; tests?: Map<Predicate, boolean>; trigrams?: Trigrams }, predicate: Predicate): boolean {
  if (s.norm !== undefined && s.tests !== undefined && s.trigrams !== undefined) return sentenceMatches({ norm: s.norm, tests: s.tests, trigrams: s.trigrams }, predicate);
  const n = norm(s);
  return typeof predicate === 'function' ? predicate(n) : predicate.test(n);
}

function norm(s: Sentence & { norm?: string }): string {
  if (s.norm !== undefined) return s.norm;
  let n = normalised.get(s);
  if (n === undefined) {
    n = normalizeForMatch(s.text.replace(/^#+\s*/, ''));
    normalised.set(s, n);
  }
  return n;
}

/** Evidence of a verdict as sentence indices, in document order. Evidence spans are sentence spans. */
export function evidenceIndices(sentences: readonly Sentence[], verdict: ElementVerdict | undefined): number[] {
  if (!verdict || verdict.evidence.length === 0) return [];
  const index = sentenceIndex(sentences);
  const out = new Set<number>();
  for (const e of verdict.evidence) {
    const i = index.get(e.span.start);
    if (i !== undefined) out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}

const indexes = new WeakMap<readonly Sentence[], Map<number, number>>();

/** Sentence start offset -> index, built once per sentence list. */
function sentenceIndex(sentences: readonly Sentence[]): Map<number, number> {
  let index = indexes.get(sentences);
  if (!index) {
    index = new Map();
    sentences.forEach((s, i) => index!.set(s.span.start, i));
    indexes.set(sentences, index);
  }
  return index;
}
