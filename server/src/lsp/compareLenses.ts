// Code lenses from the comparison with last year's filing: one on each element's paragraph (the paragraph
// holding its first sentence this year), saying whether it changed since last year; a dropped element's
// lens sits on the section heading. Each runs the client's diff command with both years' text.
import type { CodeLens } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { elementById, type Report } from '../core';
import type { ElementComparison, ElementSide } from '../core/compare/types';
import { COMPARE_WITH_PREVIOUS_COMMAND, sinceLastYearLabel, type CompareLensArgument } from './previousFilingProtocol';
import type { PreviousFilingComparison } from './previousFiling';

export function compareLenses(doc: TextDocument, report: Report, previous: PreviousFilingComparison): CodeLens[] {
  const lenses: CodeLens[] = [];
  for (const element of previous.comparison.elements) {
    if (element.this.sentences.length === 0 && element.change !== 'dropped') continue;
    const anchor = anchorSentence(report, element);
    const offset = anchor ? paragraphStart(report, anchor.span.start) : (report.section.headingSpan?.start ?? report.section.span.start);
    const at = doc.positionAt(offset);
    const title = elementById(element.id)?.title ?? element.id;
    const argument: CompareLensArgument = { uri: doc.uri, element: element.id, title, change: element.change, last: lines(element.last), current: lines(element.this), previousFiling: previous.path };
    lenses.push({
      range: { start: { line: at.line, character: 0 }, end: { line: at.line, character: 0 } },
      command: { title: `${title}: ${sinceLastYearLabel(element.change)}`, command: COMPARE_WITH_PREVIOUS_COMMAND, arguments: [argument] },
    });
  }
  return lenses;
}

/** Element id -> its change, for the checklist. */
export function changesById(previous: PreviousFilingComparison | null): Map<string, ElementComparison['change']> | undefined {
  return previous ? new Map(previous.comparison.elements.map((e) => [e.id, e.change])) : undefined;
}

/**
 * The sentence whose paragraph carries the lens: of the element's sentences, those in the part of the
 * section where the element belongs (when the draft has sub-headings), and of those the first one
 * changed since last year, else the first.
 */
function anchorSentence(report: Report, element: ElementComparison): ElementSide['sentences'][number] | undefined {
  const part = elementById(element.id)?.part;
  const inPart = element.this.sentences.filter((x) => report.sentences.find((s) => s.span.start === x.span.start)?.part === part);
  const candidates = inPart.length > 0 ? inPart : element.this.sentences;
  return candidates.find((x) => !x.verbatim) ?? candidates[0];
}

/** Start of the paragraph (block) holding the sentence that starts at `offset`. */
function paragraphStart(report: Report, offset: number): number {
  const sentence = report.sentences.find((s) => s.span.start <= offset && offset < s.span.end);
  if (!sentence) return offset;
  return report.sentences.find((s) => s.block === sentence.block)?.span.start ?? offset;
}

function lines(side: ElementSide): string {
  return side.sentences.map((s) => s.text.replace(/\s+/g, ' ').trim()).join('\n') + (side.sentences.length > 0 ? '\n' : '');
}
