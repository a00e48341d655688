// Inputs no draft has, on which parsing or reporting once took seconds or tens of seconds: containers
// nested thousands deep, tens of thousands of brackets, a table thousands of columns wide. The core must
// bound its work on them (see server/src/core/markdown/limits.ts and findingsCap.ts). The tests assert
// the bound itself (how chunks were read, how many findings and blocks came out); the only clock is a
// generous guard that tells a hang from a slow run.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze, createAnalyzer, MAX_FINDINGS, TOO_MANY_FINDINGS, type Report } from '../../server/src/core';
import { MAX_NESTING, MAX_TABLE_PIPES, readAs } from '../../server/src/core/markdown/limits';
import { EXAMPLES, REPO_ROOT } from './arbitraries';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
/** Tells a hang from a slow machine: every case answers in well under a second. */
const HANG_MS = 5_000;

const complete = EXAMPLES.find((e) => e.name === 'complete-draft.md')!.text;
const missing = EXAMPLES.find((e) => e.name === 'missing-elements-draft.md')!.text;

/** A draft of about 20 KB: the complete example's body repeated under one Item 1C heading. */
function draft20k(): string {
  const body = complete.replace(/^# Item 1C\. Cybersecurity\n/, '');
  let text = '# Item 1C. Cybersecurity\n';
  while (text.length < 20_000) text += body;
  return text;
}

const DEEP_LIST = `${draft20k()}\n\n${'- '.repeat(10_000)}x\n`;
const BRACKETS = `${missing}\n\n${'['.repeat(100_000)}\n`;
const WIDE_TABLE = `${complete}\n\n${'| a '.repeat(10_000)}|\n${'|---'.repeat(10_000)}|\n${'| b '.repeat(10_000)}|\n`;

function guarded(text: string): { report: Report; stats: ReturnType<typeof createAnalyzer>['stats'] } {
  const analyzer = createAnalyzer();
  const started = performance.now();
  const report = analyzer.analyze(text);
  const ms = performance.now() - started;
  assert.ok(ms < HANG_MS, `took ${ms.toFixed(0)} ms`);
  return { report, stats: analyzer.stats };
}

describe('robustness: bounded work on inputs no draft has', function () {
  this.timeout(60_000);

  it(`a list nested 10,000 deep is read as plain text, not parsed (nesting above ${MAX_NESTING})`, () => {
    const line = `${'- '.repeat(10_000)}x\n`;
    assert.equal(readAs(line).markdown, false);
    assert.equal(readAs(`${'- '.repeat(MAX_NESTING)}x\n`).markdown, true, 'nesting up to the limit is parsed');
    const { report, stats } = guarded(DEEP_LIST);
    assert.ok(report.section.found);
    assert.equal(stats.chunksRead.text, 1, 'the one chunk of the list, and nothing else, is read as text');
    assert.ok(stats.chunksRead.commonmark + stats.chunksRead.prose > 10, 'the rest of the draft is read as Markdown');
    // Read as text, the list is one paragraph: the verdicts of the draft stay what they are without it.
    assert.deepEqual(report.elements.map((v) => v.status), analyze(draft20k()).elements.map((v) => v.status));
  });

  it('the same list nested by indentation is bounded too', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `${' '.repeat(2 * i)}- x`).join('\n');
    assert.equal(readAs(lines).markdown, false);
    assert.equal(guarded(`${complete}\n\n${lines}\n`).stats.chunksRead.text, 1);
  });

  it(`100,000 brackets: at most ${MAX_FINDINGS} findings besides the element verdicts, and one that says how many more`, () => {
    const { report } = guarded(BRACKETS);
    const baseline = analyze(missing);
    // Every element verdict and its finding survive the cap.
    assert.deepEqual(report.elements.map((v) => [v.id, v.status]), baseline.elements.map((v) => [v.id, v.status]));
    const elementFindings = (r: Report) => r.findings.filter((f) => f.rule === 'element-missing' || f.rule === 'element-partial').map((f) => [f.rule, f.element, f.span.start]);
    assert.deepEqual(elementFindings(report), elementFindings(baseline));
    const others = report.findings.filter((f) => f.rule !== 'element-missing' && f.rule !== 'element-partial');
    assert.equal(others.length, MAX_FINDINGS + 1);
    const notice = others.filter((f) => f.rule === TOO_MANY_FINDINGS);
    assert.equal(notice.length, 1);
    assert.equal(notice[0].severity, 'information');
    assert.deepEqual(notice[0].span, report.section.headingSpan);
    // One unmatched-bracket finding per bracket, beside the draft's own: the notice counts the rest.
    const own = baseline.findings.filter((f) => f.rule !== 'element-missing' && f.rule !== 'element-partial').length;
    const more = Number(/^([\d,]+) more findings/.exec(notice[0].message)?.[1].replace(/,/g, ''));
    assert.equal(more, own + 100_000 - MAX_FINDINGS, notice[0].message);
  });

  it('a draft with fewer findings than the cap reports all of them and no notice', () => {
    const text = `${missing}\n\n${'[TBD] '.repeat(50)}\n`;
    const report = analyze(text);
    assert.ok(!report.findings.some((f) => f.rule === TOO_MANY_FINDINGS));
    assert.ok(report.findings.filter((f) => f.rule === 'residue-unfinished').length >= 50);
  });

  it(`a table 10,000 columns wide is parsed without GFM: no block per cell (more than ${MAX_TABLE_PIPES} pipes on a line)`, () => {
    assert.equal(readAs(`${'| a '.repeat(10_000)}|\n`).gfmAllowed, false);
    assert.equal(readAs(`${'| a '.repeat(MAX_TABLE_PIPES - 1)}|\n`).gfmAllowed, true);
    const { report, stats } = guarded(WIDE_TABLE);
    assert.equal(stats.chunksRead.gfm, 0);
    const inTable = report.sentences.filter((s) => s.span.start >= complete.length);
    assert.ok(inTable.length <= 3, `${inTable.length} sentences from the table`);
    // A narrow table in the same place is still read cell by cell.
    const narrow = createAnalyzer();
    const cells = narrow.analyze(`${complete}\n\n| a | b |\n|---|---|\n| c | d |\n`).sentences.filter((s) => s.span.start >= complete.length);
    assert.equal(narrow.stats.chunksRead.gfm, 1);
    assert.equal(cells.length, 4);
  });

  describe('the CLI', () => {
    let dir = '';
    before(() => {
      if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'item1c-bounded-'));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    for (const [name, text] of [
      ['deep-list.md', DEEP_LIST],
      ['brackets.md', BRACKETS],
      ['wide-table.md', WIDE_TABLE],
    ] as const) {
      it(`checks ${name} and exits on its own`, () => {
        fs.writeFileSync(path.join(dir, name), text);
        const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', name], { cwd: dir, encoding: 'utf8', timeout: HANG_MS * 2, maxBuffer: 64 * 1024 * 1024 });
        assert.equal(r.signal, null, `killed: ${r.error?.message ?? ''}`);
        assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
        const out = JSON.parse(r.stdout) as { files: { diagnostics: unknown[]; elements: unknown[] }[] };
        assert.equal(out.files[0].elements.length, 12);
        assert.ok(out.files[0].diagnostics.length <= MAX_FINDINGS + 13, `${out.files[0].diagnostics.length} diagnostics`);
      });
    }
  });
});
