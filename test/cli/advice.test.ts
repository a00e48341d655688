// Advice on the command line: a literal gap that filed practice accepts is advice on a present element
// (information, exit 0 as far as it goes), `--strictness literal` or the configuration file make it a
// partial element, and the JSON carries `advice: [{reason, cite}]`.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fixtureDraft } from '../support/drafts';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const BARE = fixtureDraft('erm-bare-assertion.md');

interface JsonOut {
  files: { elements: { id: string; status: string; reason: string; advice: { reason: string; cite: string }[] }[]; diagnostics: { rule: string; severity: string; element: string | null }[] }[];
}

function check(dir: string, ...args: string[]): { status: number | null; json: JsonOut; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', ...args, 'draft.md'], { cwd: dir, encoding: 'utf8' });
  return { status: r.status, json: JSON.parse(r.stdout) as JsonOut, stderr: r.stderr };
}

describe('advice: literal readings (CLI)', function () {
  let dir = '';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'item1c-advice-'));
    fs.writeFileSync(path.join(dir, 'draft.md'), BARE);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a bare integration statement is present, with advice in the JSON and an information diagnostic, and exit 0', function () {
    const { status, json } = check(dir);
    const erm = json.files[0].elements.find((e) => e.id === 'erm-integration')!;
    assert.equal(erm.status, 'present');
    assert.equal(erm.advice.length, 1);
    assert.match(erm.advice[0].reason, /not how/);
    assert.equal(erm.advice[0].cite, 'Item 106(b)(1)(i)');
    const diags = json.files[0].diagnostics.filter((d) => d.element === 'erm-integration');
    assert.deepEqual(diags.map((d) => `${d.rule} ${d.severity}`), ['element-advice information']);
    // Elements without advice carry an empty list, so a consumer can always iterate it.
    assert.ok(json.files[0].elements.every((e) => Array.isArray(e.advice)));
    assert.equal(status, 0);
  });

  it('--strictness literal makes it partial, with the literal gap as the reason, and a warning', function () {
    const { json } = check(dir, '--strictness', 'literal');
    const erm = json.files[0].elements.find((e) => e.id === 'erm-integration')!;
    assert.equal(erm.status, 'partial');
    assert.match(erm.reason, /literal reading.*not how/);
    assert.deepEqual(erm.advice, []);
    const diags = json.files[0].diagnostics.filter((d) => d.element === 'erm-integration');
    assert.deepEqual(diags.map((d) => `${d.rule} ${d.severity}`), ['element-partial warning']);
  });

  it('"strictness": "literal" in .item1c.json does the same; a wrong value is reported and ignored', function () {
    fs.writeFileSync(path.join(dir, '.item1c.json'), '{ "strictness": "literal" }');
    assert.equal(check(dir).json.files[0].elements.find((e) => e.id === 'erm-integration')!.status, 'partial');
    fs.writeFileSync(path.join(dir, '.item1c.json'), '{ "strictness": "pedantic" }');
    const { json, stderr } = check(dir);
    assert.equal(json.files[0].elements.find((e) => e.id === 'erm-integration')!.status, 'present');
    assert.match(stderr, /"strictness" must be "standard" or "literal"/);
  });

  it('--strictness with another value is a usage error (exit 2)', function () {
    const r = spawnSync(process.execPath, [CLI, 'check', '--strictness', 'strict', 'draft.md'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--strictness expects standard or literal/);
  });
});
