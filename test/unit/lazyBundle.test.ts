// The on-demand bundles (compare.js, render.js, word.js): loaded on the first call and once only,
// from the source module when none is built, and refused in the same words whichever is missing.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lazyBundle, MissingBundleError, type BundleName } from '../../server/src/lazyBundle';

describe('lazyBundle', function () {
  let dir: string;
  beforeEach(function () {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'item1c-bundle-'));
  });
  afterEach(function () {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A bundle that counts how often its code runs, in a global no other test uses. */
  function writeCountingBundle(name: BundleName, key: string): void {
    fs.writeFileSync(path.join(dir, `${name}.js`), `globalThis[${JSON.stringify(key)}] = (globalThis[${JSON.stringify(key)}] ?? 0) + 1; module.exports = { name: ${JSON.stringify(name)} };\n`);
  }
  const runs = (key: string) => (globalThis as Record<string, unknown>)[key];

  it('loads nothing until first called, then the bundle once, however often it is called', function () {
    const key = `item1cBundleRuns${process.pid}${Date.now()}`;
    writeCountingBundle('render', key);
    const load = lazyBundle<{ name: string }>('render', { dir });
    assert.equal(runs(key), undefined);
    const first = load();
    assert.equal(first.name, 'render');
    assert.equal(load(), first);
    assert.equal(runs(key), 1);
  });

  it('refuses a missing bundle with the same error for every bundle, and loads it once it is there', function () {
    for (const name of ['compare', 'render', 'word'] as const) {
      const load = lazyBundle<{ name: string }>(name, { dir });
      assert.throws(load, (error: unknown) => error instanceof MissingBundleError && error.message === `${name}.js is missing from the installation`);
      writeCountingBundle(name, `item1cBundleRuns${name}${process.pid}${Date.now()}`);
      assert.equal(load().name, name);
    }
  });

  it('loads the source module when no bundle is built and a source is given', function () {
    const source = path.join(dir, 'source.js');
    fs.writeFileSync(source, 'module.exports = { from: "source" };\n');
    assert.deepEqual(lazyBundle<{ from: string }>('word', { dir, source })(), { from: 'source' });
  });
});
