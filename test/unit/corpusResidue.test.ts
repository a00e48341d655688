// Filed Item 1C sections have been through every review a company has: whatever drafting residue
// they contain is deliberate. No residue rule may fire on them. When this fails, fix the rule, never
// the data.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, LineIndex, RULES } from '../../server/src/core';

const CORPUS = path.resolve(__dirname, '../../../shared/corpus/dev');
const RESIDUE = RULES.filter((r) => r.tags.includes('residue')).map((r) => r.id);

describe('residue rules on the filed corpus', function () {
  this.timeout(60_000);

  it('has residue rules to check', () => {
    assert.ok(RESIDUE.length >= 10, RESIDUE.join(', '));
  });

  const files = fs.existsSync(CORPUS) ? fs.readdirSync(CORPUS).filter((f) => f.endsWith('.md') && f !== 'INDEX.md').sort() : [];

  it('finds the corpus', () => {
    assert.ok(files.length > 50, `corpus at ${CORPUS} has ${files.length} files`);
  });

  for (const file of files) {
    it(file, () => {
      const text = fs.readFileSync(path.join(CORPUS, file), 'utf8');
      // Check every file as a draft, so that files without a recognised heading are covered too.
      const report = analyze(text, { check: 'always' });
      const lines = new LineIndex(text);
      const hits = report.findings.filter((f) => RESIDUE.includes(f.rule));
      assert.deepEqual(
        hits.map((f) => `${f.rule} line ${lines.positionAt(f.span.start).line + 1}: ${JSON.stringify(text.slice(f.span.start, f.span.end))}`),
        [],
      );
    });
  }
});
