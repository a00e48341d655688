// A stateful front to analyze() for one document that is checked again and again (a language server
// re-checks after every keystroke). Same reports as analyze(); see sectionAnalysis.ts for what is kept.
import type { AnalyzeOptions, Report, Span } from './types';
import { analyzeDocument } from './analyze';
import { SectionMemo, type AnalyzerStats } from './sectionAnalysis';
import { afterEdit, checkSection, directiveComments, type LineEdit, type Moved, type ReadText } from './edits/lineEdit';

export type { AnalyzerStats } from './sectionAnalysis';

export interface Analyzer {
  analyze(text: string, options?: AnalyzeOptions): Report;
  /**
   * The report after these edits to the text last analysed, when each is an edit within one line that can
   * be told without the whole text (see edits/lineEdit.ts); null when the text has to be analysed again.
   * `read` reads the document after the edits; without it, only edits outside the section are taken.
   * Same report as analyze().
   */
  analyzeEdits(edits: readonly LineEdit[], options?: AnalyzeOptions, read?: ReadText): Report | null;
  /** Counters that show what was computed and what was reused (for `item1c/stats` and benchmarks). */
  readonly stats: Readonly<AnalyzerStats>;
  /** Forgets everything kept from earlier checks. */
  clear(): void;
}

export function createAnalyzer(): Analyzer {
  const memo = new SectionMemo();
  /** The latest report and the options it was made with, for analyzeEdits. */
  // The text of a full check is kept (its report's sentences hold views on it anyway) so that the comments
  // an edit must stay out of are looked for only when an edit comes to be moved.
  let last: (Omit<Moved, 'comments'> & { optionsKey: string; text: string | null; comments: Span[] | null }) | null = null;
  return {
    analyze(text, options = {}) {
      const started = performance.now();
      memo.stats.lastReused = false;
      last = null;
      try {
        const analysis = analyzeDocument(text, options, memo);
        last = { ...analysis, optionsKey: JSON.stringify(options), text, comments: null };
        return analysis.report;
      } finally {
        memo.stats.checks++;
        memo.stats.lastMs = performance.now() - started;
      }
    },
    analyzeEdits(edits, options = {}, read) {
      const started = performance.now();
      const before = last;
      last = null;
      if (!before || before.optionsKey !== JSON.stringify(options)) return null;
      const sectionChecks = memo.stats.sectionAnalyses + memo.stats.sectionReuses;
      let moved: Moved | null = { ...before, comments: before.comments ?? directiveComments(before.text ?? '') };
      for (const edit of edits) if (moved) moved = afterEdit(moved, edit, options, memo, read);
      if (moved && read) moved = checkSection(moved, options, memo, read);
      if (!moved) return null;
      // A section checked again says itself whether it reused its analysis; a moved one did.
      if (memo.stats.sectionAnalyses + memo.stats.sectionReuses === sectionChecks) memo.stats.lastReused = true;
      last = { ...moved, optionsKey: before.optionsKey, text: null };
      memo.stats.checks++;
      memo.stats.editsMoved += edits.length;
      memo.stats.lastMs = performance.now() - started;
      return moved.report;
    },
    stats: memo.stats,
    clear: () => {
      last = null;
      memo.clear();
    },
  };
}
