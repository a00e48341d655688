// Property-based robustness of the analysis core: whatever the input, analyze() returns, returns
// quickly, and every offset it reports lies inside the document. The incremental analyzer the
// language server uses must give exactly the report a fresh analyze() gives, edit after edit.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { analyze, createAnalyzer, type Report } from '../../server/src/core';
import { chunkStarts } from '../../server/src/core/markdown/chunks';
import { extractFacts } from '../../server/src/core/markdown/extract';
import { parseSlice } from '../../server/src/core/markdown/slice';
import { linkLabels } from '../../server/src/core/rules/support/mask';
import { EXAMPLES, applyEdit, assertRangesInside, edit, markdownDoc, proseLike, trickyChar } from './arbitraries';

/** Generous per-input bound: these inputs are at most a few tens of kilobytes. */
const BUDGET_MS = 2000;

function checked(text: string, context: string, options: Parameters<typeof analyze>[1] = {}): Report {
  const started = performance.now();
  const report = analyze(text, options);
  const ms = performance.now() - started;
  if (ms > BUDGET_MS) throw new Error(`${context}: analyze took ${ms.toFixed(0)} ms on ${text.length} characters`);
  assertRangesInside(report, text.length, context);
  return report;
}

const RUNS = Number(process.env.ITEM1C_PROPERTY_RUNS ?? 150);
/** Fixed seeds keep `npm test` reproducible; ITEM1C_PROPERTY_SEED explores other inputs. */
const seed = (n: number): number => (process.env.ITEM1C_PROPERTY_SEED ? Number(process.env.ITEM1C_PROPERTY_SEED) + n : n);

describe('robustness: analyze on arbitrary input', function () {
  this.timeout(180_000);

  it('random Markdown: never throws, finishes quickly, every range inside the document', () => {
    fc.assert(
      fc.property(markdownDoc, fc.constantFrom('auto', 'always'), (text, check) => {
        checked(text, 'random Markdown', { check: check as 'auto' | 'always' });
      }),
      { numRuns: RUNS, seed: seed(1061) },
    );
  });

  it('random Unicode text (surrogates, combining marks, RTL, emoji, controls) inside an Item 1C section', () => {
    const unicode = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.array(trickyChar, { maxLength: 200 }).map((xs) => xs.join('')));
    fc.assert(
      fc.property(unicode, proseLike, (noise, prose) => {
        for (const text of [noise, `# Item 1C. Cybersecurity\n\n${noise}\n\n${prose}`, `\uFEFF## Item 1C. Cybersecurity\r\n\r\n${prose}${noise}\r\n## Item 2. Properties\r\n`]) {
          checked(text, 'unicode', { check: 'always' });
        }
      }),
      { numRuns: RUNS, seed: seed(1062) },
    );
  });

  it('random edits applied to the example drafts', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXAMPLES), fc.array(edit, { minLength: 1, maxLength: 6 }), (example, edits) => {
        let text = example.text;
        for (const e of edits) text = applyEdit(text, e).text;
        checked(text, `edited ${example.name}`);
      }),
      { numRuns: RUNS, seed: seed(1063) },
    );
  });

  it('CR LF, lone CR, mixed line ends, BOM and tabs in the example drafts keep every range inside', () => {
    for (const { name, text } of EXAMPLES) {
      let i = 0;
      const mixed = text.replace(/\n/g, () => ['\r\n', '\r', '\n'][i++ % 3]);
      for (const variant of [text.replace(/\n/g, '\r\n'), text.replace(/\n/g, '\r'), mixed, `\uFEFF${text}`, text.replace(/ {2}/g, '\t'), text.replace(/ /g, '\u00A0')]) {
        checked(variant, name);
      }
    }
  });

  it('the incremental analyzer gives the same report as analyze() after every edit', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXAMPLES), fc.array(edit, { minLength: 1, maxLength: 12 }), (example, edits) => {
        const analyzer = createAnalyzer();
        let text = example.text;
        assert.deepEqual(analyzer.analyze(text), analyze(text));
        for (const e of edits) {
          text = applyEdit(text, e).text;
          assert.deepEqual(analyzer.analyze(text), analyze(text), `after an edit of ${example.name}`);
        }
      }),
      { numRuns: Math.ceil(RUNS / 2), seed: seed(1064) },
    );
  });

  it('an edit outside the section reuses the section analysis, with its offsets moved', () => {
    const text = EXAMPLES.find((e) => e.name === 'annual-report.md')!.text;
    const analyzer = createAnalyzer();
    const first = analyzer.analyze(text);
    assert.ok(first.section.found);
    const before = analyzer.stats.sectionAnalyses;
    const edited = `Inserted before everything.\n\n${text}`;
    const moved = analyzer.analyze(edited);
    assert.equal(analyzer.stats.sectionAnalyses, before, 'no new section analysis');
    assert.equal(analyzer.stats.lastReused, true);
    assert.deepEqual(moved, analyze(edited));
  });
});

describe('robustness: chunked parsing equals parsing the whole slice', function () {
  this.timeout(120_000);

  // What the core reads from one GFM parse of the whole slice, with the document's link definitions
  // before it (as the chunked parse has them): blocks, syntax ranges and heading marks.
  const wholeParse = unified().use(remarkParse).use(remarkGfm).freeze();
  function oracle(text: string): string[] {
    const labels = [...linkLabels(text)].sort();
    const defs = labels.length > 0 ? `${labels.map((l) => `[${l}]: #`).join('\n')}\n\n` : '';
    // remark-parse skips a byte-order mark at the start of the document without counting it.
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    // Only the first: the text after it must not start with another (put behind a line break).
    const rest = text.slice(bom);
    const prefix = defs === '' && rest.charCodeAt(0) === 0xfeff ? '\n' : defs;
    const source = prefix + rest;
    return describe(extractFacts(wholeParse.parse(source), source, prefix.length, prefix.length - bom));
  }

  function describe(facts: { blocks: { kind: string; start: number; end: number; bold?: boolean }[]; syntax: Array<[number, number]>; headings: { start: number; end: number; depth: number; setext?: boolean }[] }): string[] {
    return [
      ...facts.blocks.map((b) => `${b.kind}:${b.start}-${b.end}${b.bold ? ' bold' : ''}`),
      ...merged(facts.syntax).map(([s, e]) => `syntax:${s}-${e}`),
      ...facts.headings.map((h) => `mark:${h.start}-${h.end} ${h.depth}${h.setext ? ' setext' : ''}`),
    ];
  }

  /** Syntax ranges as the mask sees them: overlapping and adjacent ranges joined. */
  function merged(ranges: Array<[number, number]>): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
      const last = out[out.length - 1];
      if (last && s <= last[1]) last[1] = Math.max(last[1], e);
      else out.push([s, e]);
    }
    return out;
  }

  const blocks = (text: string) => {
    const f = parseSlice(text, { start: 0, end: text.length }, { labels: linkLabels(text) });
    return describe({
      blocks: f.blocks.map((b) => ({ kind: b.kind, start: b.span.start, end: b.span.end, bold: b.bold })),
      syntax: f.syntax.map((s) => [s.start, s.end] as [number, number]),
      headings: f.headings.map((h) => ({ start: h.at, end: h.end, depth: h.depth, setext: h.setext })),
    });
  };

  /**
   * remark-parse (micromark) quirk: after an indented code block, an empty list item ("- " alone) comes
   * out as a paragraph of its marker; CommonMark makes it an empty list item, as a chunk parsed on its
   * own does.
   */
  const markerOnly = (text: string) => (b: string) => {
    const [, s, e] = /^paragraph:(\d+)-(\d+)$/.exec(b) ?? [];
    return s !== undefined && /^([-*+]|\d{1,9}[.)])$/.test(text.slice(Number(s), Number(e)).trim());
  };

  it('on random Markdown with fences, HTML blocks, lists, tables and footnotes', () => {
    fc.assert(
      fc.property(markdownDoc, (text) => {
        const ignore = markerOnly(text);
        assert.deepEqual(blocks(text).filter((b) => !ignore(b)), oracle(text).filter((b) => !ignore(b)), `chunks at ${JSON.stringify(chunkStarts(text))}`);
      }),
      { numRuns: RUNS * 2, seed: seed(1065) },
    );
  });

  it('on the example drafts', () => {
    for (const { name, text } of EXAMPLES) assert.deepEqual(blocks(text), oracle(text), name);
  });

  it('on plain prose, read without the parser, and on prose with one line or one mark of syntax in it', () => {
    // Lines of prose (the fast path), with trailing blanks, non-breaking spaces and any line ends; and
    // now and then a line that is Markdown syntax, which sends its chunk to the parser.
    const start = fc.constantFrom('We', 'the', 'Item', '\u201CQuoted\u201D', '(a)', '"x"', "'y'", '\u00A0nbsp', '\u00E9t\u00E9', '\u4E2D');
    const syntax = fc.constantFrom('# Heading', '- item', '1. item', '> quote', '```', '===', '---', '    code', '<div>', '[a]: b', '| a | b |', '\uFEFFbom', ' leading', '\tTab');
    const line = fc.oneof({ weight: 12, arbitrary: fc.tuple(start, proseLike, fc.constantFrom('', ' ', '  ', '\t', '\u00A0')).map(([a, b, c]) => `${a} ${b.replace(/[\r\n]/g, ' ')}${c}`) }, { weight: 1, arbitrary: syntax }, { weight: 3, arbitrary: fc.constantFrom('', ' ', '\t') });
    const doc = fc.tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r')).map(([lines, nl]) => lines.join(nl));
    fc.assert(
      fc.property(doc, (text) => {
        const ignore = markerOnly(text);
        assert.deepEqual(blocks(text).filter((b) => !ignore(b)), oracle(text).filter((b) => !ignore(b)));
      }),
      { numRuns: RUNS * 2, seed: seed(1066) },
    );
  });
});
