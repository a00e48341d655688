// The checklist as an outline of the document: the section, its sub-headings, and under them the
// twelve elements with their status, each pointing at the sentence that supports its verdict or, when
// it is missing, at the place its drafted section would be inserted. Editors show it as the Outline
// and breadcrumbs; nothing here knows of LSP.
import type { ElementId, ElementVerdict, Report, Span, Status } from './types';
import { elementById } from './elements/registry';
import { planInsertions } from './fixes/insertSections';

export type OutlineStatus = Status | 'waived';

export interface OutlineNode {
  kind: 'section' | 'subsection' | 'element';
  name: string;
  /** One short line: the element's status, or how many elements the section addresses. */
  detail: string;
  /** All of the node; `selection` lies within it. */
  span: Span;
  /** What to reveal when the node is picked: a heading, the first evidence, an insertion point. */
  selection: Span;
  element?: ElementId;
  status?: OutlineStatus;
  children: OutlineNode[];
}

const STATUS_TEXT: Record<OutlineStatus, string> = {
  present: 'present',
  partial: 'partial',
  missing: 'missing',
  'not-applicable': 'not applicable',
  drafted: 'drafted, to confirm',
  waived: 'waived',
};

export function outline(text: string, report: Report): OutlineNode[] {
  const section = report.section;
  if (report.elements.length === 0) return [];
  const heading = section.headingSpan ?? { start: section.span.start, end: section.span.start };
  const addressed = report.elements.filter((v) => v.waived || v.status === 'present' || v.status === 'not-applicable').length;
  const root: OutlineNode = {
    kind: 'section',
    name: section.heading ?? 'Cybersecurity (no Item 1C or Item 16K heading)',
    detail: `${addressed}/${report.elements.length} addressed`,
    span: section.span,
    selection: heading,
    children: [],
  };
  const subsections: OutlineNode[] = section.subsections.map((s) => ({
    kind: 'subsection',
    name: s.title,
    detail: '',
    span: s.span,
    selection: s.headingSpan,
    children: [],
  }));
  root.children.push(...subsections);
  for (const verdict of report.elements) {
    const at = elementSpan(text, report, verdict, heading);
    const node: OutlineNode = {
      kind: 'element',
      name: elementById(verdict.id)?.title ?? verdict.id,
      detail: verdict.waived ? `waived (${STATUS_TEXT[verdict.status]})` : STATUS_TEXT[verdict.status],
      span: at,
      selection: at,
      element: verdict.id,
      status: verdict.waived ? 'waived' : verdict.status,
      children: [],
    };
    // Under the last sub-heading at or before it; before the first sub-heading, under the section.
    let parent = root;
    for (let i = 0; i < subsections.length; i++) if (subsections[i].span.start <= at.start) parent = subsections[i];
    parent.children.push(node);
  }
  return [root];
}

function elementSpan(text: string, report: Report, verdict: ElementVerdict, heading: Span): Span {
  if (verdict.evidence.length > 0) return verdict.evidence[0].span;
  if (verdict.waived) {
    const waiver = report.waivers.find((w) => w.rule === verdict.id);
    if (waiver) return waiver.span;
  }
  if (verdict.status === 'missing') {
    const [insertion] = planInsertions(text, report, [verdict.id]);
    if (insertion) return { start: insertion.offset, end: insertion.offset };
  }
  return heading;
}
