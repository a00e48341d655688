// The incremental analyzer keeps bounded caches. A regression here is easy to make and hard to see:
// V8 represents a substring as a view on the whole string, so a cache keyed by a sentence of a
// 1 MB document keeps that document alive, once per edit, until memory runs out.
import * as assert from 'node:assert/strict';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { createAnalyzer } from '../../server/src/core';
import { EXAMPLES } from './arbitraries';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

describe('robustness: memory of the incremental analyzer', function () {
  this.timeout(120_000);

  it('does not keep earlier versions of a large document alive across edits', () => {
    const annual = EXAMPLES.find((e) => e.name === 'annual-report.md')!.text;
    // About 1 MB, with the Item 1C section in the middle.
    const filler = annual.replace(/Item 1C/g, 'Item 1X');
    let text = filler.repeat(25) + annual + filler.repeat(25);
    const analyzer = createAnalyzer();
    const sectionStart = text.indexOf('Item 1C. Cybersecurity');
    let inside = text.indexOf('\n\n', sectionStart + 2000);
    let outside = text.indexOf('\n\n', Math.floor(sectionStart / 2));
    const edit = (k: number): void => {
      const inSection = Math.floor(k / 10) % 2 === 0;
      const at = inSection ? inside : outside;
      text = `${text.slice(0, at)}${k % 7 === 0 ? ' ' : 'x'}${text.slice(at)}`;
      inside++;
      if (!inSection) outside++;
      analyzer.analyze(text);
    };
    for (let k = 0; k < 40; k++) edit(k);
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let k = 40; k < 340; k++) edit(k);
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    // Retaining one document per edit would be 300 MB; the caches themselves stay within a few MB.
    assert.ok(grown < 40 * 1024 * 1024, `heap grew by ${(grown / 1024 / 1024).toFixed(1)} MB over 300 edits of a ${(text.length / 1e6).toFixed(1)} MB document`);
    assert.ok(analyzer.stats.sectionReuses > 0 && analyzer.stats.sectionAnalyses > 0);
  });
});
