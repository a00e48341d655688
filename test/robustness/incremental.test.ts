// What makes a keystroke in a whole annual report cheap must not change what is reported: document
// rules scanned stretch by stretch, section-rule findings reused after an edit elsewhere, and the
// document facts (line of the section, link labels) computed without indexing the whole text.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, createAnalyzer } from '../../server/src/core';
import { SectionMemo } from '../../server/src/core/sectionAnalysis';
import { LineIndex, lineAt } from '../../server/src/core/text/lineIndex';
import { linkLabels, normaliseLabel } from '../../server/src/core/rules/support/mask';
import { scanByStretches, stretches } from '../../server/src/core/rules/support/stretches';
import type { RuleContext } from '../../server/src/core/rules/ruleDef';
import { Lru } from '../../server/src/core/util/lru';
import type { Span } from '../../server/src/core/types';
import { EXAMPLES, applyEdit, edit, markdownBlock } from './arbitraries';

const RUNS = Number(process.env.ITEM1C_PROPERTY_RUNS ?? 150);
const seed = (n: number): number => (process.env.ITEM1C_PROPERTY_SEED ? Number(process.env.ITEM1C_PROPERTY_SEED) + n : n);

const ANNUAL = EXAMPLES.find((e) => e.name === 'annual-report.md')!.text;

/** A long report: the annual report example with many random blocks (fences, comments, legends) around it. */
const longReport = fc
  .tuple(fc.array(fc.oneof(markdownBlock, fc.constantFrom('DRAFT', 'Privileged & Confidential', 'Working Draft v3', '```\nDRAFT\n\nDRAFT\n```', '<!-- DRAFT\n\nDRAFT -->')), { minLength: 40, maxLength: 120 }), fc.integer({ min: 0, max: 8 }))
  .map(([blocks, filler]) => {
    const pad = ANNUAL.slice(0, Math.floor(ANNUAL.length / 2)).replace(/Item 1C/g, 'Item 1X');
    const around = blocks.map((b, i) => (i % 10 === 0 ? `${b}\n\n${pad.repeat(filler % 3)}` : b));
    const half = Math.floor(around.length / 2);
    return `${around.slice(0, half).join('\n\n')}\n\n${ANNUAL}\n\n${around.slice(half).join('\n\n')}\n`;
  });

describe('robustness: incremental checking reports what a fresh check reports', function () {
  this.timeout(300_000);

  it('stretches cover the text, start after a blank line, and never cut a fence or a comment', () => {
    fc.assert(
      fc.property(longReport, (text) => {
        const parts = stretches(text);
        assert.equal(parts[0][0], 0);
        assert.equal(parts[parts.length - 1][1], text.length);
        for (let i = 1; i < parts.length; i++) {
          const at = parts[i][0];
          assert.equal(at, parts[i - 1][1]);
          assert.ok(/\n\r?\n$/.test(text.slice(Math.max(0, at - 3), at)), `stretch ${i} starts after a blank line`);
          // Before the cut, every fence that opened has closed, and every comment too.
          const before = text.slice(0, at);
          const opened = (before.match(/<!--/g) ?? []).length;
          const closed = (before.match(/-->/g) ?? []).length;
          assert.ok(closed >= opened || !/<!--(?![\s\S]*-->)/.test(before), `stretch ${i} does not start inside a comment`);
        }
      }),
      { numRuns: Math.ceil(RUNS / 3), seed: seed(2001) },
    );
  });

  it('after a one-character edit, only the edited stretch is scanned again', () => {
    const paragraphs = Array.from({ length: 4000 }, (_, i) => `Paragraph ${i} of filler text that says nothing in particular.\n\n`);
    const text = `${paragraphs.join('')}DRAFT\n`;
    const store = new Lru<string, unknown>(1000);
    const ctx = { text, memo: { store: <T>() => store as Lru<string, T> } } as unknown as RuleContext;
    let scans = 0;
    const scan = (stretch: string): Span[] => {
      scans++;
      const at = stretch.indexOf('DRAFT');
      return at < 0 ? [] : [{ start: at, end: at + 5 }];
    };
    const first = scanByStretches(ctx, 'test', scan);
    const total = scans;
    assert.ok(total > 10, `a long text has many stretches (${total})`);
    const edited = `${text.slice(0, 50_000)}x${text.slice(50_000)}`;
    scans = 0;
    const second = scanByStretches({ ...ctx, text: edited } as RuleContext, 'test', scan);
    assert.ok(scans <= 2, `${scans} stretches scanned again of ${total}`);
    assert.deepEqual(second, first.map((s) => ({ start: s.start + 1, end: s.end + 1 })));
  });

  it('the incremental analyzer gives the same report as analyze() on a long report, edit after edit', () => {
    let multi = 0;
    fc.assert(
      fc.property(longReport, fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
        if (stretches(start).length > 2) multi++;
        const analyzer = createAnalyzer();
        let text = start;
        assert.deepEqual(analyzer.analyze(text), analyze(text));
        for (const e of edits) {
          text = applyEdit(text, e).text;
          assert.deepEqual(analyzer.analyze(text), analyze(text));
        }
      }),
      { numRuns: Math.ceil(RUNS / 10), seed: seed(2002) },
    );
    assert.ok(multi > 0, 'some reports span several stretches');
  });

  it('a one-character edit inside the section parses only the chunk it touched', () => {
    const analyzer = createAnalyzer();
    const first = analyzer.analyze(ANNUAL);
    assert.ok(first.section.found);
    const parsed = analyzer.stats.chunksParsed;
    assert.ok(parsed > 3, `the section has several chunks (${parsed})`);
    // Inside a list (a chunk the parser reads, not the prose fast path), then inside a paragraph.
    const body = ANNUAL.slice(first.section.bodySpan.start, first.section.bodySpan.end);
    const list = body.search(/^(?:[-*]|\d+\.) \S/m);
    assert.ok(list >= 0, 'the section has a list');
    for (const [label, at] of [
      ['a list', first.section.bodySpan.start + list + 3],
      ['a paragraph', first.sentences[Math.floor(first.sentences.length / 2)].span.start + 2],
    ] as const) {
      const before = { parsed: analyzer.stats.chunksParsed, reused: analyzer.stats.chunksReused, read: { ...analyzer.stats.chunksRead } };
      const edited = `${ANNUAL.slice(0, at)}x${ANNUAL.slice(at)}`;
      assert.deepEqual(analyzer.analyze(edited), analyze(edited));
      assert.equal(analyzer.stats.chunksParsed - before.parsed, 1, `one chunk parsed again after an edit in ${label}`);
      assert.equal(analyzer.stats.chunksReused - before.reused, parsed - 1, 'every other chunk reused');
      const reads = Object.values(analyzer.stats.chunksRead).reduce((a, b) => a + b, 0) - Object.values(before.read).reduce((a, b) => a + b, 0);
      assert.equal(reads, 1);
    }
  });

  it('typing within lines moves the section without a scan, and finds what a scan finds', () => {
    // Keystrokes in lines of prose, now and then something that could be a heading or a title, or a
    // line break: the tracker must move the section only when no scan could find it elsewhere.
    const typed = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom('a', ' ', 'e', 'x', ',', 'the ', 'Board ') },
      { weight: 1, arbitrary: fc.constantFrom('\n', '\n\n', '# ', 'Item 2. Properties', 'Item 1C. Cybersecurity', '**', 'Governance', '```', 'Part II', '\r') },
    );
    const keystroke = fc.record({ line: fc.double({ min: 0, max: 1, noNaN: true }), column: fc.double({ min: 0, max: 1, noNaN: true }), insert: typed, remove: fc.constantFrom(0, 0, 0, 1, 5) });
    let moves = 0;
    fc.assert(
      fc.property(fc.constantFrom(...EXAMPLES.filter((e) => e.text.length > 2000)), fc.array(keystroke, { minLength: 1, maxLength: 30 }), (example, keys) => {
        const analyzer = createAnalyzer();
        let text = example.text;
        analyzer.analyze(text);
        for (const k of keys) {
          const starts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)];
          const lineStart = starts[Math.floor(k.line * starts.length) % starts.length];
          const lineEnd = text.indexOf('\n', lineStart) < 0 ? text.length : text.indexOf('\n', lineStart);
          const at = lineStart + Math.floor(k.column * (lineEnd - lineStart));
          text = text.slice(0, at) + k.insert + text.slice(Math.min(lineEnd, at + k.remove));
          assert.deepEqual(analyzer.analyze(text).section, analyze(text).section);
        }
        moves += analyzer.stats.sectionMoves;
      }),
      { numRuns: Math.ceil(RUNS / 2), seed: seed(2005) },
    );
    assert.ok(moves > 0, 'some keystrokes moved the section without a scan');
  });

  it('an edit before the section runs no section rule again, and the findings move with the text', () => {
    const analyzer = createAnalyzer();
    const text = `DRAFT\n\n${ANNUAL}`;
    analyzer.analyze(text);
    const runs = analyzer.stats.ruleRuns;
    const edited = `DRAFT, as of today\n\n${ANNUAL}`;
    const report = analyzer.analyze(edited);
    assert.equal(analyzer.stats.ruleRuns, runs, 'no new run of the section rules');
    assert.ok(analyzer.stats.ruleReuses >= 1);
    assert.deepEqual(report, analyze(edited));
    // A new line before the section changes the line numbers quoted in messages: the rules run again.
    analyzer.analyze(`DRAFT\n\n\n${ANNUAL}`);
    assert.equal(analyzer.stats.ruleRuns, runs + 1);
  });

  it('a sentence left unchanged keeps the same pattern results, whatever is typed elsewhere', () => {
    // A pattern written inline in a recogniser would be a new key on every check and grow the results
    // kept for every unchanged sentence: memory would grow with the number of keystrokes.
    const memo = new SectionMemo();
    let text = ANNUAL;
    const first = analyze(text, {}, memo);
    const kept = first.sentences.filter((s) => !s.heading).slice(0, 5);
    const sizes = () => kept.map((s) => memo.prepared.get(s.text)?.tests.size ?? -1);
    const before = sizes();
    assert.ok(before.every((n) => n > 0), `results kept for the sentences (${before})`);
    const at = first.sentences[first.sentences.length - 1].span.end;
    for (let k = 0; k < 20; k++) {
      text = `${text.slice(0, at + k)}x${text.slice(at + k)}`;
      analyze(text, {}, memo);
    }
    assert.deepEqual(sizes(), before);
  });

  it('lineAt agrees with a full line index, whatever the line ends', () => {
    const piece = fc.constantFrom('a', 'bc', '\n', '\r\n', '\r', ' ', '\u2028');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), fc.double({ min: 0, max: 1, noNaN: true }), (pieces, where) => {
        const text = pieces.join('');
        const offset = Math.floor(where * (text.length + 1));
        assert.equal(lineAt(text, offset), new LineIndex(text).positionAt(offset).line);
      }),
      { numRuns: RUNS * 4, seed: seed(2003) },
    );
  });

  it('link labels are found as by a multi-line expression over the whole text', () => {
    const definition = /^ {0,3}\[((?:[^\[\]\\\n]|\\.){1,999})\]:[ \t]*\S/gm;
    const oracle = (text: string): Set<string> => {
      const out = new Set<string>();
      for (const m of text.matchAll(definition)) if (!m[1].startsWith('^')) out.add(normaliseLabel(m[1]));
      return out;
    };
    const piece = fc.constantFrom('[a]: x', '[B c]:y', '   [d]: ', '    [e]: z', '[^1]: note', '[f\\]]: g', 'text [h]: i', ']:', '[', ']', ' ', 'w', '\n', '\r\n', '\n\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        assert.deepEqual([...linkLabels(text)].sort(), [...oracle(text)].sort());
      }),
      { numRuns: RUNS * 4, seed: seed(2004) },
    );
  });
});
