// Each element's text in both years, and what happened to it.
//
// An element's text is its evidence sentences: the sentences the core's verdict rests on. Whole paragraphs
// would drag in other elements' sentences (one paragraph often holds the committee, the CISO and the
// reporting line), so an edit to one element would mark its neighbors edited too. Evidence alone has
// the opposite weakness: a sentence kept word for word may count as evidence in one year only, because
// the text around it changed. So each side also takes the other side's evidence sentences where they
// stand verbatim in its own section: a sentence kept word for word is then on both sides, and only text
// that really changed makes an element `edited`.
import type { ElementId, Span } from '../types';
import type { Sent } from '../recognise/context';
import type { PreparedYear } from './documents';
import type { ElementComparison, ElementSentence, ElementSide } from './types';

export function compareElements(last: PreparedYear, current: PreparedYear): ElementComparison[] {
  // The reports list the twelve elements in disclosure order (when a section was found); taking the order
  // from them keeps the element registry, and its recognizers, out of bundles that only compare.
  const ids = (current.report.elements.length > 0 ? current : last).report.elements.map((v) => v.id);
  return ids.map((id) => {
    const lastEvidence = evidenceSentences(last, id);
    const thisEvidence = evidenceSentences(current, id);
    const lastSide = side(last, id, lastEvidence, keysOf(current, thisEvidence), current.bodyKeys);
    const thisSide = side(current, id, thisEvidence, keysOf(last, lastEvidence), last.bodyKeys);
    return { id, change: changeOf(lastSide, thisSide), last: lastSide.side, this: thisSide.side };
  });
}

interface Side {
  side: ElementSide;
  /** verbatimKey of each sentence of `side`, in order. */
  keys: string[];
}

function changeOf(last: Side, current: Side): ElementComparison['change'] {
  if (last.keys.length === 0) return current.keys.length === 0 ? 'unchanged' : 'new';
  if (current.keys.length === 0) return 'dropped';
  // The same sentences in the same order.
  return last.keys.length === current.keys.length && last.keys.every((k, i) => k === current.keys[i]) ? 'unchanged' : 'edited';
}

function keysOf(year: PreparedYear, sents: readonly Sent[]): Set<string> {
  return new Set(sents.map((s) => year.keys[s.index]));
}

/** Body sentences that overlap the element's evidence, in document order. */
function evidenceSentences(year: PreparedYear, id: ElementId): Sent[] {
  const verdict = year.report.elements.find((v) => v.id === id);
  if (!verdict || verdict.evidence.length === 0) return [];
  return year.body.filter((s) => verdict.evidence.some((e) => overlaps(e.span, s.span)));
}

function side(year: PreparedYear, id: ElementId, evidence: readonly Sent[], otherEvidenceKeys: ReadonlySet<string>, otherBodyKeys: ReadonlySet<string>): Side {
  const chosen = new Set(evidence);
  for (const s of year.body) if (otherEvidenceKeys.has(year.keys[s.index])) chosen.add(s);
  const picked = year.body.filter((s) => chosen.has(s));
  const sentences: ElementSentence[] = picked.map((s) => ({ span: { ...s.span }, text: s.text, verbatim: otherBodyKeys.has(year.keys[s.index]) }));
  const status = year.report.elements.find((v) => v.id === id)?.status ?? 'missing';
  return { side: { status, sentences }, keys: picked.map((s) => year.keys[s.index]) };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
