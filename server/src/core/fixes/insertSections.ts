import type { ElementId, Fix, Insertion, Part, Report, SectionInfo, Subsection } from '../types';
import { ELEMENTS, elementById } from '../elements/registry';
import { escapeSnippet, renumber, toPlain } from './snippet';
import { filedExamplesNote } from './exampleChoices';

const PART_TITLE: Record<Part, string> = { rms: 'Risk Management and Strategy', gov: 'Governance' };

interface Placement {
  offset: number;
  /** Sub-heading to create before the paragraph, when the part has none yet. */
  heading: Part | null;
}

/**
 * Plans the insertion of drafted paragraphs for the given elements: each lands in the sub-section
 * where it belongs, after the evidence of the elements that precede it in Item 106 order, and a
 * missing sub-heading is created once. Nothing existing is deleted or rewritten.
 */
export function planInsertions(text: string, report: Report, ids: ElementId[], withExamples = false): Insertion[] {
  const section = report.section;
  const ordered = ELEMENTS.filter((e) => ids.includes(e.id));
  const groups = new Map<string, { placement: Placement; ids: ElementId[] }>();
  const createdHeadings = new Set<Part>();
  for (const element of ordered) {
    const placement = place(text, report, element.id, element.part);
    if (placement.heading) {
      if (createdHeadings.has(placement.heading)) placement.heading = null;
      else createdHeadings.add(placement.heading);
    }
    // Elements of different parts may land at the same offset (the end of a section without sub-headings).
    const key = `${placement.offset}|${element.part}`;
    const group = groups.get(key);
    if (group) group.ids.push(element.id);
    else groups.set(key, { placement, ids: [element.id] });
  }
  const merged = new Map<number, string[]>();
  let stop = 0;
  const depth = subheadingDepth(section);
  // Map order is registry order, so at one offset Risk Management and Strategy comes before Governance.
  for (const { placement, ids: groupIds } of [...groups.values()].sort((a, b) => a.placement.offset - b.placement.offset)) {
    const pieces = merged.get(placement.offset) ?? [];
    if (placement.heading) pieces.push(escapeSnippet(`${'#'.repeat(depth)} ${PART_TITLE[placement.heading]}`));
    for (const id of groupIds) {
      const { text: body, max } = renumber(templateOf(id, withExamples), stop);
      stop = max;
      pieces.push(body);
    }
    merged.set(placement.offset, pieces);
  }
  return [...merged].map(([offset, pieces]) => {
    const snippet = surround(text, offset, pieces.join('\n\n'));
    return { offset, snippet, plain: toPlain(snippet) };
  });
}

/** The element's template, followed, when asked and when there are any, by a choice of filed model sentences. */
function templateOf(id: ElementId, withExamples: boolean): string {
  const template = elementById(id)!.template;
  if (!withExamples) return template;
  const note = filedExamplesNote(id, renumber(template, 0).max + 1);
  return note ? `${template}\n\n${note}` : template;
}

/**
 * Per missing element, the "Insert section" fix and, where filed sections offer model sentences, the
 * same section followed by a choice of them; and one fix for all missing elements.
 */
export function insertionFixes(text: string, report: Report): { perElement: Map<ElementId, Fix[]>; all: Fix | null } {
  const missing = report.elements.filter((e) => e.status === 'missing').map((e) => e.id);
  const perElement = new Map<ElementId, Fix[]>();
  for (const id of missing) {
    const element = elementById(id)!;
    const fixes: Fix[] = [{ title: `Insert section: ${element.title}`, kind: 'quickfix', preferred: true, insertions: planInsertions(text, report, [id]) }];
    if (filedExamplesNote(id, 1)) fixes.push({ title: `Insert section with filed examples to compare: ${element.title}`, kind: 'quickfix', insertions: planInsertions(text, report, [id], true) });
    perElement.set(id, fixes);
  }
  const all = missing.length > 0 ? { title: 'Insert all missing sections', kind: 'source' as const, insertions: planInsertions(text, report, missing) } : null;
  return { perElement, all };
}

function place(text: string, report: Report, id: ElementId, part: Part): Placement {
  const section = report.section;
  const subs = section.subsections.filter((s) => s.part === part);
  const index = ELEMENTS.findIndex((e) => e.id === id);
  const before = new Set(ELEMENTS.slice(0, index).filter((e) => e.part === part).map((e) => e.id));
  const after = new Set(ELEMENTS.slice(index + 1).filter((e) => e.part === part).map((e) => e.id));
  const region = subs.length > 0 ? { start: subs[0].span.start, end: subs[subs.length - 1].span.end } : null;
  const inRegion = (offset: number): boolean => region === null || (offset >= region.start && offset <= region.end);
  const evidenceEnds = (ids: Set<ElementId>): number[] =>
    report.elements
      .filter((v) => ids.has(v.id) && v.status !== 'missing')
      .flatMap((v) => v.evidence.map((e) => e.span.end))
      .filter(inRegion);
  const precedingEnds = evidenceEnds(before);
  const followingEnds = evidenceEnds(after);
  if (region) {
    // After the last evidence of earlier elements, else at the end of the sub-section's content.
    const anchor = precedingEnds.length > 0 ? Math.max(...precedingEnds) : followingEnds.length > 0 ? -1 : contentEnd(text, region.start, region.end);
    if (anchor >= 0) return { offset: blockEnd(text, anchor, region.end), heading: null };
    return { offset: contentEnd(text, subs[0].headingSpan.start, subs[0].headingSpan.end), heading: null };
  }
  // No sub-section for this part: create one. Risk management goes before Governance, Governance at the end.
  const other = section.subsections.find((s) => s.part !== part && s.part !== 'other');
  if (part === 'rms' && other && other.part === 'gov') return { offset: lineBefore(text, other.span.start), heading: 'rms' };
  return { offset: contentEnd(text, section.bodySpan.start, section.bodySpan.end), heading: part };
}

function subheadingDepth(section: SectionInfo): number {
  const existing = section.subsections.find((s: Subsection) => s.depth > 0 && s.part !== 'other');
  if (existing) return existing.depth;
  return Math.min(6, Math.max(2, section.headingDepth + 1));
}

/** End of the paragraph containing `offset` (before its blank line), bounded by `limit`. */
function blockEnd(text: string, offset: number, limit: number): number {
  const blank = /\r?\n[ \t]*\r?\n/g;
  blank.lastIndex = offset;
  const m = blank.exec(text);
  const end = m && m.index < limit ? m.index : contentEnd(text, offset, limit);
  return Math.max(end, offset);
}

/** Offset just after the last non-blank character in [start, end). */
function contentEnd(text: string, start: number, end: number): number {
  let e = Math.min(end, text.length);
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

/** Offset of the end of the content before `offset` (so the new block goes before a heading). */
function lineBefore(text: string, offset: number): number {
  let e = offset;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e;
}

/** Adds the blank lines that separate the new block from its neighbours. */
export function surround(text: string, offset: number, body: string): string {
  const before = offset === 0 ? '' : '\n\n';
  const rest = text.slice(offset);
  const after = rest.trim().length === 0 ? (rest.length === 0 ? '\n' : '') : /^[ \t]*\r?\n[ \t]*\r?\n/.test(rest) ? '' : '\n\n';
  return `${before}${body}${after}`;
}
