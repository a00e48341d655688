// The word diff of an edited element, from the `diff` package. Kept out of the comparison itself so that
// only the command line, which shows diffs, bundles the library; the language server decides unchanged
// or edited by comparing sentences.
import { diffWords } from 'diff';
import type { ElementSide } from './types';

export interface DiffPart {
  op: 'equal' | 'added' | 'removed';
  text: string;
}

/** Last year's element text against this year's, word by word. */
export function elementWordDiff(last: ElementSide, current: ElementSide): DiffPart[] {
  return diffWords(sideText(last), sideText(current)).map((c) => ({ op: c.added ? 'added' : c.removed ? 'removed' : 'equal', text: c.value }));
}

/** The element's sentences as one text, one space between sentences. */
export function sideText(side: ElementSide): string {
  return side.sentences.map((s) => s.text.replace(/\s+/g, ' ').trim()).join(' ');
}
