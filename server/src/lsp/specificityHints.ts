// The specificity score as inlay hints: `Specificity 2/4` at the end of the first line of each graded
// paragraph, with a tooltip listing what was counted. Inlay hints rather than code lenses: a hint sits
// at the end of a line and adds no line above each paragraph (a code lens would push a long section
// apart), it carries a Markdown tooltip natively, and every editor lets the user hide inlay hints. The
// grades come from the core report; this file only places and words them.
import type { InlayHint, MarkupContent, Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONCRETE_POINTS, SPECIFIC_POINTS, VERIFIABLE_POINTS, specificityOf, type ParagraphSpecificity, type Report } from '../core';

const GRADE_NAMES = ['generic boilerplate', 'somewhat specific', 'specific', 'concrete and verifiable'];

export function specificityHints(doc: TextDocument, report: Report, range: Range): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const paragraph of specificityOf(report)?.paragraphs ?? []) {
    const line = doc.positionAt(paragraph.span.start).line;
    if (line < range.start.line || line > range.end.line) continue;
    const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    const end = text.replace(/\s+$/, '').length;
    hints.push({ position: { line, character: end }, label: `Specificity ${paragraph.grade}/4`, paddingLeft: true, tooltip: tooltip(paragraph) });
  }
  return hints;
}

function tooltip(p: ParagraphSpecificity): MarkupContent {
  const points = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(2).replace(/0$/, '')} ${n === 1 ? 'point' : 'points'}`;
  const lines = [`**Specificity ${p.grade}/4**: ${GRADE_NAMES[p.grade - 1]}, ${points(p.points)}.`, ''];
  if (p.tally.length === 0) lines.push('Nothing counted: no title, named committee, practice, framework, frequency, certification, date, figure or name.');
  else for (const t of p.tally) lines.push(`- ${t.label} (+${points(t.points)}): ${t.items.map(escapeMarkdown).join('; ')}`);
  lines.push(
    '',
    `${SPECIFIC_POINTS} points make a 3; ${CONCRETE_POINTS} points, ${VERIFIABLE_POINTS} of them from details that can be checked (dates, figures, people, organizations, held certifications, incidents), make a 4.`,
  );
  return { kind: 'markdown', value: lines.join('\n') };
}

function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1');
}
