// Word files written by a real word processor: LibreOffice converts the committed flat ODF draft
// (test/office/fixtures/draft.fodt: heading styles, two comments, a pending insertion and deletion, a
// footnote, nested lists, a table) to .docx, and the shipped CLI imports, checks and exports it. It
// also writes a Word 97-2003 .doc, which the importer must refuse by name. Needs `soffice`
// (Debian package libreoffice-writer-nogui), so it runs with the editor suites.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const FODT = path.join(__dirname, 'fixtures', 'draft.fodt');

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Converts `source` with LibreOffice into `dir`; returns the written file. */
function soffice(source: string, format: string, dir: string, profile: string): string {
  const result = spawnSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', format, '--outdir', dir, source], { encoding: 'utf8', timeout: 90_000 });
  if (result.error) throw new Error(`soffice could not run (install libreoffice-writer-nogui): ${result.error.message}`);
  const out = path.join(dir, `${path.basename(source, path.extname(source))}.${format.split(':')[0]}`);
  assert.ok(fs.existsSync(out), `soffice wrote no ${format}: ${result.stdout}${result.stderr}`);
  return out;
}

describe('Word drafts written by LibreOffice', function () {
  this.timeout(120_000);
  let tmp: string;
  let docx: string;
  let imported: string;

  before(function () {
    if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'item1c-office-'));
    // A profile of its own, so a LibreOffice the user has open is neither needed nor disturbed.
    const profile = path.join(tmp, 'profile');
    docx = soffice(FODT, 'docx', tmp, profile);
    const result = cli(['import', docx]);
    assert.equal(result.status, 0, result.stderr);
    imported = result.stdout;
  });

  after(function () {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('keeps the heading styles as headings', function () {
    const headings = imported.split('\n').filter((l) => l.startsWith('#'));
    assert.deepEqual(headings, ['# Item 1C. Cybersecurity', '## Risk Management and Strategy', '## Governance']);
  });

  it('keeps the nested lists, the footnote and the table', function () {
    assert.match(imported, /^- vulnerability scanning and penetration testing;\n {2}- annual tests by an outside firm;\n- oversight of third-party/m);
    assert.match(imported, /^1\. contain it;\n {3}1\. notify the CISO within \[●\] hours;\n2\. report to the Audit Committee\.$/m);
    assert.match(imported, /based on a recognized framework\[\^1\]\./);
    assert.match(imported, /^\[\^1\]: As defined in the NIST Cybersecurity Framework\.$/m);
    assert.match(imported, /^\| Role \| Reports to \|\n\| - \| - \|\n\| CISO \| Audit Committee \|$/m);
  });

  it('accepts the pending tracked changes and says how many there were', function () {
    assert.ok(imported.includes('We engage independent assessors, consultants and auditors to review our program.'));
    assert.ok(!imported.includes('internal'));
    assert.match(imported, /^\[Note to Draft: the Word draft has 2 unaccepted tracked changes\./m);
  });

  it('reports the comments, with author and text, and the tracked changes as errors located by Word paragraph', function () {
    const result = cli(['check', '--format', 'json', docx]);
    assert.equal(result.status, 1, result.stderr);
    const file = JSON.parse(result.stdout).files[0];
    assert.deepEqual(file.word, { comments: 2, trackedChanges: 2 });
    const notes = (file.diagnostics as { rule: string; severity: string; message: string; word: { paragraph: number | null; quote: string } }[]).filter((d) => d.rule === 'residue-drafting-note');
    const jane = notes.find((d) => d.message.includes('[Comment \u2013 Jane Doe: Confirm how often the CISO reports.]'));
    assert.ok(jane, JSON.stringify(notes, null, 2));
    assert.equal(jane.severity, 'error');
    assert.equal(jane.word.quote, 'Our Chief Information Security Officer (CISO) reports to the Audit Committee quarterly.');
    const richard = notes.find((d) => d.message.includes('[Comment \u2013 Richard Roe: Is this the right committee?]'));
    assert.ok(richard);
    assert.equal(richard.word.paragraph, (jane.word.paragraph ?? NaN) + 1);
    const tracked = notes.find((d) => d.message.includes('2 unaccepted tracked changes'));
    assert.ok(tracked);
    assert.equal(tracked.severity, 'error');
  });

  it('exports the imported draft back to Word without losing a sentence', function () {
    const md = path.join(tmp, 'imported.md');
    fs.writeFileSync(md, imported);
    const out = path.join(tmp, 'exported.docx');
    const exported = cli(['export', md, '--format', 'docx', '-o', out]);
    assert.equal(exported.status, 0, exported.stderr);
    const back = cli(['import', out]);
    assert.equal(back.status, 0, back.stderr);
    const lines = (text: string) => new Set(text.split('\n').map((l) => l.trim()).filter(Boolean));
    const missing = [...lines(imported)].filter((l) => !lines(back.stdout).has(l));
    assert.deepEqual(missing, []);
  });

  it('refuses the Word 97-2003 .doc LibreOffice writes, naming it', function () {
    const doc = soffice(FODT, 'doc', tmp, path.join(tmp, 'profile'));
    const out = path.join(tmp, 'from-doc.md');
    const result = cli(['import', doc, '-o', out]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /is a Word 97-2003 document \(\.doc\); open it in Word and save it as a Word Document \(\.docx\)/);
    assert.ok(!fs.existsSync(out));
  });
});
