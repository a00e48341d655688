import * as assert from 'node:assert/strict';
import { nextElement } from '../../client/src/navigation';
import type { ChecklistElement } from '../../server/src/lsp/protocol';

const at = (line: number, character = 0) => ({ start: { line, character }, end: { line, character: character + 5 } });
function el(id: string, status: ChecklistElement['status'], line: number | null, waived = false): ChecklistElement {
  return {
    id: id as ChecklistElement['id'],
    title: id,
    part: 'gov',
    status,
    reason: '',
    cite: '',
    url: '',
    evidence: [],
    fixable: false,
    ...(line === null ? {} : { anchor: at(line) }),
    ...(waived ? { waived: { reason: 'accepted' } } : {}),
  };
}

describe('Next / Previous missing element', () => {
  const elements = [
    el('processes', 'present', 4),
    el('board-committee', 'missing', 12),
    el('erm-integration', 'missing', 3),
    el('board-informed', 'partial', 14),
    el('management-expertise', 'missing', 20),
    el('reports-to-board', 'missing', 25, true),
    el('management-informed', 'missing', null),
  ];

  it('goes to the next missing element after the caret, skipping present, partial and waived ones', () => {
    assert.equal(nextElement(elements, { line: 0, character: 0 }, 1)?.id, 'erm-integration');
    assert.equal(nextElement(elements, { line: 3, character: 0 }, 1)?.id, 'board-committee');
    assert.equal(nextElement(elements, { line: 12, character: 2 }, 1)?.id, 'management-expertise');
  });

  it('goes round at the end, and backwards with Previous', () => {
    assert.equal(nextElement(elements, { line: 30, character: 0 }, 1)?.id, 'erm-integration');
    assert.equal(nextElement(elements, { line: 13, character: 0 }, -1)?.id, 'board-committee');
    assert.equal(nextElement(elements, { line: 1, character: 0 }, -1)?.id, 'management-expertise');
  });

  it('finds nothing when nothing is missing', () => {
    assert.equal(nextElement([el('processes', 'present', 4)], { line: 0, character: 0 }, 1), undefined);
  });
});
