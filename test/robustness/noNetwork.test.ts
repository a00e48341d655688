// Nothing leaves the machine: the CLI and a whole language-server session run with a preload that
// makes every network API throw and leave a marker on stderr. No marker may appear.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { startServer } from '../support/lspClient';
import { EXAMPLES, REPO_ROOT } from './arbitraries';

const PRELOAD = path.join(__dirname, 'noNetwork.cjs');
const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const ATTEMPT = 'ITEM1C-NETWORK-ATTEMPT';
const ACTIVE = 'ITEM1C-NO-NETWORK-ACTIVE';

describe('robustness: no network', function () {
  this.timeout(60_000);

  it('the preload does block the network (self-check)', () => {
    const r = spawnSync(process.execPath, ['--require', PRELOAD, '-e', "require('node:net').connect(443, 'example.com')"], { encoding: 'utf8' });
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, new RegExp(`${ATTEMPT} net.connect`));
    const f = spawnSync(process.execPath, ['--require', PRELOAD, '-e', "fetch('https://example.com').catch(() => process.exit(3))"], { encoding: 'utf8' });
    assert.match(f.stderr, new RegExp(`${ATTEMPT} fetch`));
  });

  it('the CLI checks the examples (text, JSON and SARIF) without touching the network', () => {
    const files = EXAMPLES.map((e) => path.join('examples', e.name));
    for (const format of ['text', 'json', 'sarif']) {
      const r = spawnSync(process.execPath, ['--require', PRELOAD, CLI, 'check', '--format', format, ...files], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        env: { ...process.env, ITEM1C_NO_NETWORK_ANNOUNCE: '1' },
      });
      assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
      assert.match(r.stderr, new RegExp(ACTIVE), 'the preload did not run');
      assert.doesNotMatch(r.stderr, new RegExp(ATTEMPT), r.stderr);
      assert.ok(r.stdout.length > 0);
    }
  });

  it('a language-server session (open, edit, hover, code actions, stats, close) never touches the network', async () => {
    const saved = { options: process.env.NODE_OPTIONS, announce: process.env.ITEM1C_NO_NETWORK_ANNOUNCE };
    process.env.NODE_OPTIONS = `${saved.options ?? ''} --require ${JSON.stringify(PRELOAD).slice(1, -1)}`.trim();
    process.env.ITEM1C_NO_NETWORK_ANNOUNCE = '1';
    const client = await startServer({ settings: () => ({ debounceMs: 0 }) });
    process.env.NODE_OPTIONS = saved.options;
    if (saved.options === undefined) delete process.env.NODE_OPTIONS;
    if (saved.announce === undefined) delete process.env.ITEM1C_NO_NETWORK_ANNOUNCE;
    try {
      for (const [i, e] of EXAMPLES.entries()) {
        const uri = `file://${path.join(REPO_ROOT, 'examples', e.name)}`;
        client.open(uri, e.text);
        const p = await client.waitForDiagnostics(uri);
        const mark = client.mark();
        client.change(uri, 2, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'x' }]);
        await client.waitForDiagnostics(uri, (x) => x.version === 2, mark);
        await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 3 } });
        await client.connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri },
          range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } },
          context: { diagnostics: p.diagnostics },
        });
        await client.connection.sendRequest('item1c/stats', { uri });
        if (i % 2 === 0) client.close(uri);
      }
    } finally {
      await client.stop().catch(() => client.dispose());
    }
    assert.match(client.stderr(), new RegExp(ACTIVE), 'the preload did not run in the server');
    assert.doesNotMatch(client.stderr(), new RegExp(ATTEMPT), client.stderr());
  });
});
