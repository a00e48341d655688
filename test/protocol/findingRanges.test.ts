// Each finding sits on what it judges: a partial element on its evidence sentence, a missing one on
// the heading of its part with the place its section would go as related information; the hover gives
// the verdict, what is missing, the quoted evidence with its line, and the rule text.
import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { analyze } from '../../server/src/core';
import { startServer } from '../support/lspClient';
import { fixtureDraft } from '../support/drafts';

const DRAFT = fixtureDraft('finding-ranges.md');
const URI = 'file:///ranges/draft.md';
const lines = DRAFT.split('\n');
const textOf = (d: Diagnostic) => lines[d.range.start.line].slice(d.range.start.character, d.range.start.line === d.range.end.line ? d.range.end.character : undefined);

describe('finding ranges (LSP)', function () {
  it('puts a partial element on its evidence sentence, and a missing one on its part heading with the insertion point related', async function () {
    const client = await startServer({ settings: () => ({ debounceMs: 0 }) });
    try {
      client.open(URI, DRAFT, 1);
      const p = await client.waitForDiagnostics(URI, (x) => x.version === 1);
      const expertise = p.diagnostics.find((d) => d.code === 'management-expertise')!;
      assert.equal(textOf(expertise), 'Our security leadership team has a combined 45 years of experience in cybersecurity.');

      const assessors = p.diagnostics.find((d) => d.code === 'third-party-assessors' && d.source === 'item1c' && /^Missing/.test(String(d.message)))!;
      assert.equal(textOf(assessors), 'Risk Management and Strategy');
      assert.equal(assessors.relatedInformation?.length, 1);
      const related = assessors.relatedInformation![0];
      assert.equal(related.location.uri, URI);
      assert.match(related.message, /would be inserted here/);
      // The related position is where the quick fix inserts the drafted section.
      const report = analyze(DRAFT);
      const fix = report.findings.find((f) => f.rule === 'element-missing' && f.element === 'third-party-assessors')!.fixes[0];
      const offset = fix.insertions[0].offset;
      const before = DRAFT.slice(0, offset).split('\n');
      assert.deepEqual(related.location.range.start, { line: before.length - 1, character: before[before.length - 1].length });

      const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: expertise.range.start })) as { contents: { value: string } };
      const value = hover.contents.value;
      assert.match(value, /^\*\*Expertise of responsible management\*\*: partial \(Item 106\(c\)\(2\)\(i\)/);
      assert.match(value, /\*\*What is missing:\*\* /);
      assert.match(value, new RegExp(`> Our security leadership team has a combined 45 years of experience in cybersecurity\\. \\(line ${expertise.range.start.line + 1}\\)`));
      assert.ok(value.indexOf('Rule text') > value.indexOf('What is missing'), 'the rule text comes last');
      assert.ok(!value.includes(String(expertise.message)), 'the hover does not repeat the diagnostic message');
    } finally {
      client.dispose();
    }
  });
});
