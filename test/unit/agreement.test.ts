import * as assert from 'node:assert/strict';
import { averageRanks, quadraticKappa, spearman } from '../eval/agreement';

// Expected values worked out independently (a contingency table by hand and numpy), not by this module.
describe('agreement statistics (test/eval/agreement.ts)', () => {
  it('quadratic-weighted kappa: 1 for identical grades, -1 for reversed uniform grades', () => {
    assert.equal(quadraticKappa([1, 2, 3, 4, 2], [1, 2, 3, 4, 2], 1, 4), 1);
    assert.equal(quadraticKappa([1, 2, 3, 4], [4, 3, 2, 1], 1, 4), -1);
  });

  it('quadratic-weighted kappa of a small table: 16/19', () => {
    assert.ok(Math.abs(quadraticKappa([1, 2, 3, 4, 2, 2], [1, 3, 3, 4, 1, 2], 1, 4) - 16 / 19) < 1e-12);
  });

  it('a near miss costs less than a far one', () => {
    const near = quadraticKappa([1, 2, 3, 4, 1, 2, 3, 4], [1, 2, 3, 4, 2, 2, 3, 4], 1, 4);
    const far = quadraticKappa([1, 2, 3, 4, 1, 2, 3, 4], [1, 2, 3, 4, 4, 2, 3, 4], 1, 4);
    assert.ok(near > far, `${near} > ${far}`);
  });

  it('refuses grades outside the scale and lists of different lengths', () => {
    assert.throws(() => quadraticKappa([1, 5], [1, 2], 1, 4), /outside/);
    assert.throws(() => quadraticKappa([1, 2], [1], 1, 4), /grades/);
  });

  it('ties share their average rank', () => {
    assert.deepEqual(averageRanks([1, 2, 2, 3, 4]), [1, 2.5, 2.5, 4, 5]);
    assert.deepEqual(averageRanks([3, 1, 3]), [2.5, 1, 2.5]);
  });

  it("Spearman's rho with ties: 0.7631578947368421", () => {
    assert.ok(Math.abs(spearman([1, 2, 2, 3, 4], [2, 1, 3, 3, 4]) - 0.7631578947368421) < 1e-12);
    assert.equal(spearman([1, 2, 3], [10, 20, 30]), 1);
    assert.ok(Number.isNaN(spearman([2, 2, 2], [1, 2, 3])));
  });
});
