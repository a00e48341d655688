// `item1c/tagPlan` over LSP: the bundled server spawned with --stdio, as an editor would.
// `npm test` builds first; run `npm run build` before running this file on its own.
import * as assert from 'node:assert/strict';
import { startServer, type LspClient } from '../support/lspClient';
import type { TagPlanResult } from '../../server/src/lsp/xbrlProtocol';
import { seedDraft } from './helpers';

const METHOD = 'item1c/tagPlan';

describe('xbrl: item1c/tagPlan over stdio', function () {
  let client: LspClient;
  const uri = 'file:///drafts/seed-20f.md';
  const text = seedDraft();
  const lines = text.split('\n');

  before(async function () {
    client = await startServer({ settings: (_scope, section) => (section === 'item1c' ? { debounceMs: 0 } : null) });
    client.open(uri, text, 1);
    await client.waitForDiagnostics(uri, (p) => p.version === 1);
  });

  after(async function () {
    if (client) {
      await client.stop().catch(() => undefined);
      client.dispose();
    }
  });

  it('returns the plan with LSP ranges for an open document', async function () {
    const result = await client.connection.sendRequest<TagPlanResult | null>(METHOD, { uri });
    assert.ok(result);
    assert.equal(result.uri, uri);
    assert.equal(result.version, 1);
    assert.equal(result.form, '20-F');
    assert.equal(result.taggable, true);
    assert.equal(result.facts.length, 16);
    assert.deepEqual(result.untagged, []);
    for (const fact of result.facts) {
      assert.ok(fact.range, fact.element);
      assert.ok(fact.ranges.length >= 1);
      // Zero-based lines and characters: the range starts where the fact's text starts.
      const { start, end } = fact.ranges[0];
      const first = lines[start.line].slice(start.character);
      const expected = fact.text!.split('\n')[0];
      assert.ok(first.replace(/^#+\s*/, '').startsWith(expected.slice(0, 40)), `${fact.element}: "${first.slice(0, 40)}"`);
      assert.ok(end.line > start.line || end.character > start.character);
    }
    const flags = Object.fromEntries(result.facts.filter((f) => f.kind === 'flag').map((f) => [f.element.replace(/^Cybersecurity(Risk)?(Management)?/, ''), f.value]));
    assert.deepEqual(flags, {
      ProcessesIntegratedFlag: true,
      ThirdPartyEngagedFlag: true,
      ThirdPartyOversightAndIdentificationProcessesFlag: true,
      MateriallyAffectedOrReasonablyLikelyToMateriallyAffectRegistrantFlag: false,
      PositionsOrCommitteesResponsibleFlag: true,
      PositionsOrCommitteesResponsibleReportToBoardFlag: true,
    });
    // The import's flags comment is read back as last year's values.
    assert.ok(result.facts.filter((f) => f.kind === 'flag').every((f) => typeof f.lastYear === 'boolean'));
  });

  it('follows edits', async function () {
    const statement = lines.findIndex((l) => l.startsWith('As of the date of this annual report'));
    const mark = client.mark();
    client.change(uri, 2, [
      {
        range: { start: { line: statement, character: 0 }, end: { line: statement, character: lines[statement].length } },
        text: 'In 2024 a ransomware attack materially affected our results of operations, and we incurred remediation costs as a result.',
      },
    ]);
    await client.waitForDiagnostics(uri, (p) => p.version === 2, mark);
    const result = await client.connection.sendRequest<TagPlanResult | null>(METHOD, { uri });
    assert.equal(result!.version, 2);
    const material = result!.facts.find((f) => f.element === 'CybersecurityRiskMateriallyAffectedOrReasonablyLikelyToMateriallyAffectRegistrantFlag')!;
    assert.equal(material.value, true);
    assert.equal(material.lastYear, false);
    assert.equal(material.ranges[0].start.line, statement);
  });

  it('answers null for a document that is not open', async function () {
    assert.equal(await client.connection.sendRequest(METHOD, { uri: 'file:///drafts/not-open.md' }), null);
  });

  it('rejects parameters without a uri', async function () {
    await assert.rejects(client.connection.sendRequest(METHOD, { url: uri }), (err: { code?: number; message?: string }) => {
      assert.equal(err.code, -32602);
      assert.match(err.message ?? '', /expects \{ uri: string \}/);
      return true;
    });
  });
});
