// Which sentence of last year's section each edited sentence of this year's draft comes from: the most
// similar one that is not itself kept verbatim. Similarity is the Dice coefficient of the two sentences'
// sets of words, so a sentence with a renamed committee or a rolled-forward date still pairs with its
// original, while two different sentences on the same subject rarely reach the threshold.
import type { Sent } from '../recognise/context';
import type { PreparedYear } from './documents';

/** A pair at least this similar is an edit of one sentence; below it, a new sentence. */
export const EDIT_SIMILARITY = 0.5;
/** Past this many sentence pairs the sections are not aligned (a whole annual report, not a section). */
const MAX_PAIRS = 1_000_000;

/** For each edited body sentence of `current` (by Sent.index), the sentence of `last` it was edited from. */
export function alignEdits(last: PreparedYear, current: PreparedYear): Map<number, Sent> {
  const out = new Map<number, Sent>();
  const fromLast = last.body.filter((s) => !current.bodyKeys.has(last.keys[s.index]));
  const edited = current.body.filter((s) => !last.bodyKeys.has(current.keys[s.index]));
  if (fromLast.length * edited.length > MAX_PAIRS) return out;
  const lastWords = fromLast.map((s) => words(s.norm));
  for (const s of edited) {
    const mine = words(s.norm);
    let best = -1;
    let bestScore = EDIT_SIMILARITY;
    lastWords.forEach((theirs, i) => {
      const score = dice(mine, theirs);
      if (score >= bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best >= 0) out.set(s.index, fromLast[best]);
  }
  return out;
}

function words(norm: string): Set<string> {
  return new Set(norm.match(/[a-z0-9]+(?:['-][a-z0-9]+)*/g) ?? []);
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of small) if (large.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}
