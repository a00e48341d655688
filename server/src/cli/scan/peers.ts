// Peer figures for the scanned set: for each element, in how many of the checked files it is present
// (partial, missing), and for each filed practice (see core/peers), in how many it shows; computed from
// the rows alone, so they hold for exactly the files in the output.
import { ELEMENTS, PRACTICES } from '../../core';
import type { ScanRow } from './row';

export interface PeerFigure {
  element: string;
  /** The practice's id on a practice's figure (under its element); null on the element's own. */
  practice: string | null;
  present: number;
  partial: number | null;
  missing: number | null;
  /** Files whose elements were checked: rows without an error and with elements. */
  files: number;
  /** "n of N": files where the element is present, of the files checked. */
  presence: string;
}

export function peerFigures(rows: readonly ScanRow[]): PeerFigure[] {
  const checked = rows.filter((r) => r.error === null && Object.keys(r.statuses).length > 0);
  return ELEMENTS.flatMap((element) => {
    const count = (status: string) => checked.filter((r) => r.statuses[element.id] === status).length;
    const present = count('present');
    const own: PeerFigure = { element: element.id, practice: null, present, partial: count('partial'), missing: count('missing'), files: checked.length, presence: `${present} of ${checked.length}` };
    // A practice is shown or not: partial and missing do not apply. A section that only refers elsewhere shows none.
    const practices = PRACTICES.filter((p) => p.element === element.id).map((p): PeerFigure => {
      const shown = checked.filter((r) => r.practices?.includes(p.id)).length;
      return { element: element.id, practice: p.id, present: shown, partial: null, missing: null, files: checked.length, presence: `${shown} of ${checked.length}` };
    });
    return [own, ...practices];
  });
}
