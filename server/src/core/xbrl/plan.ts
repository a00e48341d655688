// The XBRL tagging plan: which text each annual cyd fact would carry, taken from the report the core
// computed. Pure: text + report in, plan out.
//
// Text blocks are WHOLE PARAGRAPHS (blocks): every paragraph that holds an evidence sentence of the
// element, because that is what filers wrap in a text-block tag and what a reader of the XBRL data sees
// as the disclosure. Two deliberate widenings, both following how filers tag (seed: a real 20-F):
//   - the processes text block is the whole Risk Management and Strategy sub-section, heading included,
//     when the draft has one (cyd-elements.json: "Filers often wrap the whole Risk Management and
//     Strategy section in it");
//   - the Integrated text block also takes the paragraph after the integration statement when the
//     statement closes its paragraph and the recogniser found no "how" beside it: such a statement
//     introduces the paragraph that follows.
// Flags are anchored on the one sentence that decides them (see flags.ts).
import type { ElementId, ElementVerdict, Form, Part, SectionInfo, Sentence, Span } from '../types';
import { elementById } from '../elements/registry';
import { CYD_ANNUAL, ROLE_OF_MANAGEMENT, type CydElement, type CydKind } from './elements';
import { decideFlag, decideMateriallyAffected, evidenceIndices, lowerFirst, type FlagDecision, type MaterialDecision } from './flags';
import { buildUnits, plainHeading, plainInline, type Unit } from './units';
import type { RuleMemo } from '../rules/ruleDef';
import { detach } from '../util/lru';

export interface PlanInput {
  section: SectionInfo;
  elements: readonly ElementVerdict[];
  sentences: readonly Sentence[];
  /** Defaults to `section.form`. */
  form?: Form | null;
  /** The imported flags comment when already looked up (see importedFlagsComment). */
  importedFlagsComment?: string;
  /** Keeps work between checks of the same document (the rule context's). */
  memo?: RuleMemo;
}

export interface PlannedFact {
  /** Element name without prefix. */
  element: string;
  kind: CydKind;
  /** Flags: true, false or `undetermined`; text blocks: null. */
  value: boolean | 'undetermined' | null;
  /** Text blocks: the plain text of the paragraphs, one per line; flags: the deciding sentence. Null when there is none. */
  text: string | null;
  /** Text blocks: one span per run of consecutive paragraphs; flags: the deciding sentence. */
  spans: Span[];
  reason: string;
  /** False when the fact cannot be tagged (no text, or a flag whose value the text leaves open). */
  tagged: boolean;
  /** Item 106 element ids the fact comes from. */
  ids: ElementId[];
  part: Part;
  /** Text blocks: indices of the units (see units.ts) the block covers, in order. */
  units: number[];
  /** Flags: index of the deciding sentence in the report's sentences. */
  sentence: number | null;
  /** Text blocks: the evidence sentences (indices into the report's sentences) the paragraphs were chosen for. */
  evidence: number[];
  /** Value of the flag in last year's filing, when the draft was imported and keeps the flags comment. */
  lastYear?: boolean;
}

export interface UntaggedFact {
  element: string;
  kind: CydKind;
  reason: string;
}

export interface TagPlan {
  form: Form | null;
  /** False when no Item 1C / 16K section was found or the section only refers elsewhere. */
  taggable: boolean;
  /** All sixteen annual facts, taxonomy order. */
  facts: PlannedFact[];
  /** The facts that cannot be tagged, and why. */
  untagged: UntaggedFact[];
  /** Decision details of the MateriallyAffected flag, for the consistency rule. */
  material: MaterialDecision | null;
}

const MATERIALLY_AFFECTED_FLAG = 'CybersecurityRiskMateriallyAffectedOrReasonablyLikelyToMateriallyAffectRegistrantFlag';
const PROCESSES_BLOCK = 'CybersecurityRiskManagementProcessesForAssessingIdentifyingAndManagingThreatsTextBlock';
const INTEGRATED_BLOCK = 'CybersecurityRiskManagementProcessesIntegratedTextBlock';
const INTEGRATED_FLAG = 'CybersecurityRiskManagementProcessesIntegratedFlag';

// The three consistency rules and the editor's request all want the plan of the same report.
const cache = new WeakMap<object, { text: string; form: Form | null | undefined; bodies: boolean; plan: TagPlan }>();

/**
 * The tagging plan for a text and its report (a Report, or the rule context's equivalent fields).
 * `bodies: false` leaves the text of the text blocks empty: the rules only need which paragraphs a block
 * takes, and building the text on every keystroke would be wasted.
 */
export function tagPlan(text: string, report: PlanInput, { bodies = true }: { bodies?: boolean } = {}): TagPlan {
  const cached = cache.get(report.elements);
  if (cached && cached.text === text && cached.form === report.form && (cached.bodies || !bodies)) return cached.plan;
  const plan = computePlan(text, report, bodies);
  cache.set(report.elements, { text, form: report.form, bodies, plan });
  return plan;
}

function computePlan(text: string, input: PlanInput, bodies: boolean): TagPlan {
  const form = input.form !== undefined ? input.form : input.section.form;
  const lastYear = flagValues(input.importedFlagsComment ?? importedFlagsComment(text));
  if (!input.section.found || input.section.crossReference || input.elements.length === 0) {
    const reason = !input.section.found
      ? 'No Item 1C / Item 16K cybersecurity section was found, so there is nothing to tag.'
      : 'The section only refers to another part of the report; tag the referenced text instead.';
    const facts = CYD_ANNUAL.map((e) => emptyFact(e, e.kind === 'flag' ? 'undetermined' : null, reason, lastYear));
    return { form, taggable: false, facts, untagged: facts.map(untaggedOf), material: null };
  }

  const units = buildUnits(input.sentences);
  const unitOf = new Map<number, number>();
  units.forEach((u) => u.sentences.forEach((s) => unitOf.set(s, u.index)));
  const verdict = (id: ElementId) => input.elements.find((v) => v.id === id);
  let material: MaterialDecision | null = null;

  // Flags first: the Integrated text block depends on the Integrated flag.
  const flags = new Map<string, PlannedFact>();
  for (const element of CYD_ANNUAL) {
    if (element.kind !== 'flag') continue;
    const v = verdict(element.ids[0]);
    let decision: FlagDecision;
    if (element.name === MATERIALLY_AFFECTED_FLAG) {
      material = decideMateriallyAffected({ sentences: input.sentences, verdict: v });
      decision = material;
    } else {
      decision = decideFlag(element.name, { sentences: input.sentences, verdict: v });
    }
    const s = decision.sentence === null ? null : input.sentences[decision.sentence];
    flags.set(element.name, {
      ...emptyFact(element, decision.value, decision.reason, lastYear),
      text: s ? plainInline(s.text).trim() : null,
      spans: s ? [{ ...s.span }] : [],
      tagged: typeof decision.value === 'boolean' && s !== null,
      sentence: decision.sentence,
    });
  }
  const facts = CYD_ANNUAL.map((element): PlannedFact =>
    element.kind === 'flag' ? flags.get(element.name)! : textBlockFact(text, input, element, units, unitOf, lastYear, flags, bodies),
  );
  const untagged = facts.filter((f) => !f.tagged).map(untaggedOf);
  // Plain texts of this version's paragraphs and a few recent others (see unitText).
  for (const name of UNIT_TEXT_STORES) input.memo?.store<string>(name, UNIT_TEXT_CAPACITY).trim(units.length + 16);
  return { form, taggable: true, facts, untagged, material };
}

function textBlockFact(
  text: string,
  input: PlanInput,
  element: CydElement,
  units: Unit[],
  unitOf: Map<number, number>,
  lastYear: Map<string, boolean>,
  flags: Map<string, PlannedFact>,
  bodies: boolean,
): PlannedFact {
  const verdicts = element.ids.map((id) => input.elements.find((v) => v.id === id)).filter((v): v is ElementVerdict => v !== undefined);
  const usable = verdicts.filter((v) => v.status === 'present' || v.status === 'partial');
  if (usable.length === 0) {
    const only = verdicts[0];
    const title = elementById(element.ids[0])?.title.toLowerCase() ?? element.ids[0];
    const reason =
      only?.status === 'not-applicable'
        ? `Nothing to tag: ${lowerFirst(only.reason)}`
        : element.ids.length > 1
          ? 'No text describes management\'s role (positions, expertise, how they are informed, reporting to the board).'
          : `No text to tag: the draft does not address ${title}.`;
    return emptyFact(element, null, reason, lastYear);
  }

  let evidence = [...new Set(usable.flatMap((v) => evidenceIndices(input.sentences, v)))].sort((a, b) => a - b);
  const detail: string[] = [];
  // With sub-headings for both parts, evidence under the other part's heading is left out when the
  // element has evidence under its own: a Governance block takes Governance paragraphs.
  const partOf = (i: number) => input.sentences[i].part;
  const other: Part = element.part === 'rms' ? 'gov' : 'rms';
  if (evidence.some((i) => partOf(i) === element.part) && evidence.some((i) => partOf(i) === other)) {
    evidence = evidence.filter((i) => partOf(i) !== other);
    detail.push(`only paragraphs under the ${element.part === 'rms' ? 'Risk Management and Strategy' : 'Governance'} heading`);
  }
  const chosen = new Set<number>();
  for (const s of evidence) {
    const u = unitOf.get(s);
    if (u !== undefined) chosen.add(u);
  }
  const statuses = usable.map((v) => `${v.id} ${v.status}`).join(', ');

  if (element.name === PROCESSES_BLOCK) {
    const rmsSubs = input.section.subsections.filter((sub) => sub.part === 'rms');
    const before = chosen.size;
    for (const sub of rmsSubs) {
      const inside = units.filter((u) => u.span.start >= sub.span.start && u.span.start < sub.span.end);
      if (inside.some((u) => chosen.has(u.index))) for (const u of inside) chosen.add(u.index);
    }
    if (chosen.size > before || rmsSubs.length > 0) detail.push('the whole Risk Management and Strategy sub-section, as filers usually tag it');
  }

  if (element.name === INTEGRATED_BLOCK && usable.every((v) => v.status === 'partial' || (v.advice?.length ?? 0) > 0) && flags.get(INTEGRATED_FLAG)?.value === true) {
    const last = evidence[evidence.length - 1];
    const u = last === undefined ? undefined : units[unitOf.get(last) ?? -1];
    const next = u ? units[u.index + 1] : undefined;
    if (u && next && u.sentences[u.sentences.length - 1] === last && !next.heading && next.part === u.part) {
      chosen.add(next.index);
      detail.push('with the paragraph after the integration statement, which the statement introduces (its "how")');
    }
  }

  const list = [...chosen].sort((a, b) => a - b);
  const runs = toRuns(list);
  const spans = runs.map(([a, b]) => ({ start: units[a].span.start, end: units[b].span.end }));
  const paragraphs = list.filter((i) => !units[i].heading).length;
  const headings = list.length - paragraphs;
  const body = bodies ? list.map((i) => unitText(text, units[i], input.memo)).join('\n') : '';
  const what = `${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}${headings ? ` and ${headings} heading${headings === 1 ? '' : 's'}` : ''}`;
  const reason = `${what} holding the evidence (${statuses})${detail.length ? `: ${detail.join('; ')}` : ''}${runs.length > 1 ? `; in ${runs.length} separate runs` : ''}.`;
  return {
    ...emptyFact(element, null, reason, lastYear),
    text: body,
    spans,
    tagged: true,
    units: list,
    evidence,
  };
}

const unitTexts = new WeakMap<Unit, string>();
const UNIT_TEXT_STORES = ['xbrl-heading-text', 'xbrl-paragraph-text'] as const;
const UNIT_TEXT_CAPACITY = 1000;

/**
 * Plain text of a unit: headings without markers, paragraphs without inline markup. Computed once per
 * unit, and with a memo once per paragraph text across the checks of a document.
 */
export function unitText(text: string, unit: Unit, memo?: RuleMemo): string {
  let plain = unitTexts.get(unit);
  if (plain === undefined) {
    const raw = text.slice(unit.span.start, unit.span.end);
    const store = memo?.store<string>(UNIT_TEXT_STORES[unit.heading ? 0 : 1], UNIT_TEXT_CAPACITY);
    plain = store?.get(raw);
    if (plain === undefined) {
      plain = unit.heading ? plainHeading(raw) : plainInline(raw).trim();
      store?.set(detach(raw), detach(plain));
    }
    unitTexts.set(unit, plain);
  }
  return plain;
}

function toRuns(sorted: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const i of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

function emptyFact(element: CydElement, value: PlannedFact['value'], reason: string, lastYear: Map<string, boolean>): PlannedFact {
  const fact: PlannedFact = {
    element: element.name,
    kind: element.kind,
    value,
    text: null,
    spans: [],
    reason,
    tagged: false,
    ids: [...element.ids],
    part: element.part,
    units: [],
    sentence: null,
    evidence: [],
  };
  const previous = lastYear.get(element.name);
  if (previous !== undefined) fact.lastYear = previous;
  return fact;
}

function untaggedOf(f: PlannedFact): UntaggedFact {
  return { element: f.element, kind: f.kind, reason: f.reason };
}

/** The flags block `item1c import` leaves at the end of a draft: `<!-- item1c-imported-flags ... -->`, or ''. */
export function importedFlagsComment(text: string): string {
  // Plain searches first, the rarer `<!--` before the name: this runs on every check of a whole report.
  if (!text.includes('<!--')) return '';
  const block = /<!--\s*item1c-imported-flags\b[\s\S]*?-->/y;
  for (let at = text.indexOf('item1c-imported-flags'); at >= 0; at = text.indexOf('item1c-imported-flags', at + 1)) {
    const open = text.lastIndexOf('<!--', at);
    if (open < 0) continue;
    block.lastIndex = open;
    const found = block.exec(text);
    if (found) return found[0];
  }
  return '';
}

/** The flag values of the imported flags block. */
export function importedFlags(text: string): Map<string, boolean> {
  return flagValues(importedFlagsComment(text));
}

function flagValues(comment: string): Map<string, boolean> {
  const out = new Map<string, boolean>();
  if (comment === '') return out;
  for (const line of comment.slice(comment.indexOf('item1c-imported-flags') + 21, -3).split(/\r?\n/)) {
    const kv = /^\s*(?:cyd:)?([A-Za-z]+Flag)\s*:\s*(true|false)\s*$/i.exec(line);
    if (kv) out.set(kv[1], kv[2].toLowerCase() === 'true');
  }
  return out;
}

export { ROLE_OF_MANAGEMENT };
