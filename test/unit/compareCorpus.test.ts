// The comparison on real filings: pairs of one company's Item 1C sections a year apart, from the dev
// corpus. What each test asserts is what reading the two years side by side shows.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareTexts, type Comparison, type ElementComparison } from '../../server/src/core/compare';
import { elementWordDiff } from '../../server/src/core/compare/wordDiff';

const CORPUS = path.resolve(__dirname, '../../../shared/corpus/dev');

function compareFiles(last: string, current: string): Comparison {
  return compareTexts(fs.readFileSync(path.join(CORPUS, last), 'utf8'), fs.readFileSync(path.join(CORPUS, current), 'utf8'));
}

function byChange(c: Comparison, change: ElementComparison['change']): string[] {
  return c.elements.filter((e) => e.change === change).map((e) => e.id);
}

/** Sentences of this year's section that are not verbatim from last year's, across all elements. */
function freshSentences(c: Comparison): string[] {
  return [...new Set(c.elements.flatMap((e) => e.this.sentences.filter((s) => !s.verbatim).map((s) => s.text)))];
}

describe('compare on filed sections a year apart', function () {
  this.timeout(20_000);

  it('Tesla 2023 to 2024: only the year of the ISO 27001 certification was rolled forward', () => {
    // Read side by side, the two sections differ in one sentence ("As of 2023" -> "As of 2024") and a page number.
    const c = compareFiles('tsla-2023-f2740471.md', 'tsla-2024-1e620d91.md');
    assert.equal(c.elements.length, 12);
    assert.ok(c.verbatimShare > 0.95, `verbatim share ${c.verbatimShare}`);
    assert.equal(c.sentences.total - c.sentences.verbatim, 1);
    assert.deepEqual(byChange(c, 'new'), []);
    assert.deepEqual(byChange(c, 'dropped'), []);
    for (const e of c.elements.filter((x) => x.change === 'edited')) {
      // An element is edited only because its text holds that sentence, and the diff is the year alone.
      assert.deepEqual(freshSentences({ ...c, elements: [e] }).map((t) => t.slice(0, 10)), ['As of 2024'], e.id);
      const changed = elementWordDiff(e.last, e.this).filter((p) => p.op !== 'equal');
      assert.deepEqual(changed, [{ op: 'removed', text: '2023' }, { op: 'added', text: '2024' }], e.id);
    }
    assert.ok(byChange(c, 'unchanged').length >= 10, `unchanged: ${byChange(c, 'unchanged').join(', ')}`);
    assert.deepEqual(c.fiscalYears, { last: 2023, this: 2024 });
    assert.deepEqual(c.diagnostics, []);
  });

  it("Tesla's 2023 section taken unchanged as the 2024 draft: the carried-forward year is flagged", () => {
    const text = fs.readFileSync(path.join(CORPUS, 'tsla-2023-f2740471.md'), 'utf8');
    const c = compareTexts(text, text);
    assert.equal(c.verbatimShare, 1);
    assert.deepEqual(byChange(c, 'unchanged').length, 12);
    assert.equal(c.diagnostics.length, 1);
    const [d] = c.diagnostics;
    assert.equal(d.rule, 'carried-fiscal-year');
    assert.equal(text.slice(d.span.start, d.span.end), 'As of 2023');
    assert.match(d.message, /this draft is for fiscal 2024/);
  });

  it('Nike 2024 to 2025: the board is now updated quarterly instead of annually; nothing else changed', () => {
    const c = compareFiles('nke-2024-957e216d.md', 'nke-2025-36461678.md');
    assert.deepEqual(byChange(c, 'edited'), ['board-informed']);
    assert.equal(byChange(c, 'unchanged').length, 11);
    const diff = elementWordDiff(c.elements.find((e) => e.id === 'board-informed')!.last, c.elements.find((e) => e.id === 'board-informed')!.this);
    assert.deepEqual(
      diff.filter((p) => p.op !== 'equal').map((p) => `${p.op} ${p.text}`),
      ['removed an annual', 'added a quarterly'],
    );
    assert.ok(c.verbatimShare > 0.9 && c.verbatimShare < 1, `verbatim share ${c.verbatimShare}`);
    assert.deepEqual(c.diagnostics, []);
  });

  it('Upwork 2024 to 2025: every paragraph rewritten, two governance sentences kept word for word', () => {
    const c = compareFiles('upwk-2024-f33c62ee.md', 'upwk-2025-b1fa2091.md');
    assert.deepEqual(byChange(c, 'edited').length, 12);
    assert.ok(c.verbatimShare < 0.1, `verbatim share ${c.verbatimShare}`);
    assert.equal(c.sentences.verbatim, 2);
    const kept = [...new Set(c.elements.flatMap((e) => e.this.sentences.filter((s) => s.verbatim).map((s) => s.text.slice(0, 40))))];
    assert.deepEqual(kept.sort(), ['Among its focus areas, our audit committe', 'While everyone at Upwork plays a part in'].map((s) => s.slice(0, 40)).sort());
    // "the audit, risk and compliance committee ..., which we refer to as our audit committee" defines the
    // short name it keeps using: no rename in one place only.
    assert.deepEqual(c.diagnostics, []);
  });

  it('Apple 2023 to 2024: the 2023 section said "Not applicable", so every element is new', () => {
    const c = compareFiles('aapl-2023-bc695438.md', 'aapl-2024-02608a8d.md');
    assert.deepEqual(byChange(c, 'new').length, 12);
    assert.equal(c.verbatimShare, 0);
    for (const e of c.elements) assert.deepEqual(e.last.sentences, [], e.id);
    assert.deepEqual(c.diagnostics, []);
  });

  it('no carried-forward finding on any filed pair of consecutive years in the corpus', () => {
    const files = fs.readdirSync(CORPUS).filter((f) => /^[a-z]+-20\d\d-/.test(f)).sort();
    let pairs = 0;
    for (let i = 1; i < files.length; i++) {
      if (files[i].split('-')[0] !== files[i - 1].split('-')[0]) continue;
      pairs++;
      const c = compareFiles(files[i - 1], files[i]);
      assert.deepEqual(c.diagnostics.map((d) => d.message), [], `${files[i - 1]} -> ${files[i]}`);
      assert.equal(c.elements.length, 12);
    }
    assert.ok(pairs >= 20, `only ${pairs} pairs`);
  });
});
