// The specificity score against the merged grades of two independent readers (test/labels/specificity):
// how far the readers agree with each other, and how far the score agrees with the merged grades, on the
// paragraphs weights and thresholds may be tuned on and, in aggregate only, on the paragraphs kept aside.
import { scoreText } from '../../server/src/core';
import { quadraticKappa, spearman } from './agreement';
import { readGradePass, readKeptAside, readMergedGrades, readParagraphs } from './specificityLabels';

export interface SpecificityAgreement {
  readers: { n: number; kappa: number; spearman: number };
  tuning: { n: number; kappa: number; spearman: number; exact: number };
  kept: { n: number; kappa: number; spearman: number; exact: number };
  /** Paragraphs of the tuning set where the score and the merged grade differ. */
  tuningMisses: string[];
}

export function specificityAgreement(): SpecificityAgreement {
  const a = new Map(readGradePass('a').labels.map((l) => [l.id, l.grade]));
  const b = new Map(readGradePass('b').labels.map((l) => [l.id, l.grade]));
  const ids = [...a.keys()].sort();
  const ga = ids.map((id) => a.get(id)!);
  const gb = ids.map((id) => b.get(id)!);

  const merged = new Map(readMergedGrades().labels.map((l) => [l.id, l.grade]));
  const keptIds = new Set(readKeptAside().ids);
  const paragraphs = readParagraphs();
  const figures = (kept: boolean) => {
    const set = paragraphs.filter((p) => keptIds.has(p.id) === kept);
    const labels = set.map((p) => merged.get(p.id)!);
    const scores = set.map((p) => scoreText(p.text).grade);
    const misses = set.flatMap((p, i) => (labels[i] === scores[i] ? [] : [`${p.id}: label ${labels[i]}, score ${scores[i]}`]));
    return { n: set.length, kappa: quadraticKappa(labels, scores, 1, 4), spearman: spearman(labels, scores), exact: labels.filter((g, i) => g === scores[i]).length / set.length, misses };
  };
  const tuning = figures(false);
  const kept = figures(true);
  return {
    readers: { n: ids.length, kappa: quadraticKappa(ga, gb, 1, 4), spearman: spearman(ga, gb) },
    tuning: { n: tuning.n, kappa: tuning.kappa, spearman: tuning.spearman, exact: tuning.exact },
    kept: { n: kept.n, kappa: kept.kappa, spearman: kept.spearman, exact: kept.exact },
    tuningMisses: tuning.misses,
  };
}

/** Prints the figures; true when the score agrees with the labels at least as well as the readers agree with each other, on both sets. */
export function printSpecificityAgreement(verbose: boolean): boolean {
  const r = specificityAgreement();
  const f = (x: number) => x.toFixed(3);
  console.log('Specificity score (1-4) against the merged grades of two readers (test/labels/specificity):');
  console.log(`  reader A against reader B:            ${r.readers.n} paragraphs, quadratic-weighted kappa ${f(r.readers.kappa)}, Spearman ${f(r.readers.spearman)}`);
  console.log(`  score, paragraphs it may be tuned on: ${r.tuning.n} paragraphs, quadratic-weighted kappa ${f(r.tuning.kappa)}, Spearman ${f(r.tuning.spearman)}, same grade ${(r.tuning.exact * 100).toFixed(1)}%`);
  console.log(`  score, paragraphs kept aside:         ${r.kept.n} paragraphs, quadratic-weighted kappa ${f(r.kept.kappa)}, Spearman ${f(r.kept.spearman)}, same grade ${(r.kept.exact * 100).toFixed(1)}%`);
  if (verbose) for (const m of r.tuningMisses) console.log(`    ${m}`);
  const met = (x: { kappa: number; spearman: number }) => x.kappa >= r.readers.kappa && x.spearman >= r.readers.spearman;
  console.log(`  target (the readers' own agreement): tuning ${met(r.tuning) ? 'met' : 'NOT met'}; kept aside ${met(r.kept) ? 'met' : 'NOT met'}\n`);
  return met(r.tuning) && met(r.kept);
}

if (require.main === module) printSpecificityAgreement(process.argv.includes('--verbose'));
