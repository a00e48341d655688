// A language server keeps each open document as lines and, for an edit within one line outside Item 1C,
// moves the previous report instead of reading the whole text again. Both must be invisible: the document
// must read as the library's own document does, and a moved report must be the report a fresh check gives.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, createAnalyzer } from '../../server/src/core';
import { LineDocument } from '../../server/src/lsp/lineDocument';
import { isProse } from '../../server/src/core/section/sectionTracker';
import { EXAMPLES, markdownBlock } from './arbitraries';

const RUNS = Number(process.env.ITEM1C_PROPERTY_RUNS ?? 150);
const seed = (n: number): number => (process.env.ITEM1C_PROPERTY_SEED ? Number(process.env.ITEM1C_PROPERTY_SEED) + n : n);

const ANNUAL = EXAMPLES.find((e) => e.name === 'annual-report.md')!.text;

const piece = fc.constantFrom('a', 'bc', ' ', '\n', '\r\n', '\r', '\n\n', 'Item', '\u00e9', '\ud83d\ude00');
const changeArb = fc.record({ from: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 40 })), text: fc.array(piece, { maxLength: 6 }).map((p) => p.join('')), reversed: fc.boolean() });

describe('robustness: documents kept as lines, and edits taken without the whole text', function () {
  this.timeout(300_000);

  it('a LineDocument reads as the library TextDocument after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.array(changeArb, { minLength: 1, maxLength: 12 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }), (start, changes, probes) => {
        const text = start.join('');
        const ours = LineDocument.create('file:///a.md', 'markdown', 1, text);
        const theirs = TextDocument.create('file:///a.md', 'markdown', 1, text);
        let version = 1;
        for (const c of changes) {
          const length = theirs.getText().length;
          const from = Math.floor(c.from * (length + 1));
          const to = Math.min(length, from + c.length);
          const a = theirs.positionAt(from);
          const b = theirs.positionAt(to);
          const change = { range: c.reversed ? { start: b, end: a } : { start: a, end: b }, text: c.text };
          version++;
          const before = ours.revision;
          const oldText = theirs.getText();
          LineDocument.update(ours, [change], version);
          TextDocument.update(theirs, [change], version);
          const now = theirs.getText();
          assert.equal(ours.getText(), now);
          assert.equal(ours.lineCount, theirs.lineCount);
          assert.equal(ours.version, version);
          // A logged edit says what the whole texts say.
          const logged = ours.editsSince(before);
          if (logged && logged.length === 1) {
            const e = logged[0];
            assert.equal(oldText.slice(0, e.start) + e.text + oldText.slice(e.end), now);
            assert.equal(oldText.slice(e.lineStart, e.lineStart + e.oldLine.length), e.oldLine);
            assert.equal(now.slice(e.lineStart, e.lineStart + e.newLine.length), e.newLine);
            assert.ok(!/[\r\n]/.test(e.oldLine + e.newLine + e.previousLine));
          }
          for (const p of probes) {
            const offset = Math.floor(p * (now.length + 3)) - 1;
            assert.deepEqual(ours.positionAt(offset), theirs.positionAt(offset), `positionAt(${offset})`);
            const position = { line: Math.floor(p * (theirs.lineCount + 1)), character: Math.floor(p * 7) };
            assert.equal(ours.offsetAt(position), theirs.offsetAt(position), `offsetAt(${JSON.stringify(position)})`);
            const range = { start: theirs.positionAt(Math.floor(p * now.length)), end: theirs.positionAt(now.length - Math.floor(p * p * now.length)) };
            assert.equal(ours.getText(range), theirs.getText(range));
            assert.deepEqual(ours.getLineRange(position.line), theirs.getLineRange(position.line));
            assert.equal(ours.getEOLCharacters(position.line), theirs.getEOLCharacters(position.line));
          }
        }
      }),
      { numRuns: RUNS * 2, seed: seed(3001) },
    );
  });

  it('an edit that spans lines, or replaces the document, is not logged: the next check reads the text', () => {
    const doc = LineDocument.create('file:///a.md', 'markdown', 1, 'one\ntwo\nthree\n');
    LineDocument.update(doc, [{ range: { start: { line: 1, character: 1 }, end: { line: 1, character: 1 } }, text: 'x' }], 2);
    assert.equal(doc.editsSince(0)?.length, 1);
    LineDocument.update(doc, [{ range: { start: { line: 0, character: 3 }, end: { line: 1, character: 0 } }, text: ' ' }], 3);
    assert.equal(doc.editsSince(0), null);
    assert.deepEqual(doc.editsSince(doc.revision), []);
    LineDocument.update(doc, [{ text: 'new text' }], 4);
    assert.equal(doc.editsSince(doc.revision - 1), null);
    assert.equal(doc.getText(), 'new text');
  });

  it('a line within an item1c- comment outside the section is read again, although it reads as prose', () => {
    const flags = '<!-- item1c-imported-flags\nIncidentDisclosureFlag false, and the other flags were read from the filing that the company made last year.\n-->';
    const prose = 'Our results of operations depend on demand for our products, which varies with economic conditions in the markets we serve.';
    const text = `${prose}\n\n${flags}\n\n${prose}\n\n${ANNUAL}`;
    const typeInto = (line: number): boolean => {
      const doc = LineDocument.create('file:///a.md', 'markdown', 1, text);
      const analyzer = createAnalyzer();
      analyzer.analyze(text);
      LineDocument.update(doc, [{ range: { start: { line, character: 30 }, end: { line, character: 30 } }, text: 'x' }], 2);
      const moved = analyzer.analyzeEdits(doc.editsSince(0)!);
      if (moved) assert.deepEqual(moved, analyze(doc.getText()));
      return moved !== null;
    };
    assert.equal(typeInto(3), false, 'a flag line is read again');
    assert.equal(typeInto(6), true, 'a line of prose is moved');
  });

  it('a report moved by edits within lines is the report a fresh check gives', () => {
    // Keystrokes in any line of a long report: mostly prose, now and then markup, legends, comments,
    // link definitions and headings, so that every reason to read the text again is exercised.
    const typed = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom('a', ' ', 'e', 'x', ',', 'the ', 'Board ', 'Audit Committee ') },
      {
        weight: 2,
        arbitrary: fc.constantFrom('[', ']', ']: x', '<!--', '-->', '`', '<b>', 'DRAFT', 'Privileged & Confidential', 'draft', 'not for distribution', 'item1c-disable', 'Item 1C. Cybersecurity', 'Item 2. Properties', '# ', '\n', '*', '_', '|'),
      },
    );
    const keystroke = fc.record({ check: fc.boolean(), read: fc.constantFrom(true, true, true, false), where: fc.constantFrom('section', 'prose', 'any'), line: fc.double({ min: 0, max: 1, noNaN: true }), column: fc.double({ min: 0, max: 1, noNaN: true }), insert: typed, remove: fc.constantFrom(0, 0, 0, 1, 5) });
    // Lines of prose in the section too, where a drafter types most.
    const heading = ANNUAL.indexOf('Item 1C. Cybersecurity\n');
    const paragraph = ANNUAL.indexOf('\n\n', heading) + 2;
    const IN_SECTION = `${ANNUAL.slice(0, paragraph)}Our Chief Information Security Officer reports to the Audit Committee each quarter on cybersecurity risks, incidents and the results of our testing program.\n\n${ANNUAL.slice(paragraph)}`;
    const PROSE = [
      'Our results of operations depend on demand for our products, which varies with economic conditions in the markets we serve and with the timing of large orders.',
      'A breach of our systems or those of our vendors could expose confidential information about customers, employees or our products and harm our reputation.',
      'We describe our legal proceedings in Note 12 to the consolidated financial statements, and we refer you to [that note] for the matters that remain pending.',
      'This paragraph is a draft of the discussion and analysis that management will revise before the report is filed with the Securities and Exchange Commission.',
    ];
    const report = fc
      .tuple(
        fc.array(
          fc.oneof(
            { weight: 6, arbitrary: markdownBlock },
            { weight: 6, arbitrary: fc.constantFrom(...PROSE) },
            { weight: 3, arbitrary: fc.constantFrom('DRAFT', 'Confidential', '[a]: http://x', '<!--\nA long comment line that reads like prose and has more than fourteen words in it, to be typed into.\n-->') },
            {
              weight: 1,
              arbitrary: fc.constantFrom(
                '<!-- item1c-disable-next-line residue-draft-legend: kept -->\nDRAFT',
                '<!-- item1c-disable-next-line residue-draft-legend:\nThe legend below is kept on purpose because the printer adds it to every page of the report anyway.\n-->\nDRAFT',
                '<!-- item1c-imported-flags\nIncidentDisclosureFlag false and the other flags were read from the filing that the company made last year.\n-->',
              ),
            },
          ),
          { minLength: 4, maxLength: 24 },
        ),
      )
      .map((blocks) => {
        const half = Math.floor(blocks.length / 2);
        return `${blocks.slice(0, half).join('\n\n')}\n\n${IN_SECTION}\n\n${blocks.slice(half).join('\n\n')}\n`;
      });
    let moved = 0;
    let checkedAgain = 0;
    let checks = 0;
    fc.assert(
      fc.property(report, fc.array(keystroke, { minLength: 1, maxLength: 25 }), (start, keys) => {
        const doc = LineDocument.create('file:///a.md', 'markdown', 1, start);
        const analyzer = createAnalyzer();
        analyzer.analyze(start);
        let revision = doc.revision;
        for (const [n, k] of keys.entries()) {
          // Most keystrokes land in a line of prose, where typing usually happens, in the section or not.
          const lines = doc.getText().split(/\r\n|\r|\n/);
          const { span } = analyze(doc.getText()).section;
          const inSection = (i: number): boolean => doc.offsetAt({ line: i, character: 0 }) > span.start && doc.offsetAt({ line: i, character: 0 }) < span.end;
          const prose = lines.map((l, i) => (isProse(l) && (k.where !== 'section' || inSection(i)) ? i : -1)).filter((i) => i >= 0);
          const line = k.where !== 'any' && prose.length > 0 ? prose[Math.floor(k.line * prose.length) % prose.length] : Math.floor(k.line * doc.lineCount) % doc.lineCount;
          const width = doc.getLineRange(line).end.character;
          const at = { line, character: Math.floor(k.column * width) };
          const end = { line, character: Math.min(width, at.character + k.remove) };
          LineDocument.update(doc, [{ range: { start: at, end }, text: k.insert }], doc.version + 1);
          // Some edits come in a run before the next check, as typing does within a debounce.
          if (!k.check && n < keys.length - 1) continue;
          const edits = doc.editsSince(revision);
          revision = doc.revision;
          checks++;
          const read = (a: number, b: number): string => doc.getText({ start: doc.positionAt(a), end: doc.positionAt(b) });
          const analyses = analyzer.stats.sectionAnalyses + analyzer.stats.sectionReuses;
          const fast = edits ? analyzer.analyzeEdits(edits, {}, k.read ? read : undefined) : null;
          const text = doc.getText();
          if (fast) {
            moved++;
            if (analyzer.stats.sectionAnalyses + analyzer.stats.sectionReuses > analyses) checkedAgain++;
            assert.deepEqual(fast, analyze(text), `report moved by ${JSON.stringify(k)}`);
          } else {
            analyzer.analyze(text);
          }
        }
      }),
      { numRuns: Math.ceil(RUNS / 3), seed: seed(3002) },
    );
    assert.ok(moved > checks / 10, `some edits moved the report (${moved} of ${checks})`);
    assert.ok(checkedAgain > checks / 40, `some edits in the section were checked on its text alone (${checkedAgain} of ${checks})`);
  });
});
