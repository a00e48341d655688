// The CLI with configuration files and waivers: `--config`, `--no-config`, discovery next to the
// draft, a broken file (a message on stderr, the defaults, no crash), an entry of that name that is no
// usable file at all (too deep, too large, a link loop, a directory, a FIFO, unreadable, not UTF-8),
// and waivers in the output.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

function run(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const DRAFT = `# Item 1C. Cybersecurity

<!-- item1c-disable-file management-expertise: described in the proxy statement -->

We have [●] analysts. [Optional wording.]

<!-- item1c-disable-next-line residue-todo: nothing to waive -->
Our Board oversees cybersecurity.
`;

interface JsonFile {
  diagnostics: { rule: string; severity: string; startLine: number }[];
  waivers: { line: number; rule: string; reason: string; used: boolean }[];
  elements: { id: string; status: string; waived?: { reason: string; line: number } }[];
  config: string | null;
}

const json = (r: { stdout: string }) => (JSON.parse(r.stdout) as { files: JsonFile[] }).files[0];
const rules = (f: JsonFile, rule: string) => f.diagnostics.filter((d) => d.rule === rule);

describe('item1c CLI: configuration and waivers', function () {
  this.timeout(20_000);
  let tmp: string;
  let drafts: string;

  before(function () {
    if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'item1c-cli-config-'));
    drafts = path.join(tmp, 'drafts', 'fy2025');
    fs.mkdirSync(drafts, { recursive: true });
    fs.writeFileSync(path.join(drafts, 'draft.md'), DRAFT);
    fs.writeFileSync(path.join(tmp, 'drafts', '.item1c.jsonc'), '{\n  // house rules\n  "rules": { "residue-blank": "warning", "residue-bracketed-text": "off" }\n}\n');
    fs.writeFileSync(path.join(tmp, 'strict.json'), '{ "rules": { "residue-bracketed-text": "error" } }');
    fs.writeFileSync(path.join(tmp, 'broken.json'), '{ "rules": { "residue-blank": "off" ');
    fs.writeFileSync(path.join(tmp, 'unknown.json'), '{ "rulez": {}, "rules": { "residue-blank": "off" } }');
  });

  after(function () {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('finds the nearest .item1c.jsonc above the draft and applies it', function () {
    const r = run(['check', '--format', 'json', 'drafts/fy2025/draft.md'], tmp);
    assert.equal(r.stderr, '');
    const f = json(r);
    assert.equal(f.config, path.join('drafts', '.item1c.jsonc'));
    assert.deepEqual(rules(f, 'residue-blank').map((d) => d.severity), ['warning']);
    assert.equal(rules(f, 'residue-bracketed-text').length, 0);
  });

  it('--config FILE replaces the discovered file; --no-config uses none', function () {
    const strict = json(run(['check', '--format', 'json', '--config', 'strict.json', 'drafts/fy2025/draft.md'], tmp));
    assert.equal(strict.config, 'strict.json');
    assert.deepEqual(rules(strict, 'residue-bracketed-text').map((d) => d.severity), ['error']);
    assert.deepEqual(rules(strict, 'residue-blank').map((d) => d.severity), ['error']);
    const none = json(run(['check', '--format', 'json', '--no-config', 'drafts/fy2025/draft.md'], tmp));
    assert.equal(none.config, null);
    assert.deepEqual(rules(none, 'residue-bracketed-text').map((d) => d.severity), ['warning']);
  });

  it('a broken file: a clear message on stderr naming the place, the defaults, a normal exit status', function () {
    const r = run(['check', '--format', 'json', '--config', 'broken.json', 'drafts/fy2025/draft.md'], tmp);
    assert.match(r.stderr, /^item1c: broken\.json:1:\d+: error: Invalid JSON: .*uses its defaults/m);
    assert.equal(r.status, 1, 'errors in the draft, not a crash');
    const f = json(r);
    assert.equal(f.config, null);
    assert.deepEqual(rules(f, 'residue-blank').map((d) => d.severity), ['error']);
  });

  it('a missing --config file is reported on stderr and the defaults apply', function () {
    const r = run(['check', '--format', 'json', '--config', 'nowhere.json', 'drafts/fy2025/draft.md'], tmp);
    assert.match(r.stderr, /configuration nowhere\.json: no such file; using the defaults/);
    assert.equal(json(r).config, null);
  });

  it('unknown keys are warnings on stderr; the rest of the file applies', function () {
    const r = run(['check', '--format', 'json', '--config', 'unknown.json', 'drafts/fy2025/draft.md'], tmp);
    assert.match(r.stderr, /unknown\.json:1:3: warning: Unknown setting "rulez"/);
    assert.equal(rules(json(r), 'residue-blank').length, 0);
  });

  it('lists waivers in JSON with 1-based lines, and marks the waived element', function () {
    const f = json(run(['check', '--format', 'json', '--no-config', 'drafts/fy2025/draft.md'], tmp));
    assert.deepEqual(f.waivers, [
      { line: 3, rule: 'management-expertise', reason: 'described in the proxy statement', kind: 'file', used: true },
      { line: 7, rule: 'residue-todo', reason: 'nothing to waive', kind: 'next-line', used: false },
    ]);
    assert.deepEqual(f.elements.find((e) => e.id === 'management-expertise')?.waived, { reason: 'described in the proxy statement', line: 3 });
    assert.ok(!f.diagnostics.some((d) => d.rule === 'element-missing' && (d as { element?: string }).element === 'management-expertise'));
    assert.deepEqual(rules(f, 'waiver-unused').map((d) => d.startLine), [7]);
  });

  it('lists waivers and the configuration in text output', function () {
    const r = run(['check', '--no-color', 'drafts/fy2025/draft.md'], tmp);
    assert.match(r.stdout, /Waivers\n\s+line 3\s+management-expertise\s+used\s+described in the proxy statement/);
    assert.match(r.stdout, /line 7\s+residue-todo\s+unused\s+nothing to waive/);
    assert.match(r.stdout, /management-expertise .*\(waived on line 3: described in the proxy statement\)/);
    assert.match(r.stdout, /Configuration: drafts[/\\]\.item1c\.jsonc/);
  });

  it('rejects --config together with --no-config', function () {
    const r = run(['check', '--config', 'strict.json', '--no-config', 'drafts/fy2025/draft.md'], tmp);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /cannot be used together/);
  });
});

// An entry named `.item1c.json` that cannot be used: each case is a folder with the draft and the odd
// entry, below a folder whose own `.item1c.json` turns `residue-blank` off. The draft must still be
// checked, with the defaults (so `residue-blank` is an error again: the file further up does not
// apply either), one clear line on stderr must name the entry and say what is wrong with it, and the
// exit status is the draft's, as for any other broken configuration.
describe('item1c CLI: a configuration file that cannot be used', function () {
  this.timeout(30_000);
  let tmp: string;
  let cases: string;

  before(function () {
    if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'item1c-cli-odd-config-'));
    cases = path.join(tmp, 'cases');
    fs.mkdirSync(cases);
    fs.writeFileSync(path.join(cases, '.item1c.json'), '{ "rules": { "residue-blank": "off" } }');
  });

  after(function () {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  /** A fresh folder with the draft; `make` puts the odd `.item1c.json` into it. */
  function folder(name: string, make: (config: string, dir: string) => void): string {
    const dir = path.join(cases, name);
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'draft.md'), DRAFT);
    make(path.join(dir, '.item1c.json'), dir);
    return dir;
  }

  /** The real CLI on the draft, killed if it hangs (a FIFO opened for reading would wait forever). */
  function check(dir: string, options: { uid?: number; gid?: number } = {}): { status: number | null; stdout: string; stderr: string } {
    const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', 'draft.md'], { cwd: dir, encoding: 'utf8', timeout: 15_000, ...options });
    if (r.error) throw r.error;
    assert.equal(r.signal, null, `the CLI was killed (${r.signal}): it hung; stderr: ${r.stderr}`);
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  /** The draft's findings are there, under the defaults, and no configuration is named as used. */
  function assertCheckedWithDefaults(r: { status: number | null; stdout: string; stderr: string }): void {
    assert.equal(r.status, 1, `exit status of the draft's findings (errors), not a crash; stderr: ${r.stderr}`);
    const f = json(r);
    assert.equal(f.config, null);
    assert.deepEqual(rules(f, 'residue-blank').map((d) => d.severity), ['error'], 'the defaults, not the file further up');
    assert.ok(rules(f, 'residue-bracketed-text').length > 0);
    assert.ok(rules(f, 'element-missing').length > 0);
  }

  const lines = (stderr: string) => stderr.split('\n').filter((l) => l !== '');

  for (const [name, text] of [
    ['nested arrays', '['.repeat(200_000)],
    ['nested objects', '{"a":'.repeat(200_000)],
  ] as const) {
    it(`${name} 200,000 deep: too deeply nested, with the limit, at the place it is crossed`, function () {
      const dir = folder(name.replace(' ', '-'), (config) => fs.writeFileSync(config, text));
      const r = check(dir);
      assert.doesNotMatch(r.stderr, /call stack|internal error/i);
      const column = name === 'nested arrays' ? 65 : 64 * 5 + 1;
      assert.deepEqual(lines(r.stderr), [
        `item1c: .item1c.json:1:${column}: error: The configuration is nested too deeply: more than 64 levels of [ ] or { } (a valid one needs three). item1c ignores this file and uses its defaults until it is fixed.`,
      ]);
      assertCheckedWithDefaults(r);
    });
  }

  it('a 50 MB file: too large, with the size and the limit', function () {
    const dir = folder('huge', (config) => {
      fs.writeFileSync(config, '{ "rules": {} }');
      fs.truncateSync(config, 50 * 1024 * 1024);
    });
    const r = check(dir);
    assert.deepEqual(lines(r.stderr), ['item1c: configuration .item1c.json: is too large for a configuration file (50.0 MB; the limit is 1 MB); using the defaults']);
    assertCheckedWithDefaults(r);
  });

  it('a symbolic link to itself: a symbolic link loop', function () {
    const dir = folder('self-link', (config) => fs.symlinkSync('.item1c.json', config));
    const r = check(dir);
    assert.deepEqual(lines(r.stderr), ['item1c: configuration .item1c.json: is a symbolic link loop; using the defaults']);
    assertCheckedWithDefaults(r);
  });

  it('a symbolic link loop through another link (a -> b -> a)', function () {
    const dir = folder('link-loop', (config, d) => {
      fs.symlinkSync('b', config);
      fs.symlinkSync('.item1c.json', path.join(d, 'b'));
    });
    const r = check(dir);
    assert.deepEqual(lines(r.stderr), ['item1c: configuration .item1c.json: is a symbolic link loop; using the defaults']);
    assertCheckedWithDefaults(r);
  });

  it('a symbolic link to nothing', function () {
    const dir = folder('dangling-link', (config) => fs.symlinkSync('gone.json', config));
    const r = check(dir);
    assert.deepEqual(lines(r.stderr), ['item1c: configuration .item1c.json: is a symbolic link to a file that does not exist; using the defaults']);
    assertCheckedWithDefaults(r);
  });

  it('a directory: is a directory', function () {
    const dir = folder('directory', (config) => fs.mkdirSync(config));
    const r = check(dir);
    assert.deepEqual(lines(r.stderr), ['item1c: configuration .item1c.json: is a directory; using the defaults']);
    assertCheckedWithDefaults(r);
  });

  it('a FIFO: not a regular file, and never opened (no hang)', function () {
    if (process.platform === 'win32') this.skip();
    const dir = folder('fifo', (config) => {
      const made = spawnSync('mkfifo', [config]);
      if (made.error || made.status !== 0) throw new Error(`mkfifo failed: ${made.error?.message ?? made.stderr}`);
    });
    const started = Date.now();
    const r = check(dir);
    assert.ok(Date.now() - started < 10_000);
    assert.deepEqual(lines(r.stderr), ['item1c: configuration .item1c.json: is not a regular file (FIFO); using the defaults']);
    assertCheckedWithDefaults(r);
  });

  it('a file that cannot be read: permission denied', function () {
    if (process.platform === 'win32') this.skip();
    const dir = folder('unreadable', (config) => {
      fs.writeFileSync(config, '{ "rules": { "residue-blank": "off" } }');
      fs.chmodSync(config, 0o000);
    });
    // As root, mode 000 does not stop reading: run the CLI as an unprivileged user instead, which
    // needs the folders on the way to be open to it.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) for (const d of [tmp, cases, dir]) fs.chmodSync(d, 0o755);
    const r = check(dir, asRoot ? { uid: 65534, gid: 65534 } : {});
    assert.deepEqual(lines(r.stderr), ['item1c: configuration .item1c.json: permission denied; using the defaults']);
    assertCheckedWithDefaults(r);
  });

  it('invalid UTF-8: not valid UTF-8 text', function () {
    const dir = folder('latin1', (config) => fs.writeFileSync(config, Buffer.from('{ "housePhrases": { "required": ["Soci\xe9t\xe9"] } }', 'latin1')));
    const r = check(dir);
    assert.deepEqual(lines(r.stderr), ['item1c: configuration .item1c.json: is not valid UTF-8 text (save it as UTF-8); using the defaults']);
    assertCheckedWithDefaults(r);
  });

  it('UTF-16 text, as some editors save "Unicode"', function () {
    const dir = folder('utf16', (config) => fs.writeFileSync(config, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{ "rules": { "residue-blank": "off" } }', 'utf16le')])));
    const r = check(dir);
    assert.deepEqual(lines(r.stderr), ['item1c: configuration .item1c.json: is UTF-16 text, not UTF-8 (save it as UTF-8); using the defaults']);
    assertCheckedWithDefaults(r);
  });

  it('binary content: one line, not one per byte', function () {
    const dir = folder('binary', (config) => fs.writeFileSync(config, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 128))));
    const r = check(dir);
    assert.deepEqual(lines(r.stderr), ['item1c: configuration .item1c.json: is binary (it contains NUL bytes), not JSON text; using the defaults']);
    assertCheckedWithDefaults(r);
  });

  it('a file of garbage that is text: the problems are capped', function () {
    const dir = folder('garbage', (config) => fs.writeFileSync(config, '{' + ',:'.repeat(100_000)));
    const r = check(dir);
    const shown = lines(r.stderr);
    assert.equal(shown.length, 50);
    assert.match(shown[0], /^item1c: \.item1c\.json:1:2: error: Invalid JSON: /);
    assert.match(shown[49], /^item1c: \.item1c\.json:1:\d+: error: \d+ more problems in this file are not shown/);
    assertCheckedWithDefaults(r);
  });

  it('a broken configuration does not change the exit status of a clean draft', function () {
    const dir = folder('clean-draft', (config) => fs.mkdirSync(config));
    fs.copyFileSync(path.join(ROOT, 'examples', 'complete-draft.md'), path.join(dir, 'draft.md'));
    const r = check(dir);
    assert.deepEqual(lines(r.stderr), ['item1c: configuration .item1c.json: is a directory; using the defaults']);
    assert.equal(r.status, 0);
    assert.equal(json(r).config, null);
  });
});
