// `item1c xbrl` and `item1c import` end to end: the shipped bundle is spawned as a CI job would.
// `npm test` builds first; run `npm run build` before running this file on its own.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { FIXTURES, parseXml, ROOT, SEED_RENDERING, seedDraft, elements } from './helpers';

const CLI = path.join(ROOT, 'dist', 'cli.js');

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonFact {
  element: string;
  kind: 'textBlock' | 'flag';
  value: boolean | 'undetermined' | null;
  text: string | null;
  startLine: number | null;
  endLine: number | null;
  reason: string;
  tagged: boolean;
  ranges: { startLine: number; endLine: number }[];
}

describe('xbrl: command line', function () {
  let dir: string;
  let draft: string;

  before(function () {
    assert.ok(fs.existsSync(CLI), 'dist/cli.js is missing: run `npm run build` first');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'item1c-xbrl-'));
    draft = path.join(dir, 'seed.md');
    fs.writeFileSync(draft, seedDraft());
  });

  after(function () {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  describe('item1c xbrl', function () {
    it('prints the tagging plan as JSON in the published shape', function () {
      const r = run(['xbrl', draft]);
      assert.equal(r.status, 0, r.stderr);
      const doc = JSON.parse(r.stdout) as { version: string; files: { path: string; form: string; facts: JsonFact[]; untagged: unknown[] }[] };
      assert.equal(doc.files.length, 1);
      const file = doc.files[0];
      assert.equal(file.path, draft);
      assert.equal(file.form, '20-F');
      assert.equal(file.facts.length, 16);
      assert.deepEqual(file.untagged, []);
      const lines = fs.readFileSync(draft, 'utf8').split('\n');
      for (const f of file.facts) {
        assert.ok(!f.element.includes(':'), 'element names have no prefix');
        assert.ok(f.kind === 'textBlock' || f.kind === 'flag');
        assert.equal(typeof f.reason, 'string');
        if (f.kind === 'textBlock') assert.equal(f.value, null);
        else assert.equal(typeof f.value, 'boolean');
        assert.equal(typeof f.text, 'string');
        assert.ok(f.startLine! >= 1 && f.endLine! >= f.startLine!);
        // The first line of the range holds the start of the text.
        assert.ok(lines[f.startLine! - 1].includes(f.text!.split('\n')[0].slice(0, 30)), `${f.element} line ${f.startLine}`);
      }
      const integrated = file.facts.find((f) => f.element === 'CybersecurityRiskManagementProcessesIntegratedFlag')!;
      assert.equal(integrated.value, true);
      assert.equal(integrated.text, 'We have also integrated cybersecurity risk management into our overall enterprise risk management system.');
      assert.equal(integrated.startLine, integrated.endLine);
    });

    it('lists undetermined flags with a reason and no text', function () {
      const file = path.join(dir, 'thin.md');
      fs.writeFileSync(file, '# Item 1C. Cybersecurity\n\nOur Board of Directors oversees cybersecurity risk.\n');
      const r = run(['xbrl', '--format', 'json', file]);
      assert.equal(r.status, 0);
      const doc = JSON.parse(r.stdout);
      const engaged = doc.files[0].facts.find((f: JsonFact) => f.element === 'CybersecurityRiskManagementThirdPartyEngagedFlag');
      assert.deepEqual([engaged.value, engaged.text, engaged.startLine, engaged.tagged], ['undetermined', null, null, false]);
      assert.ok(doc.files[0].untagged.some((u: { element: string; reason: string }) => u.element === engaged.element && /never says/.test(u.reason)));
      assert.equal(doc.files[0].form, '10-K');
    });

    it('reports an unreadable file and still plans the others, exit 2', function () {
      const r = run(['xbrl', path.join(dir, 'nope.md'), draft]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /nope\.md: no such file/);
      const doc = JSON.parse(r.stdout);
      assert.deepEqual(doc.files[0], { path: path.join(dir, 'nope.md'), error: 'no such file' });
      assert.equal(doc.files[1].facts.length, 16);
    });

    it('writes a well-formed Inline XBRL fragment with --format ixbrl', function () {
      const r = run(['xbrl', '--format', 'ixbrl', '--context', 'FY2024', draft]);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(XMLValidator.validate(r.stdout), true);
      const root = parseXml(r.stdout);
      const facts = elements(root).filter((e) => e.name === 'ix:nonNumeric');
      assert.equal(facts.length, 16);
      assert.ok(facts.every((e) => e.attrs.contextRef === 'FY2024'));
    });

    const usage: [string, string[], RegExp][] = [
      ['two files with --format ixbrl', ['xbrl', '--format', 'ixbrl', 'a.md', 'b.md'], /one fragment: give one file/],
      ['an unknown format', ['xbrl', '--format', 'xml', 'a.md'], /--format expects json or ixbrl, not 'xml'/],
      ['a context that is not an XML name', ['xbrl', '--context', '1 2', 'a.md'], /--context expects an XML name/],
      ['no file', ['xbrl'], /no files given/],
      ['an unknown option', ['xbrl', '--frobnicate', 'a.md'], /unknown option '--frobnicate'/],
    ];
    for (const [what, args, message] of usage) {
      it(`refuses ${what}, exit 2`, function () {
        const r = run(args);
        assert.equal(r.status, 2);
        assert.equal(r.stdout, '');
        assert.match(r.stderr, message);
        assert.match(r.stderr, /Usage: item1c xbrl/);
      });
    }

    it('has its own help', function () {
      const r = run(['xbrl', '--help']);
      assert.equal(r.status, 0);
      assert.match(r.stdout, /^Usage: item1c xbrl \[options\] FILE\.\.\./);
    });
  });

  describe('item1c import', function () {
    it('writes the Markdown draft to standard output', function () {
      const r = run(['import', SEED_RENDERING]);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, seedDraft());
      assert.equal(r.stderr, '');
    });

    it('writes it to a file with -o, and reads the HTML page too', function () {
      const out = path.join(dir, 'from-html.md');
      const r = run(['import', path.join(FIXTURES, '20f-item16k-cyd-rendering.html'), '-o', out]);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /wrote .*from-html\.md \(Form 20-F\)/);
      assert.equal(fs.readFileSync(out, 'utf8'), seedDraft());
    });

    it('honours --form', function () {
      const r = run(['import', '--form', '10-K', SEED_RENDERING]);
      assert.equal(r.status, 0);
      assert.match(r.stdout, /\n# Item 1C\. Cybersecurity\n/);
    });

    it('prints warnings for rows it skipped, on standard error', function () {
      const r = run(['import', path.join(FIXTURES, '10k-rendering.txt')]);
      assert.equal(r.status, 0);
      assert.match(r.stderr, /warning: skipped the flag .*"maybe"/);
    });

    const bad: [string, () => string[], RegExp][] = [
      ['unrecognised input', () => ['import', path.join(FIXTURES, 'not-a-rendering.txt')], /no cyd cybersecurity facts found/],
      ['a page with flags only', () => ['import', path.join(FIXTURES, 'flags-only.txt')], /no text blocks/],
      ['a missing file', () => ['import', path.join(dir, 'missing.txt')], /no such file/],
      ['a directory', () => ['import', dir], /is a directory/],
    ];
    for (const [what, args, message] of bad) {
      it(`fails with exit 2 and writes nothing for ${what}`, function () {
        const out = path.join(dir, `out-${what.replace(/\W+/g, '-')}.md`);
        const r = run([...args(), '-o', out]);
        assert.equal(r.status, 2);
        assert.equal(r.stdout, '');
        assert.match(r.stderr, message);
        assert.ok(!fs.existsSync(out), 'no output file');
        assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left');
      });
    }

    it('refuses to overwrite its input', function () {
      const copy = path.join(dir, 'copy.txt');
      fs.copyFileSync(SEED_RENDERING, copy);
      const r = run(['import', copy, '-o', copy]);
      assert.equal(r.status, 2);
      assert.equal(fs.readFileSync(copy, 'utf8'), fs.readFileSync(SEED_RENDERING, 'utf8'));
    });

    it('refuses bad usage with exit 2', function () {
      for (const args of [['import'], ['import', 'a', 'b'], ['import', '--form', '8-K', 'a'], ['import', '-o']]) {
        const r = run(args);
        assert.equal(r.status, 2, args.join(' '));
        assert.match(r.stderr, /Usage: item1c import/);
      }
    });
  });

  it('the main usage names both commands', function () {
    const r = run(['--help']);
    assert.match(r.stdout, /item1c xbrl /);
    assert.match(r.stdout, /item1c import /);
  });
});
