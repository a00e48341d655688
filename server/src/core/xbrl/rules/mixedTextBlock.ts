import type { ElementId } from '../../types';
import type { RuleDef, RuleFinding } from '../../rules/ruleDef';
import { elementById } from '../../elements/registry';
import { tagPlan } from '../plan';
import { buildUnits } from '../units';

const ID = 'xbrl-mixed-text-block';

// Only text blocks count: flag-only elements (third-party assessors, service providers) are tagged on
// one sentence and cannot make a text block carry the other part's text. The paragraphs are the ones the
// tagging plan chose, so the message agrees with `item1c xbrl`.
export const xbrlMixedTextBlock: RuleDef = {
  id: ID,
  description: 'A paragraph holds evidence for both a Risk Management and Strategy element and a Governance element, so it would be tagged in text blocks of both parts.',
  tags: ['xbrl', 'structure'],
  defaultSeverity: 'hint',
  fixable: false,
  cite: 'cyd taxonomy (requirements reference §5)',
  details:
    'Text blocks are tagged by whole paragraphs. A paragraph whose sentences answer, say, the processes element (106(b)) and the board-oversight element (106(c)) ends up in both cyd text blocks, and each block then carries text of the other part. Splitting the paragraph keeps each text block to its own disclosure. Reported only when different sentences of the paragraph are the evidence; a single sentence that answers both cannot be split.',
  check(ctx) {
    const plan = tagPlan(ctx.text, ctx, { bodies: false });
    if (!plan.taggable) return [];
    const units = buildUnits(ctx.sentences);
    // sentence -> the element ids, per part, whose text block the plan chose its paragraph for
    const bySentence = new Map<number, { rms: Set<ElementId>; gov: Set<ElementId> }>();
    for (const fact of plan.facts) {
      if (fact.kind !== 'textBlock' || !fact.tagged) continue;
      for (const i of fact.evidence) {
        const entry = bySentence.get(i) ?? { rms: new Set<ElementId>(), gov: new Set<ElementId>() };
        for (const id of fact.ids) {
          const v = ctx.elements.find((e) => e.id === id);
          if (v && v.evidence.some((ev) => ev.span.start === ctx.sentences[i].span.start)) entry[fact.part].add(id);
        }
        bySentence.set(i, entry);
      }
    }
    const out: RuleFinding[] = [];
    for (const unit of units) {
      if (unit.heading) continue;
      // Counted in one pass: this runs for every paragraph on every keystroke in the section.
      let rmsOnly = 0;
      let govOnly = 0;
      let rmsAny = 0;
      let govAny = 0;
      for (const i of unit.sentences) {
        const entry = bySentence.get(i);
        if (!entry) continue;
        const rms = entry.rms.size > 0;
        const gov = entry.gov.size > 0;
        if (rms) rmsAny++;
        if (gov) govAny++;
        if (rms && !gov) rmsOnly++;
        if (gov && !rms) govOnly++;
      }
      // A sentence that is evidence for one part only, and another sentence for the other part.
      const splittable = (rmsOnly > 0 && govAny > 0) || (govOnly > 0 && rmsAny > 0);
      if (!splittable) continue;
      const here = unit.sentences.filter((i) => bySentence.has(i));
      const ids = (part: 'rms' | 'gov') => [...new Set(here.flatMap((i) => [...bySentence.get(i)![part]]))];
      const names = (list: ElementId[]) => list.map((id) => elementById(id)?.title.toLowerCase() ?? id).join(', ');
      out.push({
        rule: ID,
        element: null,
        severity: 'hint',
        message: `XBRL: this paragraph mixes Risk Management and Strategy content (${names(ids('rms'))}) with Governance content (${names(ids('gov'))}); tagged by paragraph, it would sit in text blocks of both parts. Consider splitting it.`,
        // A hint on the paragraph's first line: the whole paragraph underlined hid the findings inside it.
        span: { start: unit.span.start, end: firstLineEnd(ctx.text, unit.span) },
      });
    }
    return out;
  },
};

function firstLineEnd(text: string, span: { start: number; end: number }): number {
  const nl = text.indexOf('\n', span.start);
  const end = nl < 0 || nl > span.end ? span.end : nl;
  return text[end - 1] === '\r' ? end - 1 : end;
}
