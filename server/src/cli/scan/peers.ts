// Peer figures for the scanned set: for each element, in how many of the checked files it is present
// (partial, missing), computed from the rows alone, so they hold for exactly the files in the output.
//
// Filed-practice figures (how often a practice appears among peers) belong here too once the core
// computes them: add them to PeerFigure in peerFigures() and to the columns in output.ts.
import { ELEMENTS } from '../../core';
import type { ScanRow } from './row';

export interface PeerFigure {
  element: string;
  present: number;
  partial: number;
  missing: number;
  /** Files whose elements were checked: rows without an error and with elements. */
  files: number;
  /** "n of N": files where the element is present, of the files checked. */
  presence: string;
}

export function peerFigures(rows: readonly ScanRow[]): PeerFigure[] {
  const checked = rows.filter((r) => r.error === null && Object.keys(r.statuses).length > 0);
  return ELEMENTS.map((element) => {
    const count = (status: string) => checked.filter((r) => r.statuses[element.id] === status).length;
    const present = count('present');
    return { element: element.id, present, partial: count('partial'), missing: count('missing'), files: checked.length, presence: `${present} of ${checked.length}` };
  });
}
