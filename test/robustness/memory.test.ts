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

  it('keeps no earlier version of the document once the section has moved and changed', () => {
    const annual = EXAMPLES.find((e) => e.name === 'annual-report.md')!.text;
    const filler = annual.replace(/Item 1C/g, 'Item 1X');
    // About 4 MB: each version the analyzer kept would show plainly against it.
    let text = filler.repeat(100) + annual + filler.repeat(100);
    let analyzer: ReturnType<typeof createAnalyzer> | null = createAnalyzer();
    const sectionStart = text.indexOf('Item 1C. Cybersecurity');
    // The middle of the first long line of prose after `from`: typing there moves the section.
    const inProse = (from: number): number => {
      for (let at = text.indexOf('\n', from) + 1; ; at = text.indexOf('\n', at) + 1) {
        const line = text.slice(at, text.indexOf('\n', at));
        if (/^[A-Za-z]/.test(line) && line.split(/\s+/).length > 16) return at + Math.floor(line.length / 2);
      }
    };
    let inside = inProse(sectionStart + 2000);
    let outside = inProse(Math.floor(sectionStart / 2));
    analyzer.analyze(text);
    // Typing inside the section changes it (its analysis and findings are stored); typing outside moves it.
    for (let k = 0; k < 40; k++) {
      const at = k < 20 ? inside : outside;
      text = `${text.slice(0, at)}x${text.slice(at)}`;
      inside++;
      if (k >= 20) outside++;
      analyzer.analyze(text);
    }
    assert.equal(analyzer.stats.sectionScans, 1, 'the section was moved, not found again');
    gc();
    const withAnalyzer = process.memoryUsage().heapUsed;
    analyzer = null;
    gc();
    const kept = withAnalyzer - process.memoryUsage().heapUsed;
    // Its caches hold about one copy of the text (the draft-legend stretches); each earlier version
    // kept through a view on it would add another.
    assert.ok(kept < 1.6 * text.length, `the analyzer keeps ${(kept / 1e6).toFixed(1)} MB for a ${(text.length / 1e6).toFixed(1)} MB document`);
  });
});
