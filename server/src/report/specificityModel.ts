// The report model's specificity, graded by the core (see specificity.ts for how it is printed).
import { specificityOf, type Report } from '../core';
import type { SpecificityView } from './specificity';

export function specificityView(report: Report, lineOf: (offset: number) => number): SpecificityView | null {
  const s = specificityOf(report);
  if (!s) return null;
  const byGrade: [number, number, number, number] = [0, 0, 0, 0];
  for (const p of s.paragraphs) byGrade[p.grade - 1]++;
  return { score: s.score, paragraphs: s.paragraphs.length, byGrade, genericLines: s.paragraphs.filter((p) => p.grade === 1).map((p) => lineOf(p.span.start)) };
}
