import * as assert from 'node:assert/strict';
import { renumberTabStops } from '../../client/src/tabStops';

describe('client: renumberTabStops', function () {
  it('leaves a single snippet unchanged', function () {
    const s = 'Our ${1:CISO} has ${2|10,15,20|} years. $0';
    assert.deepEqual(renumberTabStops([s]), [s]);
  });

  it('gives each snippet its own stops, in order', function () {
    assert.deepEqual(renumberTabStops(['A ${1:x} $2', 'B ${1:y} ${2|a,b|}', 'C $1']), ['A ${1:x} $2', 'B ${3:y} ${4|a,b|}', 'C $5']);
  });

  it('keeps the final stop only in the last snippet', function () {
    assert.deepEqual(renumberTabStops(['A ${1:x}$0', 'B ${1:y}$0']), ['A ${1:x}$2', 'B ${3:y}$0']);
  });

  it('renumbers nested placeholders and transforms but not escaped dollars', function () {
    assert.deepEqual(renumberTabStops(['$1', 'costs \\$5 ${1:a ${2:b}} ${1/x/y/} ${TM_FILENAME}']), [
      '$1',
      'costs \\$5 ${2:a ${3:b}} ${2/x/y/} ${TM_FILENAME}',
    ]);
  });

  it('leaves snippets without stops alone', function () {
    assert.deepEqual(renumberTabStops(['plain [●] text', 'more']), ['plain [●] text', 'more']);
  });
});
