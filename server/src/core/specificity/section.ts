// The specificity of the checked section: each paragraph of its body graded (score.ts), and one number
// for the section. A paragraph is a block of the section (a paragraph, a list item, a table cell) as the
// core's sentences group them; headings are not graded, nor are blocks too short to say anything.
import type { Report, Sentence } from '../types';
import { scoreParagraph } from './score';
import type { ParagraphSpecificity, SectionSpecificity } from './types';

/** Blocks with fewer words (run-in labels, short table cells) are not graded. */
export const MIN_WORDS = 8;

export function sectionSpecificity(sentences: readonly Sentence[]): SectionSpecificity {
  const blocks = new Map<number, Sentence[]>();
  for (const s of sentences) {
    if (s.heading) continue;
    const block = blocks.get(s.block);
    if (block) block.push(s);
    else blocks.set(s.block, [s]);
  }
  const paragraphs: ParagraphSpecificity[] = [];
  for (const block of blocks.values()) {
    const graded = scoreParagraph(block);
    if (graded.words >= MIN_WORDS) paragraphs.push(graded);
  }
  paragraphs.sort((a, b) => a.span.start - b.span.start);
  return { score: sectionScore(paragraphs), paragraphs };
}

/** Mean of the grades weighted by each paragraph's words, rounded to one decimal; null without paragraphs. */
export function sectionScore(paragraphs: readonly Pick<ParagraphSpecificity, 'grade' | 'words'>[]): number | null {
  const words = paragraphs.reduce((n, p) => n + p.words, 0);
  if (words === 0) return null;
  const weighted = paragraphs.reduce((n, p) => n + p.grade * p.words, 0);
  return Math.round((weighted / words) * 10) / 10;
}

/**
 * The section's specificity number (1.0-4.0) from a report: null when no section was found or it has no
 * paragraph long enough to grade.
 */
export function specificityScore(report: Report): number | null {
  return specificityOf(report)?.score ?? null;
}

// Advice, not a verdict: graded when something shows it (a hint, the checklist, a report), not on every
// check, and kept with the report it was graded for. A report moved after an edit is a new object, graded
// anew from its own sentences and offsets.
const graded = new WeakMap<Report, SectionSpecificity>();

/** The section's specificity for a report, or null when no section was found. */
export function specificityOf(report: Report): SectionSpecificity | null {
  if (!report.section.found) return null;
  let s = graded.get(report);
  if (!s) graded.set(report, (s = sectionSpecificity(report.sentences)));
  return s;
}
