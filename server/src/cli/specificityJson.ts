// The `specificity` field of `--format json`: the section's number and each graded paragraph with what
// it counted. Lines and columns are 1-based, as everywhere in the JSON.
import { specificityOf, type LineIndex, type Report } from '../core';
import { toRange } from './model';

export function specificityJson(report: Report, lines: LineIndex) {
  const s = specificityOf(report);
  if (!s) return null;
  return {
    score: s.score,
    paragraphs: s.paragraphs.map((p) => ({
      ...toRange(lines, p.span),
      grade: p.grade,
      points: p.points,
      words: p.words,
      counted: p.tally.map((t) => ({ family: t.family, label: t.label, items: t.items, points: t.points })),
      signals: p.signals.map((sig) => ({ family: sig.family, text: sig.text, ...toRange(lines, sig.span) })),
    })),
  };
}
