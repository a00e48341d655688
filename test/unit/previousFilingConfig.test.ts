// Where last year's filing is configured: the previousFiling key of .item1c.json, the
// item1c.previousFiling setting, and how a relative path in each is resolved.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseConfig } from '../../server/src/config/parse';
import { normalizeSettings } from '../../server/src/lsp/settings';
import { PreviousFilings } from '../../server/src/lsp/previousFiling';

describe('previous filing configuration', () => {
  it('.item1c.json: previousFiling is a path; anything else is an error and ignored', () => {
    assert.deepEqual(parseConfig('{ "previousFiling": "filed/2023.md" }'), { options: { previousFiling: 'filed/2023.md' }, problems: [], broken: false });
    for (const bad of ['42', '""', '["a.md"]']) {
      const parsed = parseConfig(`{ "previousFiling": ${bad} }`);
      assert.equal(parsed.options.previousFiling, undefined, bad);
      assert.equal(parsed.problems.length, 1, bad);
      assert.match(parsed.problems[0].message, /"previousFiling" must be the path of last year's filed section/);
    }
  });

  it('the setting: a path, trimmed; anything else is a problem and none', () => {
    assert.equal(normalizeSettings({ previousFiling: ' filed/2023.md ' }).settings.previousFiling, 'filed/2023.md');
    assert.equal(normalizeSettings({}).settings.previousFiling, '');
    const bad = normalizeSettings({ previousFiling: 3 });
    assert.equal(bad.settings.previousFiling, '');
    assert.deepEqual(bad.problems, ['previousFiling: 3 is not a file path']);
  });

  it('resolves the setting against the workspace folder holding the draft, the file key against the file', () => {
    const filings = new PreviousFilings(() => undefined);
    const root = path.resolve('/work/drafts');
    const draft = pathToFileURL(path.join(root, 'fy2024', 'item1c.md')).href;
    assert.equal(filings.resolve(draft, 'filed/2023.md', [root, path.join(root, 'fy2024', 'x')], null), path.join(root, 'filed', '2023.md'));
    assert.equal(filings.resolve(draft, 'last.md', [], null), path.join(root, 'fy2024', 'last.md'));
    assert.equal(filings.resolve(draft, path.resolve('/elsewhere/2023.md'), [root], { path: path.join(root, '.item1c.json'), previousFiling: 'x.md' }), path.resolve('/elsewhere/2023.md'));
    assert.equal(filings.resolve(draft, '', [root], { path: path.join(root, 'config', '.item1c.json'), previousFiling: '../filed/2023.md' }), path.join(root, 'filed', '2023.md'));
    assert.equal(filings.resolve(draft, '', [root], null), null);
    // An untitled draft has no folder: only an absolute setting applies.
    assert.equal(filings.resolve('untitled:Untitled-1', 'last.md', [root], null), null);
  });
});
