// "Next missing element" / "Previous missing element": pure ordering over the checklist's anchors, so
// it is tested without an editor.
import type { Status } from '../../server/src/core/types';
import type { ChecklistElement } from '../../server/src/lsp/protocol';

interface Pos {
  line: number;
  character: number;
}

const before = (a: Pos, b: Pos) => a.line < b.line || (a.line === b.line && a.character < b.character);

/**
 * The element after (or before) `cursor` among those with one of `statuses` and an anchor, going round
 * at the end of the section; several elements on one heading are visited once, as one stop.
 */
export function nextElement(elements: readonly ChecklistElement[], cursor: Pos, direction: 1 | -1, statuses: readonly Status[] = ['missing']): ChecklistElement | undefined {
  const stops = elements
    .filter((e) => e.anchor && statuses.includes(e.status) && !e.waived)
    .sort((a, b) => (before(a.anchor!.start, b.anchor!.start) ? -1 : before(b.anchor!.start, a.anchor!.start) ? 1 : 0));
  if (stops.length === 0) return undefined;
  if (direction === 1) return stops.find((e) => before(cursor, e.anchor!.start)) ?? stops[0];
  return [...stops].reverse().find((e) => before(e.anchor!.start, cursor)) ?? stops[stops.length - 1];
}
