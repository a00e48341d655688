// What the server and the VS Code client share about last year's filing: the command a code lens runs,
// its argument, the scheme of the read-only documents the diff editor shows, and the words for each
// change. Types and constants only, like protocol.ts, so the client bundles no library through it.
import type { ElementChange } from '../core/compare/types';

/** Client command behind an element's code lens: opens a diff editor of last year's text against this year's. */
export const COMPARE_WITH_PREVIOUS_COMMAND = 'item1c.compareWithPreviousFiling';
/** URI scheme of the read-only virtual documents holding an element's text of one year. */
export const PREVIOUS_FILING_SCHEME = 'item1c-previous';

export interface CompareLensArgument {
  /** The draft. */
  uri: string;
  element: string;
  /** The element's title, e.g. `Board oversight`. */
  title: string;
  change: ElementChange;
  /** The element's text last year and this year, one sentence a line. */
  last: string;
  current: string;
  /** Last year's filing as configured, for the diff editor's title. */
  previousFiling: string;
}

const LABELS: Record<ElementChange, string> = {
  unchanged: 'unchanged since last year',
  edited: 'edited since last year',
  new: 'new this year',
  dropped: 'dropped since last year',
};

export function sinceLastYearLabel(change: ElementChange): string {
  return LABELS[change];
}
