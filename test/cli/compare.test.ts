// `item1c compare` end to end: the shipped bundle spawned as a CI job would, on real files.
// `npm test` builds first; run `npm run build` before running this file on its own.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { runCompare } from '../../server/src/cli/compare';
import { draftDocx } from '../support/wordDocs';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const CORPUS = path.resolve(ROOT, '../shared/corpus/dev');
const FIXTURES = path.join(ROOT, 'test', 'fixtures-compare');
const NKE_2024 = path.join(CORPUS, 'nke-2024-957e216d.md');
const NKE_2025 = path.join(CORPUS, 'nke-2025-36461678.md');
const LAST = path.join(FIXTURES, 'last-2023.md');

const ELEMENT_IDS = ['processes', 'erm-integration', 'third-party-assessors', 'service-provider-oversight', 'material-effect', 'board-oversight', 'board-committee', 'board-informed', 'management-positions', 'management-expertise', 'management-informed', 'reports-to-board'];

function run(args: string[], env: NodeJS.ProcessEnv = process.env): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, 'compare', ...args], { cwd: ROOT, env, encoding: 'utf8' });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonSide {
  status: string;
  text: string;
  sentences: { startLine: number; startColumn: number; endLine: number; endColumn: number; text: string; verbatim: boolean }[];
}
interface JsonComparison {
  version: string;
  last: { path: string; read: string; form: string | null; fiscalYear: number | null };
  this: { path: string; read: string; form: string | null; fiscalYear: number | null };
  elements: { id: string; title: string; change: string; last: JsonSide; this: JsonSide; diff?: { op: string; text: string }[] }[];
  verbatimShare: number;
  sentences: { total: number; verbatim: number };
  diagnostics: { rule: string; severity: string; message: string; startLine: number; startColumn: number; endLine: number; endColumn: number; last: { startLine: number } | null }[];
  summary: Record<string, number>;
}

describe('item1c compare (CLI)', function () {
  this.timeout(30_000);

  it('--format json: twelve elements in disclosure order, each change, a word diff for the edited one, the verbatim share', () => {
    const r = run(['--format', 'json', NKE_2024, NKE_2025]);
    assert.equal(r.status, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as JsonComparison;
    assert.deepEqual(Object.keys(doc), ['version', 'last', 'this', 'elements', 'verbatimShare', 'sentences', 'diagnostics', 'summary']);
    assert.deepEqual(doc.elements.map((e) => e.id), ELEMENT_IDS);
    for (const e of doc.elements) {
      assert.ok(['unchanged', 'edited', 'new', 'dropped'].includes(e.change), e.change);
      assert.equal(typeof e.title, 'string');
      assert.equal('diff' in e, e.change === 'edited', e.id);
      for (const s of [...e.last.sentences, ...e.this.sentences]) assert.ok(s.startLine >= 1 && s.startColumn >= 1 && s.text.length > 0);
    }
    const informed = doc.elements.find((e) => e.id === 'board-informed')!;
    assert.equal(informed.change, 'edited');
    assert.deepEqual(informed.diff!.filter((p) => p.op !== 'equal'), [{ op: 'removed', text: 'an annual' }, { op: 'added', text: 'a quarterly' }]);
    assert.equal(informed.diff!.filter((p) => p.op !== 'added').map((p) => p.text).join(''), informed.last.text);
    assert.equal(informed.diff!.filter((p) => p.op !== 'removed').map((p) => p.text).join(''), informed.this.text);
    assert.ok(doc.verbatimShare > 0.9 && doc.verbatimShare < 1);
    assert.deepEqual(doc.diagnostics, []);
    assert.deepEqual(doc.summary, { error: 0, warning: 0, information: 0, hint: 0 });
    assert.equal(doc.last.read, 'markdown');
  });

  it('exits 1 on an error-severity finding, with its line and column in THIS and the line in LAST', () => {
    const r = run(['--format', 'json', LAST, path.join(FIXTURES, 'this-2024-material-incident.md')]);
    assert.equal(r.status, 1, r.stderr);
    const doc = JSON.parse(r.stdout) as JsonComparison;
    assert.equal(doc.diagnostics.length, 1);
    const [d] = doc.diagnostics;
    assert.deepEqual([d.rule, d.severity, d.startLine, d.startColumn, d.last?.startLine], ['carried-incident-statement', 'error', 9, 1, 9]);
    assert.deepEqual([doc.last.fiscalYear, doc.this.fiscalYear], [2023, 2024]);
  });

  it('exits 0 when the findings are warnings, and prints them as path:line:col in text', () => {
    const current = path.join(FIXTURES, 'this-2024-renamed.md');
    const r = run([LAST, current]);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.includes(`${current}:13:158  warning  "Audit Committee" is last year's committee name`), r.stdout);
    assert.match(r.stdout, /\n6 unchanged, 6 edited, 0 new, 0 dropped; 0 errors, 3 warnings\n$/);
  });

  it('text output: one line per element, the edited one with its word diff, no color when piped', () => {
    const r = run([NKE_2024, NKE_2025]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Verbatim from last year: 9\d% of the section's text \(25 of 27 sentences\)/);
    assert.match(r.stdout, /\n {4}~ edited {5}board-informed {14}How the board is informed\n {8}… .*\[-an annual-\]\{\+a quarterly\+\}.*…\n/);
    assert.equal(r.stdout.match(/^ {4}= unchanged/gm)?.length, 11);
    assert.ok(!r.stdout.includes('\u001b['), 'no escape codes in piped output');
  });

  it('reads last year from the EDGAR viewer page saved as HTML: its own import compares as unchanged', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'item1c-compare-'));
    try {
      const html = path.join(ROOT, 'test', 'fixtures-xbrl', '20f-item16k-cyd-rendering.html');
      const md = path.join(dir, 'draft.md');
      const imported = spawnSync(process.execPath, [CLI, 'import', html, '-o', md], { encoding: 'utf8' });
      assert.equal(imported.status, 0, imported.stderr);
      const r = run(['--format', 'json', html, md]);
      assert.equal(r.status, 0, r.stderr);
      const doc = JSON.parse(r.stdout) as JsonComparison;
      assert.equal(doc.last.read, 'edgar-html');
      assert.equal(doc.last.form, '20-F');
      assert.equal(doc.verbatimShare, 1);
      assert.deepEqual([...new Set(doc.elements.map((e) => e.change))], ['unchanged']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the EDGAR viewer page saved as text (.txt) as the importer does, and any other .txt as Markdown', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'item1c-compare-'));
    try {
      const txt = path.join(ROOT, 'test', 'fixtures-xbrl', '10k-rendering.txt');
      const md = path.join(dir, 'draft.md');
      assert.equal(spawnSync(process.execPath, [CLI, 'import', txt, '-o', md], { encoding: 'utf8' }).status, 0);
      const doc = JSON.parse(run(['--format', 'json', txt, md]).stdout) as JsonComparison;
      assert.equal(doc.last.read, 'edgar-text');
      assert.equal(doc.verbatimShare, 1);
      const plain = path.join(dir, 'last.txt');
      fs.copyFileSync(LAST, plain);
      const asMarkdown = JSON.parse(run(['--format', 'json', plain, LAST]).stdout) as JsonComparison;
      assert.equal(asMarkdown.last.read, 'markdown');
      assert.equal(asMarkdown.verbatimShare, 1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a Word draft through the same conversion as item1c import', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'item1c-compare-'));
    try {
      const docx = path.join(dir, 'draft.docx');
      fs.writeFileSync(docx, await draftDocx());
      const md = path.join(dir, 'draft.md');
      assert.equal(spawnSync(process.execPath, [CLI, 'import', docx, '-o', md], { encoding: 'utf8' }).status, 0);
      // Last year's Word file against this year's Markdown made from it: nothing changed.
      const doc = JSON.parse(run(['--format', 'json', docx, md]).stdout) as JsonComparison;
      assert.equal(doc.last.read, 'word');
      assert.equal(doc.verbatimShare, 1);
      assert.ok(doc.elements.every((e) => e.change === 'unchanged'), JSON.stringify(doc.elements.map((e) => e.change)));
      assert.match(run([docx, md]).stdout, /converted from Word/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 for bad usage and unreadable files, naming the file and the reason', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'item1c-compare-'));
    try {
      const docx = path.join(dir, 'last.docx');
      fs.writeFileSync(docx, 'PK\u0003\u0004');
      const binary = path.join(dir, 'last.md');
      fs.writeFileSync(binary, Buffer.from([0x23, 0x00, 0x01]));
      const cases: [string[], RegExp][] = [
        [[LAST], /compare needs two files/],
        [[LAST, LAST, LAST], /compare takes two files, got 3/],
        [['--format', 'sarif', LAST, LAST], /--format expects text or json, not 'sarif'/],
        [['--bogus', LAST, LAST], /unknown option '--bogus'/],
        [['--fiscal-year', '24', LAST, LAST], /--fiscal-year expects a four-digit year/],
        [[path.join(dir, 'missing.md'), LAST], /missing\.md: no such file/],
        [[dir, LAST], /: is a directory, not a filing/],
        [[docx, LAST], /last\.docx: is damaged: not a readable zip package/],
        [[binary, LAST], /last\.md: is a binary file/],
      ];
      for (const [args, message] of cases) {
        const r = run(args);
        assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
        assert.match(r.stderr, message);
        assert.equal(r.stdout, '');
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--help prints the usage and exits 0; `item1c --help` lists the command', () => {
    const r = run(['--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^Usage: item1c compare \[options\] LAST THIS/);
    const top = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
    assert.match(top.stdout, /item1c compare \[--format text\|json\] LAST THIS/);
  });

  it('--fiscal-year and the configuration set the draft year', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'item1c-compare-'));
    try {
      const draft = path.join(dir, 'draft.md');
      fs.copyFileSync(LAST, draft);
      // The draft is last year's text unchanged: by default it is taken to be for 2024, and its 2023 is stale.
      assert.equal((JSON.parse(run(['--format', 'json', LAST, draft]).stdout) as JsonComparison).diagnostics.length, 1);
      assert.deepEqual((JSON.parse(run(['--format', 'json', '--fiscal-year', '2023', LAST, draft]).stdout) as JsonComparison).diagnostics, []);
      fs.writeFileSync(path.join(dir, '.item1c.json'), '{ "fiscalYear": 2023 }');
      const configured = JSON.parse(run(['--format', 'json', LAST, draft]).stdout) as JsonComparison;
      assert.deepEqual(configured.diagnostics, []);
      assert.equal(configured.this.fiscalYear, 2023);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('colors the diff on a terminal, and not with NO_COLOR or --no-color', () => {
    const capture = (args: string[], env: NodeJS.ProcessEnv): string => {
      let text = '';
      const out = Object.assign(
        new Writable({
          write(chunk: Buffer, _enc, done) {
            text += chunk.toString();
            done();
          },
        }),
        { isTTY: true },
      );
      const err = new Writable({ write: (_c, _e, done) => done() });
      assert.equal(runCompare(args, { out, err, env }), 0);
      return text;
    };
    const colored = capture([NKE_2024, NKE_2025], {});
    assert.ok(colored.includes('\u001b[31m[-an annual-]\u001b[0m\u001b[32m{+a quarterly+}\u001b[0m'), colored);
    assert.ok(!capture([NKE_2024, NKE_2025], { NO_COLOR: '1' }).includes('\u001b['));
    assert.ok(!capture(['--no-color', NKE_2024, NKE_2025], {}).includes('\u001b['));
  });
});
