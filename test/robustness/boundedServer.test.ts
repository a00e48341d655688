// Hostile drafts over the real protocol: a list nested 10,000 deep, 100,000 opening brackets, a table
// 10,000 columns wide. Each is checked with a bounded number of diagnostics, and the server answers the
// next request while the document stays open and is edited. Time limits here only catch a hang;
// speed is measured in `npm run bench`.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ELEMENTS, MAX_FINDINGS } from '../../server/src/core';
import { startServer, type LspClient } from '../support/lspClient';

const HEAD = '# Item 1C. Cybersecurity\n\nWe maintain processes for assessing, identifying and managing material risks from cybersecurity threats.\n\n';
/** Diagnostics one document may carry: the capped rule findings, the element verdicts (never dropped) and the one that says how many more there are. */
const MAX_DIAGNOSTICS = MAX_FINDINGS + ELEMENTS.length + 1;
/** Far above what any of these takes; only a hang or a blow-up in work reaches it. */
const HANG_MS = 10_000;

const HOSTILE: [string, string][] = [
  ['a list nested 10,000 deep', `${HEAD}${'- '.repeat(10_000)}\n`],
  ['100,000 opening brackets', `${HEAD}${'['.repeat(100_000)}\n`],
  ['a table 10,000 columns wide', `${HEAD}${'| a '.repeat(10_000)}|\n${'|---'.repeat(10_000)}|\n${'| x '.repeat(10_000)}|\n`],
];

describe('robustness: bounded work over the protocol', function () {
  this.timeout(60_000);
  let client: LspClient | null = null;
  afterEach(async () => {
    if (client) await client.stop().catch(() => client?.dispose());
    client = null;
  });

  for (const [name, text] of HOSTILE) {
    it(`${name}: a bounded number of diagnostics, and the server keeps answering through an edit`, async function () {
      client = await startServer({ settings: () => ({ debounceMs: 0 }) });
      const uri = `file:///hostile/${name.replace(/\W+/g, '-')}.md`;
      client.open(uri, text);
      const first = await client.waitForDiagnostics(uri, (p) => p.version === 1, 0, HANG_MS);
      assert.ok(first.diagnostics.length <= MAX_DIAGNOSTICS, `${first.diagnostics.length} diagnostics`);
      assert.ok(first.diagnostics.length > 0, 'the draft is still checked');

      // A keystroke at the end of the hostile text is checked again, and a hover is answered after it.
      const doc = TextDocument.create(uri, 'markdown', 1, text);
      const end = doc.positionAt(text.length);
      const mark = client.mark();
      client.change(uri, 2, [{ range: { start: end, end }, text: 'x' }]);
      const second = await client.waitForDiagnostics(uri, (p) => p.version === 2, mark, HANG_MS);
      assert.ok(second.diagnostics.length <= MAX_DIAGNOSTICS);
      const started = Date.now();
      await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } });
      assert.ok(Date.now() - started < HANG_MS);
    });
  }

  it('when findings are capped, one diagnostic says how many more there are', async function () {
    client = await startServer({ settings: () => ({ debounceMs: 0 }) });
    const uri = 'file:///hostile/brackets-count.md';
    client.open(uri, HOSTILE[1][1]);
    const published = await client.waitForDiagnostics(uri, (p) => p.version === 1, 0, HANG_MS);
    const more = published.diagnostics.filter((d) => /more (findings|diagnostics)/i.test(String(d.message)));
    assert.equal(more.length, 1, published.diagnostics.slice(-3).map((d) => d.message).join('\n'));
    assert.match(String(more[0].message), /\d[\d,]* more/);
  });
});
