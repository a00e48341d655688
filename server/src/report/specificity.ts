// The section's specificity as the report prints it: the number, how many paragraphs were graded, how
// many got each grade, and where the generic ones are, so a reader can go and make them concrete.
// Printing only: the page templates (dist/render.js) import this, and must not carry the core.

export interface SpecificityView {
  /** 1.0-4.0, or null when no paragraph was long enough to grade. */
  score: number | null;
  paragraphs: number;
  /** Paragraphs per grade, index 0 for grade 1. */
  byGrade: [number, number, number, number];
  /** 1-based first lines of the paragraphs graded 1 (generic boilerplate). */
  genericLines: number[];
}

/** `2.4 of 4 over 14 paragraphs (1: 3, 2: 6, 3: 4, 4: 1)`, or why there is no number. */
export function specificityLine(view: SpecificityView): string {
  if (view.score === null) return 'not graded: no paragraph of the section is long enough';
  const grades = view.byGrade.map((n, i) => `${i + 1}: ${n}`).join(', ');
  return `${view.score.toFixed(1)} of 4 over ${view.paragraphs} ${view.paragraphs === 1 ? 'paragraph' : 'paragraphs'} (by grade ${grades})`;
}

export const SPECIFICITY_NOTE = 'Mean grade of the paragraphs weighted by length: 1 generic boilerplate, 2 somewhat specific, 3 specific, 4 concrete and verifiable.';
