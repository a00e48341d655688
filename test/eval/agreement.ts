// Agreement between two ordinal gradings of the same items: quadratic-weighted Cohen's kappa (chance-
// corrected, a near miss costs less than a far one) and Spearman's rank correlation (ties get their
// average rank).

/** Quadratic-weighted kappa of two gradings on the categories `min`..`max` (integers). */
export function quadraticKappa(a: readonly number[], b: readonly number[], min: number, max: number): number {
  if (a.length !== b.length) throw new Error(`quadraticKappa: ${a.length} and ${b.length} grades`);
  const k = max - min + 1;
  const n = a.length;
  if (n === 0) return Number.NaN;
  const observed = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const rowTotals = new Array<number>(k).fill(0);
  const colTotals = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) {
    const x = a[i] - min;
    const y = b[i] - min;
    if (!(x >= 0 && x < k && y >= 0 && y < k && Number.isInteger(x) && Number.isInteger(y))) throw new Error(`quadraticKappa: grade outside ${min}..${max}: ${a[i]}, ${b[i]}`);
    observed[x][y]++;
    rowTotals[x]++;
    colTotals[y]++;
  }
  let disagreement = 0;
  let expected = 0;
  for (let x = 0; x < k; x++) {
    for (let y = 0; y < k; y++) {
      const weight = ((x - y) * (x - y)) / ((k - 1) * (k - 1));
      disagreement += weight * observed[x][y];
      expected += (weight * rowTotals[x] * colTotals[y]) / n;
    }
  }
  // Both gradings put everything in one category: agreement is perfect if it is the same one.
  if (expected === 0) return disagreement === 0 ? 1 : Number.NaN;
  return 1 - disagreement / expected;
}

/** Ranks 1..n, tied values sharing their average rank. */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((p, q) => p.v - q.v);
  const ranks = new Array<number>(values.length);
  let at = 0;
  while (at < order.length) {
    let end = at;
    while (end + 1 < order.length && order[end + 1].v === order[at].v) end++;
    const rank = (at + end) / 2 + 1;
    for (let j = at; j <= end; j++) ranks[order[j].i] = rank;
    at = end + 1;
  }
  return ranks;
}

/** Pearson correlation. NaN when either side is constant. */
export function pearson(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error(`pearson: ${a.length} and ${b.length} values`);
  const n = a.length;
  const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / n;
  const ma = mean(a);
  const mb = mean(b);
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) ** 2;
    sbb += (b[i] - mb) ** 2;
  }
  return saa === 0 || sbb === 0 ? Number.NaN : sab / Math.sqrt(saa * sbb);
}

/** Spearman's rho: the Pearson correlation of the average ranks. */
export function spearman(a: readonly number[], b: readonly number[]): number {
  return pearson(averageRanks(a), averageRanks(b));
}
