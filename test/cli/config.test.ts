// The CLI with configuration files and waivers: `--config`, `--no-config`, discovery next to the
// draft, a broken file (a message on stderr, the defaults, no crash), and waivers in the output.
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

  const json = (r: { stdout: string }) => (JSON.parse(r.stdout) as { files: JsonFile[] }).files[0];
  const rules = (f: JsonFile, rule: string) => f.diagnostics.filter((d) => d.rule === rule);

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
