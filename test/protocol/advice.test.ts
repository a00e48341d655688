// Advice over LSP: information severity on the sentence the element rests on, the advice in the hover,
// and the item1c.strictness setting turning it into a partial warning.
import * as assert from 'node:assert/strict';
import { startServer } from '../support/lspClient';
import { fixtureDraft } from '../support/drafts';

const BARE = fixtureDraft('erm-bare-assertion.md');
const URI = 'file:///advice/draft.md';

describe('advice: literal readings (LSP)', function () {
  it('is an information diagnostic on the integration sentence, and the hover says it is advice', async function () {
    const client = await startServer({ settings: () => ({ debounceMs: 0 }) });
    try {
      client.open(URI, BARE, 1);
      const p = await client.waitForDiagnostics(URI, (x) => x.version === 1);
      const advice = p.diagnostics.filter((d) => d.code === 'element-advice');
      assert.equal(advice.length, 1, JSON.stringify(p.diagnostics));
      assert.equal(advice[0].severity, 3 /* Information */);
      const line = BARE.split('\n')[advice[0].range.start.line];
      assert.match(line.slice(advice[0].range.start.character, advice[0].range.end.character), /^We have integrated cybersecurity risk management/);
      // Element verdicts carry the element id as their code.
      assert.ok(!p.diagnostics.some((d) => d.code === 'erm-integration'));
      const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: advice[0].range.start })) as { contents: { value: string } } | null;
      assert.match(hover!.contents.value, /\*\*Advice\*\* \(Item 106\(b\)\(1\)\(i\), information only\): .*not how/);
    } finally {
      client.dispose();
    }
  });

  it('item1c.strictness "literal" reports it as a partial warning instead', async function () {
    const client = await startServer({ settings: () => ({ debounceMs: 0, strictness: 'literal' }) });
    try {
      client.open(URI, BARE, 1);
      const p = await client.waitForDiagnostics(URI, (x) => x.version === 1);
      assert.ok(!p.diagnostics.some((d) => d.code === 'element-advice'));
      const partial = p.diagnostics.filter((d) => d.code === 'erm-integration');
      assert.equal(partial.length, 1);
      assert.equal(partial[0].severity, 2 /* Warning */);
      assert.match(String(partial[0].message), /^Incomplete: .*literal reading/);
    } finally {
      client.dispose();
    }
  });
});
