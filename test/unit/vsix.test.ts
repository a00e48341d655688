// The .vsix must hold exactly the run-time files: .vscodeignore is an allow-list, and this test
// catches a widened pattern (source maps, sources, tests, drafts) before anything is published.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const VSCE = path.join(ROOT, 'node_modules', '.bin', 'vsce');

const FIXED = [
  'CHANGELOG.md',
  'LICENSE',
  'README.md',
  'dist/cli.js',
  'dist/client.js',
  // Loaded by the server on demand, for the comparison with last year's filing.
  'dist/compare.js',
  // Loaded by the server on the first export of the checklist report.
  'dist/render.js',
  'dist/server.js',
  // Word import and export, loaded on demand by the CLI and the client.
  'dist/word.js',
  'package.json',
  // Opened by the walkthrough's "Open an example draft" step; fictional.
  'examples/missing-elements-draft.md',
];

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

describe('vsix contents', function () {
  this.timeout(30_000);

  it('lists exactly the allow-listed files', function () {
    for (const f of ['dist/client.js', 'dist/server.js', 'dist/cli.js', 'dist/word.js']) {
      assert.ok(fs.existsSync(path.join(ROOT, f)), `${f} is missing: run npm run build first`);
    }
    const result = spawnSync(VSCE, ['ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8', timeout: 25_000 });
    assert.equal(result.status, 0, `vsce ls failed: ${result.error?.message ?? ''}${result.stderr}`);
    const listed = result.stdout.split('\n').map((l) => l.trim()).filter(Boolean).sort();
    const expected = [...FIXED, ...filesUnder('syntaxes'), ...filesUnder('media'), ...filesUnder('snippets'), ...filesUnder('schemas')].sort();
    assert.deepEqual(listed, expected);
  });

  it('ships a grammar file for every grammar the manifest declares', function () {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      contributes?: { grammars?: { path: string; scopeName: string }[] };
    };
    for (const g of manifest.contributes?.grammars ?? []) {
      const file = path.join(ROOT, g.path);
      assert.ok(fs.existsSync(file), `${g.path} does not exist`);
      const grammar = JSON.parse(fs.readFileSync(file, 'utf8')) as { scopeName?: string };
      assert.equal(grammar.scopeName, g.scopeName);
    }
  });
});
