// The specificity score through the shipped CLI bundle: `check --format json` carries the section's
// number and each paragraph's grade and signals with 1-based ranges, and `report` (HTML and Markdown)
// prints the same number. Both are compared with the core's report of the same draft.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze, specificityOf } from '../../server/src/core';
import { byId, parsePage, textOf } from '../support/html';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const COMPLETE = 'examples/complete-draft.md';

function run(args: string[]): string {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1739529120' } });
  if (result.error) throw result.error;
  return result.stdout;
}

interface JsonParagraph {
  startLine: number;
  endLine: number;
  grade: number;
  points: number;
  words: number;
  counted: { family: string; label: string; items: string[]; points: number }[];
  signals: { family: string; text: string; startLine: number; startColumn: number; endLine: number; endColumn: number }[];
}

describe('specificity in check --format json and in the report', function () {
  this.timeout(20_000);
  const draft = fs.readFileSync(path.join(ROOT, COMPLETE), 'utf8');
  const core = specificityOf(analyze(draft))!;
  const lines = draft.split('\n');

  it('check --format json: the section number and every graded paragraph with what it counted', () => {
    const file = JSON.parse(run(['check', '--format', 'json', COMPLETE])).files[0] as { specificity: { score: number; paragraphs: JsonParagraph[] } };
    assert.equal(file.specificity.score, core.score);
    assert.equal(file.specificity.paragraphs.length, core.paragraphs.length);
    file.specificity.paragraphs.forEach((p, i) => {
      assert.equal(p.grade, core.paragraphs[i].grade);
      assert.deepEqual(p.counted.map((c) => c.family), core.paragraphs[i].tally.map((t) => t.family));
      for (const s of p.signals) {
        // 1-based lines and columns that point at the signal's text.
        assert.equal(s.startLine, s.endLine);
        assert.equal(lines[s.startLine - 1].slice(s.startColumn - 1, s.endColumn - 1), s.text);
      }
    });
    assert.ok(file.specificity.paragraphs.some((p) => p.signals.length > 0));
  });

  it('check --format json: null for a file without the section', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'item1c-specificity-'));
    try {
      const notes = path.join(dir, 'notes.md');
      fs.writeFileSync(notes, '# Notes\n\nNothing about cybersecurity in this file, and no Item 1C heading.\n');
      const file = JSON.parse(run(['check', '--format', 'json', notes])).files[0] as { section: { found: boolean }; specificity: unknown };
      assert.equal(file.section.found, false);
      assert.equal(file.specificity, null);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('report: the HTML summary and the Markdown summary print the section number', () => {
    const page = parsePage(run(['report', COMPLETE]));
    const line = textOf(byId(page.document, 'specificity')!);
    assert.deepEqual(page.errors, []);
    assert.ok(line.includes(`Specificity: ${core.score!.toFixed(1)} of 4 over ${core.paragraphs.length} paragraphs`), line);
    const md = run(['report', '--format', 'md', COMPLETE]);
    assert.ok(md.includes(`**Specificity:** ${core.score!.toFixed(1)} of 4 over ${core.paragraphs.length} paragraphs`), md.slice(0, 1500));
    const generic = core.paragraphs.filter((p) => p.grade === 1).length;
    const byGrade = [1, 2, 3, 4].map((g) => `${g}: ${core.paragraphs.filter((p) => p.grade === g).length}`).join(', ');
    assert.ok(md.includes(`(by grade ${byGrade})`), `by grade ${byGrade}; ${generic} generic`);
  });
});
