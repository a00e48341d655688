// End-to-end tests of `item1c scan` on the shipped bundle (dist/cli.js): real folders in a temporary
// directory, real worker threads, the output parsed as a consumer would parse it.
// `npm test` builds first; run `npm run build` before running this file on its own.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PRACTICES } from '../../server/src/core';
import { draftDocx } from '../support/wordDocs';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const COMPLETE = fs.readFileSync(path.join(ROOT, 'examples', 'complete-draft.md'), 'utf8');
const MISSING = fs.readFileSync(path.join(ROOT, 'examples', 'missing-elements-draft.md'), 'utf8');
const TWENTY_F = fs.readFileSync(path.join(ROOT, 'examples', '20f-item16k-draft.md'), 'utf8');
const COLUMNS = 'path,form,found,present,partial,missing,blockers,specificity,error';
const ELEMENT_COUNT = 12;
/** One figure per element, and one per filed practice under its element. */
const PEER_COUNT = ELEMENT_COUNT + PRACTICES.length;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function scan(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync(process.execPath, [CLI, 'scan', ...args], { cwd, encoding: 'utf8', env: { ...withoutCi(), ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function withoutCi(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.CI;
  return env;
}

/** A minimal RFC 4180 reader: enough to prove the output is one well-formed table. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  assert.equal(cell + row.join(''), '', 'the output ends with a line break');
  return rows;
}

function records(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv);
  assert.equal(header.join(','), COLUMNS);
  for (const r of rows) assert.equal(r.length, header.length, `row ${r.join(',')} has ${r.length} cells`);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

function write(dir: string, rel: string, content: string | Buffer): void {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), content);
}

describe('item1c scan (CLI)', function () {
  this.timeout(60_000);
  let dir = '';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'item1c-scan-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('CSV: one header and one row per Markdown file, with the counts the checker gives each file', function () {
    write(dir, 'book/b-client/missing.md', MISSING);
    write(dir, 'book/a-client/complete.markdown', COMPLETE);
    write(dir, 'book/a-client/20f.md', TWENTY_F);
    write(dir, 'book/a-client/notes.txt', 'Item 1C. Cybersecurity\n\nNot a draft.\n');
    write(dir, 'book/a-client/plain.md', '# Minutes\n\nNothing about cybersecurity here.\n');
    const r = scan(dir, ['book', '--jobs', '1']);
    const rows = records(r.stdout);
    assert.deepEqual(
      rows.map((x) => x.path),
      ['book/a-client/20f.md', 'book/a-client/complete.markdown', 'book/a-client/plain.md', 'book/b-client/missing.md'],
    );
    const byName = Object.fromEntries(rows.map((x) => [path.basename(x.path), x]));
    // The section's specificity, as `check --format json` gives it.
    const checked = JSON.parse(spawnSync(process.execPath, [CLI, 'check', '--format', 'json', 'book/a-client/complete.markdown'], { cwd: dir, encoding: 'utf8' }).stdout) as { files: { specificity: { score: number } }[] };
    const specificity = String(checked.files[0].specificity.score);
    assert.match(specificity, /^[1-4](\.\d)?$/);
    assert.deepEqual(byName['complete.markdown'], { path: 'book/a-client/complete.markdown', form: '10-K', found: 'true', present: '12', partial: '0', missing: '0', blockers: '0', specificity, error: '' });
    assert.equal(byName['20f.md'].form, '20-F');
    assert.deepEqual(byName['plain.md'], { path: 'book/a-client/plain.md', form: '', found: 'false', present: '0', partial: '0', missing: '0', blockers: '0', specificity: '', error: '' });
    // The same figures `check --format json` gives for that file.
    const check = JSON.parse(spawnSync(process.execPath, [CLI, 'check', '--format', 'json', 'book/b-client/missing.md'], { cwd: dir, encoding: 'utf8' }).stdout) as { files: { elements: { status: string }[] }[] };
    const statuses = check.files[0].elements.map((e) => e.status);
    const missing = byName['missing.md'];
    for (const status of ['present', 'partial', 'missing'] as const) assert.equal(Number(missing[status]), statuses.filter((s) => s === status).length, status);
    assert.ok(Number(missing.missing) > 0);
    assert.equal(r.status, 1, 'missing elements are errors, as for check');
  });

  it('scans Word drafts as check does: the same counts, comments and tracked changes as blockers', async function () {
    write(dir, 'book/draft.docx', await draftDocx());
    write(dir, 'book/broken.docx', Buffer.from('PK\u0003\u0004'));
    for (const jobs of ['1', '2']) {
      const r = scan(dir, ['book', '--jobs', jobs]);
      const byName = Object.fromEntries(records(r.stdout).map((x) => [path.basename(x.path), x]));
      const check = JSON.parse(spawnSync(process.execPath, [CLI, 'check', '--format', 'json', 'book/draft.docx'], { cwd: dir, encoding: 'utf8' }).stdout) as { files: { elements: { status: string }[]; findings: { rule: string; severity: string }[] }[] };
      const file = check.files[0];
      assert.equal(byName['draft.docx'].found, 'true');
      for (const status of ['present', 'partial', 'missing'] as const) assert.equal(Number(byName['draft.docx'][status]), file.elements.filter((e) => e.status === status).length, `${status} with ${jobs} jobs`);
      // Two comments and the note on pending tracked changes, at least, are drafting residue.
      assert.ok(Number(byName['draft.docx'].blockers) >= 3, `blockers ${byName['draft.docx'].blockers}`);
      assert.match(byName['broken.docx'].error, /damaged/);
      assert.equal(r.status, 2, 'an unreadable file, as for check');
    }
  });

  it('counts blockers as the checklist does: error findings other than the elements', function () {
    write(dir, 'draft.md', COMPLETE.replace('Our Board of Directors oversees', 'Our [Board of Directors/Audit Committee] oversees [●] and'));
    const [row] = records(scan(dir, ['.']).stdout);
    assert.equal(row.blockers, '2');
    assert.equal(row.present, '12');
  });

  it('JSON Lines: a file record per file, then peer records per element and per filed practice with "n of N"', function () {
    write(dir, 'a.md', COMPLETE);
    write(dir, 'b.md', MISSING);
    write(dir, 'c.md', '# Minutes\n');
    const r = scan(dir, ['.', '--format', 'jsonl']);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.deepEqual(lines.map((l) => l.kind), ['file', 'file', 'file', ...Array(PEER_COUNT).fill('peer')]);
    assert.deepEqual(Object.keys(lines[0]), ['kind', ...COLUMNS.split(',')]);
    const specificity = (lines[0] as { specificity: unknown }).specificity;
    assert.ok(typeof specificity === 'number' && specificity >= 1 && specificity <= 4, `specificity ${String(specificity)}`);
    assert.deepEqual(lines[0], { kind: 'file', path: 'a.md', form: '10-K', found: true, present: 12, partial: 0, missing: 0, blockers: 0, specificity, error: null });
    const all = lines.slice(3) as { element: string; practice: string | null; present: number; partial: number | null; missing: number | null; files: number; presence: string }[];
    const peers = all.filter((p) => p.practice === null);
    assert.equal(peers.length, ELEMENT_COUNT);
    // c.md has no section: two files were checked.
    assert.ok(all.every((p) => p.files === 2 && p.presence === `${p.present} of 2`));
    assert.ok(peers.every((p) => p.present + (p.partial ?? 0) + (p.missing ?? 0) <= 2));
    // Each practice sits under its element, shown or not: partial and missing do not apply.
    const practices = all.filter((p) => p.practice !== null);
    assert.deepEqual(practices.map((p) => p.practice).sort(), PRACTICES.map((p) => p.id).sort());
    assert.ok(practices.every((p) => p.partial === null && p.missing === null && p.present <= 2));
    const b = lines[1] as { present: number };
    assert.equal(peers.reduce((sum, p) => sum + p.present, 0), 12 + b.present);
    assert.equal(peers[0].element, 'processes');
  });

  it('--peers FILE writes the peer figures as a CSV table of their own; stdout keeps only the rows', function () {
    write(dir, 'in/a.md', COMPLETE);
    write(dir, 'in/b.md', MISSING);
    const r = scan(dir, ['in', '--peers', 'peers.csv']);
    assert.equal(records(r.stdout).length, 2);
    const [header, ...rows] = parseCsv(fs.readFileSync(path.join(dir, 'peers.csv'), 'utf8'));
    assert.deepEqual(header, ['element', 'practice', 'present', 'partial', 'missing', 'files', 'presence']);
    assert.equal(rows.length, PEER_COUNT);
    for (const row of rows) assert.equal(row[6], `${row[2]} of 2`);
    const jsonl = scan(dir, ['in', '--format', 'jsonl', '--peers', 'peers.jsonl']);
    assert.ok(jsonl.stdout.trimEnd().split('\n').every((l) => (JSON.parse(l) as { kind: string }).kind === 'file'));
    assert.equal(fs.readFileSync(path.join(dir, 'peers.jsonl'), 'utf8').trimEnd().split('\n').length, PEER_COUNT);
  });

  it('rows come out sorted by path, the same with 1 and with 2 jobs, whatever order the files were made in', function () {
    // Small and large files alternate, so the workers finish out of order.
    const names: string[] = [];
    for (let i = 0; i < 40; i++) names.push(`${i % 3 === 0 ? 'z' : 'a'}-folder/${String((i * 17) % 40).padStart(2, '0')}.md`);
    for (const [i, name] of names.entries()) write(dir, name, i % 2 === 0 ? MISSING : `${COMPLETE}\n${'Filler paragraph about our business. '.repeat(800)}\n`);
    const one = scan(dir, ['.', '--jobs', '1']);
    const two = scan(dir, ['.', '--jobs', '2']);
    const paths = records(one.stdout).map((x) => x.path);
    assert.equal(paths.length, 40);
    assert.deepEqual(paths, [...paths].sort());
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.status, one.status);
    const jsonOne = scan(dir, ['.', '--jobs', '1', '--format', 'jsonl']).stdout;
    assert.equal(scan(dir, ['.', '--jobs', '3', '--format', 'jsonl']).stdout, jsonOne);
  });

  it('an unreadable file is one row with its error; the scan goes on and exits 2', function () {
    write(dir, 'a.md', COMPLETE);
    write(dir, 'b.md', Buffer.from([0x49, 0x74, 0x65, 0x6d, 0xff, 0xfe, 0x0a]));
    write(dir, 'c.md', COMPLETE);
    fs.mkdirSync(path.join(dir, 'd.md'));
    write(dir, 'e.md', Buffer.from('Item 1C\u0000\u0000 binary'));
    for (const jobs of ['1', '2']) {
      const r = scan(dir, ['.', '--jobs', jobs]);
      const rows = records(r.stdout);
      assert.deepEqual(rows.map((x) => x.path), ['a.md', 'b.md', 'c.md', 'e.md'], 'a folder named .md is a folder, not a file');
      assert.equal(rows[0].error, '');
      assert.match(rows[1].error, /not valid UTF-8/);
      assert.equal(rows[1].present, '');
      assert.equal(rows[2].present, '12');
      assert.match(rows[3].error, /looks binary/);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /b\.md: is not valid UTF-8/);
    }
  });

  it('a file over --max-file-size-mb is an error row; a missing folder is an error row', function () {
    write(dir, 'big.md', `${COMPLETE}\n${'x'.repeat(200_000)}\n`);
    write(dir, 'small.md', COMPLETE);
    const r = scan(dir, ['.', 'no-such-folder', '--max-file-size-mb', '0.1']);
    const rows = records(r.stdout);
    assert.deepEqual(rows.map((x) => [x.path, x.error === '' ? 'ok' : x.error]), [
      ['big.md', rows[0].error],
      ['no-such-folder', 'no such file'],
      ['small.md', 'ok'],
    ]);
    assert.match(rows[0].error, /larger than 0\.1 MB/);
    assert.equal(r.status, 2);
  });

  it('skips hidden folders and node_modules, and does not follow links to folders', function () {
    write(dir, 'book/a.md', COMPLETE);
    write(dir, 'book/.git/x.md', COMPLETE);
    write(dir, 'book/.drafts/y.md', COMPLETE);
    write(dir, 'book/node_modules/pkg/README.md', COMPLETE);
    fs.symlinkSync(path.join(dir, 'book'), path.join(dir, 'book', 'loop'));
    const r = scan(dir, ['book']);
    assert.deepEqual(records(r.stdout).map((x) => x.path), ['book/a.md']);
    assert.equal(r.status, 0);
  });

  it('exit status as for check: 0 without errors, 1 with an error finding, 2 for bad usage', function () {
    write(dir, 'ok/a.md', COMPLETE);
    write(dir, 'bad/b.md', MISSING);
    assert.equal(scan(dir, ['ok']).status, 0);
    assert.equal(scan(dir, ['ok', 'bad']).status, 1);
    for (const args of [[], ['ok', '--jobs', '0'], ['ok', '--jobs', 'two'], ['ok', '--format', 'json'], ['ok', '--bogus'], ['ok', '--config', 'x', '--no-config'], ['ok', '--peers']]) {
      const r = scan(dir, args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /^item1c: .+\n\nUsage: item1c scan/, args.join(' '));
      assert.equal(r.stdout, '');
    }
    const help = scan(dir, ['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--jobs N/);
  });

  it('applies --form, --strictness and each folder\'s own .item1c.json', function () {
    write(dir, 'x/a.md', MISSING);
    write(dir, 'y/a.md', MISSING);
    write(dir, 'y/.item1c.json', '{ "rules": { "element-missing": { "severity": "warning" } }, "form": "20-F" }');
    const r = scan(dir, ['.']);
    const [x, y] = records(r.stdout);
    assert.equal(x.form, '10-K');
    assert.equal(y.form, '20-F');
    assert.equal(r.status, 1);
    // Only y's configuration lowers the missing elements to warnings.
    assert.equal(scan(dir, ['y']).status, 0);
    assert.equal(records(scan(dir, ['x', '--form', '20-F']).stdout)[0].form, '20-F');
    assert.equal(records(scan(dir, ['y', '--no-config']).stdout)[0].form, '10-K');
    write(dir, 'z/erm.md', fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'erm-bare-assertion.md'), 'utf8'));
    const standard = records(scan(dir, ['z']).stdout)[0];
    const literal = records(scan(dir, ['z', '--strictness', 'literal']).stdout)[0];
    assert.equal(Number(literal.partial), Number(standard.partial) + 1);
  });

  it('prints nothing on stderr when it is not a terminal', function () {
    write(dir, 'a.md', COMPLETE);
    const r = scan(dir, ['.']);
    assert.equal(r.status, 0);
    assert.equal(r.stderr, '');
  });

  it('shows progress on a terminal, and none there when CI is set', function () {
    write(dir, 'a.md', COMPLETE);
    write(dir, 'b.md', COMPLETE);
    // `script` gives the command a pseudo-terminal; what the terminal showed comes back on stdout.
    const onTerminal = (env: NodeJS.ProcessEnv) =>
      spawnSync('script', ['-qec', `"${process.execPath}" "${CLI}" scan --jobs 1 . 2>&1 >/dev/null`, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { ...withoutCi(), ...env } });
    const shown = onTerminal({});
    assert.equal(shown.status, 0);
    assert.match(shown.stdout, /\d+\/2 files \| .* files\/s \| .* left/);
    const ci = onTerminal({ CI: 'true' });
    assert.equal(ci.status, 0);
    assert.equal(ci.stdout, '');
  });
});
