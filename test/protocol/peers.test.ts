// Peer figures over the real language server: the hover beside an element carries the filed figure and
// whether this draft shows the practice; "Show examples from filed sections" offers the model sentences,
// as one command for a client that shows them (VS Code) and as reference-note insertions for others.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Hover, MarkupContent, TextEdit } from 'vscode-languageserver-protocol/node';
import { PEER_DATA } from '../../server/src/core';
import { SHOW_PEER_EXAMPLES_COMMAND, type ShowPeerExamplesArgs } from '../../server/src/lsp/protocol';
import { startServer, type LspClient } from '../support/lspClient';

// The committee is briefed "periodically": no stated frequency. No materiality statement at all.
const DRAFT = `# Item 1C. Cybersecurity

## Risk Management and Strategy

We maintain processes for assessing, identifying and managing risks from cybersecurity threats, including vulnerability scanning and employee training.

## Governance

Our Audit Committee is responsible for the oversight of risks from cybersecurity threats.
The Audit Committee receives periodic reports from our Chief Information Security Officer on cybersecurity risks.
`;
const URI = 'file:///peers/draft.md';
const BRIEFED = 'The Audit Committee receives periodic reports';

function positionOf(text: string, needle: string): { line: number; character: number } {
  return TextDocument.create(URI, 'markdown', 1, text).positionAt(text.indexOf(needle) + 4);
}

async function actionsAt(client: LspClient, text: string, needle: string): Promise<CodeAction[]> {
  const at = positionOf(text, needle);
  return (await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: URI },
    range: { start: at, end: at },
    context: { diagnostics: [] },
  })) as CodeAction[];
}

describe('peer figures (LSP)', function () {
  const briefing = PEER_DATA.practices['briefing-frequency'];
  const N = PEER_DATA.sections;

  it('the hover on the evidence of how the committee is informed gives the filed figure and says this draft does not state a frequency', async function () {
    const client = await startServer({ settings: () => ({ debounceMs: 0 }) });
    try {
      client.open(URI, DRAFT, 1);
      const published = await client.waitForDiagnostics(URI, (p) => p.version === 1);
      const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: positionOf(DRAFT, BRIEFED) })) as Hover | null;
      const value = (hover!.contents as MarkupContent).value;
      assert.match(value, /\*\*Filed practice\*\* \(information only\):/);
      assert.ok(value.includes(`- ${briefing.count} of ${N} filed sections state how often the board or its committee is briefed; this draft does not.`), value);
      assert.ok(value.includes(`- Present in ${PEER_DATA.elements['board-informed'].present} of ${N} filed sections.`), value);
      // Advice only: no diagnostic speaks of filed practice.
      assert.ok(!published.diagnostics.some((d) => /filed/.test(String(d.message))), JSON.stringify(published.diagnostics));

      // Once the draft states a frequency, the hover says so.
      const quarterly = DRAFT.replace('receives periodic reports', 'receives quarterly reports');
      client.change(URI, 2, [{ text: quarterly }]);
      await client.waitForDiagnostics(URI, (p) => p.version === 2);
      const after = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: positionOf(quarterly, 'The Audit Committee receives quarterly') })) as Hover | null;
      assert.ok((after!.contents as MarkupContent).value.includes(`- ${briefing.count} of ${N} filed sections state how often the board or its committee is briefed; this draft does.`));
    } finally {
      client.dispose();
    }
  });

  it('a client that runs item1c.showPeerExamples gets one action carrying the model sentences and the notes to insert', async function () {
    const client = await startServer({ settings: () => ({ debounceMs: 0 }), initializationOptions: { snippetInsertion: true, peerExamples: true } });
    try {
      client.open(URI, DRAFT, 1);
      await client.waitForDiagnostics(URI, (p) => p.version === 1);
      const actions = await actionsAt(client, DRAFT, BRIEFED);
      const show = actions.filter((a) => a.command?.command === SHOW_PEER_EXAMPLES_COMMAND);
      assert.deepEqual(show.map((a) => a.title), ['Show examples from filed sections: How the board is informed']);
      const args = show[0].command!.arguments![0] as ShowPeerExamplesArgs;
      assert.equal(args.uri, URI);
      assert.equal(args.version, 1);
      assert.deepEqual(args.examples.map((e) => e.sentence), briefing.examples.map((m) => m.text));
      for (const [i, e] of args.examples.entries()) {
        const m = briefing.examples[i];
        assert.equal(e.source, `${m.company}, ${m.fiscalYear === null ? 'fiscal year not stated' : `fiscal ${m.fiscalYear}`}`);
        // Never the company's own statement: a bracketed reference note with the drafting marker.
        assert.ok(e.insertText.includes(`[Filed example (${e.source}), for reference only; its facts are that company's, not ours: "${m.text}"] [Company to confirm]`), e.insertText);
      }
      // After the paragraph that holds the evidence.
      const line = DRAFT.split('\n').findIndex((l) => l.startsWith(BRIEFED));
      assert.equal(args.position.line, line);
    } finally {
      client.dispose();
    }
  });

  it('other clients get one insertion per model sentence; an inserted note is a blocker and makes nothing present', async function () {
    const client = await startServer({ settings: () => ({ debounceMs: 0 }) });
    try {
      client.open(URI, DRAFT, 1);
      const first = await client.waitForDiagnostics(URI, (p) => p.version === 1);
      const heading = first.diagnostics.find((d) => d.code === 'material-effect');
      assert.ok(heading, 'the materiality statement is missing');
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: URI },
        range: heading.range,
        context: { diagnostics: [heading] },
      })) as CodeAction[];
      const examples = actions.filter((a) => a.title.startsWith('Show example from filed sections (') && a.title.includes('Materiality statement, both prongs'));
      const models = PEER_DATA.practices['materiality-both-prongs'].examples;
      assert.equal(examples.length, models.length, actions.map((a) => a.title).join('\n'));
      const edit = (examples[0].edit!.changes![URI] as TextEdit[])[0];
      const doc = TextDocument.create(URI, 'markdown', 1, DRAFT);
      const inserted = TextDocument.applyEdits(doc, [edit]);
      assert.ok(inserted.includes(models[0].text));
      client.change(URI, 2, [{ text: inserted }]);
      const after = await client.waitForDiagnostics(URI, (p) => p.version === 2);
      const noteLine = inserted.split('\n').findIndex((l) => l.startsWith('[Filed example'));
      const onNote = after.diagnostics.filter((d) => d.range.start.line === noteLine && d.severity === 1);
      assert.ok(onNote.length > 0, `no blocker on the inserted note: ${JSON.stringify(after.diagnostics)}`);
      // The note's sentence is another company's: the element is not present on its strength.
      const checklist = (await client.connection.sendRequest('item1c/checklist', { uri: URI })) as { elements: { id: string; status: string }[] };
      assert.notEqual(checklist.elements.find((e) => e.id === 'material-effect')!.status, 'present');
    } finally {
      client.dispose();
    }
  });

  it('the checklist carries the figures beside each element', async function () {
    const client = await startServer({ settings: () => ({ debounceMs: 0 }) });
    try {
      client.open(URI, DRAFT, 1);
      await client.waitForDiagnostics(URI, (p) => p.version === 1);
      const checklist = (await client.connection.sendRequest('item1c/checklist', { uri: URI })) as { elements: { id: string; peers?: { practice: string | null; label: string; text: string; inDraft: boolean | null }[] }[] };
      const informed = checklist.elements.find((e) => e.id === 'board-informed')!;
      assert.deepEqual(
        informed.peers!.map((p) => [p.practice, p.inDraft, p.label]),
        [
          [null, true, `${PEER_DATA.elements['board-informed'].present}/${N} filed: present`],
          ['briefing-frequency', false, `${briefing.count}/${N} filed: briefing frequency`],
        ],
      );
      const committee = checklist.elements.find((e) => e.id === 'board-committee')!;
      assert.equal(committee.peers!.find((p) => p.practice === 'audit-committee')!.inDraft, true);
    } finally {
      client.dispose();
    }
  });
});
