// A stateful front to analyze() for one document that is checked again and again (a language server
// re-checks after every keystroke). Same reports as analyze(); see sectionAnalysis.ts for what is kept.
import type { AnalyzeOptions, Report } from './types';
import { analyze } from './analyze';
import { SectionMemo, type AnalyzerStats } from './sectionAnalysis';

export type { AnalyzerStats } from './sectionAnalysis';

export interface Analyzer {
  analyze(text: string, options?: AnalyzeOptions): Report;
  /** Counters that show what was computed and what was reused (for `item1c/stats` and benchmarks). */
  readonly stats: Readonly<AnalyzerStats>;
  /** Forgets everything kept from earlier checks. */
  clear(): void;
}

export function createAnalyzer(): Analyzer {
  const memo = new SectionMemo();
  return {
    analyze(text, options = {}) {
      const started = performance.now();
      memo.stats.lastReused = false;
      try {
        return analyze(text, options, memo);
      } finally {
        memo.stats.checks++;
        memo.stats.lastMs = performance.now() - started;
      }
    },
    stats: memo.stats,
    clear: () => memo.clear(),
  };
}
