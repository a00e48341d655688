// Inputs the checker refuses (too large, binary) and faults it contains (a rule or recogniser that
// throws): one clear message instead of a slow, empty or broken report.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze, DEFAULT_MAX_BYTES, ELEMENTS, REFUSAL_RULES } from '../../server/src/core';
import { RULES, type RuleDef } from '../../server/src/core/rules/registry';
import { EXAMPLES, REPO_ROOT } from './arbitraries';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const missingDraft = EXAMPLES.find((e) => e.name === 'missing-elements-draft.md')!.text;

describe('robustness: size limit', () => {
  it('a file above 10 MB gets one information finding that says why it is not checked', () => {
    const filler = 'Filler line of an exhibit that makes the file very large.\n';
    const text = `# Item 1C. Cybersecurity\n\n${filler.repeat(Math.ceil((DEFAULT_MAX_BYTES + 1) / filler.length))}`;
    const report = analyze(text);
    assert.equal(report.findings.length, 1);
    const [f] = report.findings;
    assert.equal(f.rule, REFUSAL_RULES.tooLarge);
    assert.equal(f.severity, 'information');
    assert.deepEqual(f.span, { start: 0, end: 0 });
    assert.match(f.message, /larger than 10 MB/);
    assert.match(f.message, /item1c\.maxFileSizeMB/);
    assert.equal(report.section.found, false);
    assert.deepEqual(report.elements, []);
  });

  it('counts UTF-8 bytes, not characters', () => {
    const euro = '\u20AC'.repeat(400); // 1,200 bytes in 400 characters
    assert.equal(analyze(`# Item 1C. Cybersecurity\n\n${euro}`, { maxBytes: 1000 }).findings[0]?.rule, REFUSAL_RULES.tooLarge);
    assert.notEqual(analyze(`# Item 1C. Cybersecurity\n\n${'e'.repeat(400)}`, { maxBytes: 1000 }).findings[0]?.rule, REFUSAL_RULES.tooLarge);
  });

  it('the limit is configurable, and 0 or Infinity turns it off', () => {
    assert.equal(analyze(missingDraft, { maxBytes: 100 }).findings.length, 1);
    const normal = analyze(missingDraft).findings.length;
    assert.ok(normal > 1);
    assert.equal(analyze(missingDraft, { maxBytes: 0 }).findings.length, normal);
    assert.equal(analyze(missingDraft, { maxBytes: Infinity }).findings.length, normal);
  });
});

describe('robustness: binary content', () => {
  it('NUL bytes: one finding saying the file looks binary', () => {
    const report = analyze(`${missingDraft}\u0000\u0000`);
    assert.deepEqual(
      report.findings.map((f) => [f.rule, f.severity]),
      [[REFUSAL_RULES.binary, 'information']],
    );
    assert.match(report.findings[0].message, /looks binary.*NUL/);
  });

  it('mostly control characters: refused; a few form feeds or vertical tabs in a draft: checked', () => {
    const noise = Array.from({ length: 2000 }, (_, i) => String.fromCharCode(1 + (i % 8))).join('');
    assert.equal(analyze(noise, { check: 'always' }).findings[0]?.rule, REFUSAL_RULES.binary);
    const fine = analyze(missingDraft.replace(/\n\n/, '\n\f\n').replace(/\. /, '.\u000B '));
    assert.ok(!fine.findings.some((f) => f.rule === REFUSAL_RULES.binary));
    assert.ok(fine.section.found);
  });
});

describe('robustness: the CLI on refused files', function () {
  this.timeout(30_000);
  let dir = '';
  before(() => {
    if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'item1c-limits-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, 'check', ...args], { cwd: dir, encoding: 'utf8' });

  it('prints a clear message for a binary file and exits 2, still checking the other files', () => {
    fs.writeFileSync(path.join(dir, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    fs.writeFileSync(path.join(dir, 'nul.md'), `# Item 1C. Cybersecurity\n\nText\u0000with a NUL.\n`);
    fs.writeFileSync(path.join(dir, 'draft.md'), missingDraft);
    const r = run('image.md', 'nul.md', 'draft.md');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /image\.md: .*(not valid UTF-8|binary)/);
    assert.match(r.stderr, /nul\.md: Not checked: this file looks binary/);
    assert.match(r.stdout, /draft\.md/);
  });

  it('prints a clear message for a file above --max-file-size-mb and exits 2', () => {
    fs.writeFileSync(path.join(dir, 'big.md'), missingDraft.repeat(20));
    const r = run('--max-file-size-mb', '0.01', 'big.md');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /big\.md: Not checked: this file is larger than 0\.01 MB|big\.md: Not checked: this file is larger than/);
    const bad = run('--max-file-size-mb', 'lots', 'big.md');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--max-file-size-mb expects a positive number/);
  });
});

describe('robustness: faults are contained', () => {
  it('a rule that throws becomes one internal-error finding; the other rules still report', () => {
    const rules = RULES as RuleDef[];
    const throwing: RuleDef = {
      id: 'test-throwing-rule',
      description: 'Throws, for the robustness test.',
      tags: ['test'],
      defaultSeverity: 'warning',
      fixable: false,
      check() {
        throw new Error('boom');
      },
    };
    const baseline = analyze(missingDraft);
    // Test hook: RULES is a plain array; the rule is appended for this test only.
    rules.push(throwing);
    try {
      const report = analyze(missingDraft);
      const internal = report.findings.filter((f) => f.rule === 'internal-error');
      assert.equal(internal.length, 1);
      assert.match(internal[0].message, /test-throwing-rule could not run: boom/);
      assert.deepEqual(
        report.findings.filter((f) => f.rule !== 'internal-error'),
        baseline.findings,
      );
    } finally {
      rules.splice(rules.indexOf(throwing), 1);
    }
  });

  it('a recogniser that throws marks only its element as not checked', () => {
    const element = ELEMENTS[0];
    const original = element.recognise;
    const baseline = analyze(missingDraft);
    (element as { recognise: typeof original }).recognise = () => {
      throw new Error('recogniser fault');
    };
    try {
      const report = analyze(missingDraft);
      const verdict = report.elements.find((v) => v.id === element.id)!;
      assert.match(verdict.reason, /Could not be checked: recogniser fault/);
      assert.deepEqual(
        report.elements.filter((v) => v.id !== element.id),
        baseline.elements.filter((v) => v.id !== element.id),
      );
    } finally {
      (element as { recognise: typeof original }).recognise = original;
    }
  });
});
