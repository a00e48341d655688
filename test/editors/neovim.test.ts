// End-to-end: a real LSP client (headless Neovim 0.7) talks to the bundled server, receives
// element diagnostics, applies an "Insert section" quick fix and sees the diagnostic go away.
import * as assert from 'node:assert/strict';
import { ELEMENTS } from '../../server/src/core';
import { CODE, DRAFT, ELEMENT_IDS, SERVER } from './shared';
import { assertNeovimInstalled, runNeovim, type NeovimRun } from './neovim/harness';


describe('Neovim 0.7 as an LSP client', function () {
  let run: NeovimRun;

  before(async function () {
    assertNeovimInstalled();
    run = await runNeovim({ cmd: [process.execPath, SERVER, '--stdio'], draft: DRAFT, code: CODE, fixTitlePrefix: 'Insert section' });
    const context = `\n--- neovim output ---\n${run.output}`;
    assert.ok(!run.timedOut, `Neovim did not finish within 60 s${context}`);
    assert.ok(run.status, `the Neovim script did not report a status${context}`);
    assert.ok(run.status.ok, `the Neovim script failed: ${run.status.error}${context}`);
  });

  it('receives item1c diagnostics whose codes are element ids', function () {
    const before = run.before!;
    assert.ok(before.lsp.length > 0);
    for (const d of before.lsp) assert.equal(d.source, 'item1c', `diagnostic without source item1c: ${JSON.stringify(d)}`);
    const elementCodes = before.lsp.map((d) => String(d.code)).filter((c) => ELEMENT_IDS.has(c));
    assert.ok(elementCodes.includes(CODE), `expected ${CODE} among ${JSON.stringify(before.lsp.map((d) => d.code))}`);
    // Neovim accepted every published diagnostic into vim.diagnostic.
    assert.equal(before.vim.length, before.lsp.length);
    assert.ok(before.vim.some((d) => d.code === CODE && d.source === 'item1c'));
  });

  it('gets the outline: the section, its sub-headings and the twelve elements with their status', function () {
    const symbols = run.symbols as { name: string; detail?: string; children?: { name: string; detail?: string; children?: { name: string; detail?: string }[] }[] }[];
    assert.equal(symbols.length, 1, JSON.stringify(symbols));
    assert.equal(symbols[0].name, 'Item 1C. Cybersecurity');
    const subs = symbols[0].children ?? [];
    assert.deepEqual(subs.map((s) => s.name), ['Risk Management and Strategy', 'Governance']);
    const elements = [...(symbols[0].children ?? []), ...subs.flatMap((s) => s.children ?? [])].filter((e) => e.detail !== undefined && e.detail !== '' && !/addressed/.test(e.detail));
    assert.equal(elements.length, 12, JSON.stringify(elements));
    const missing = ELEMENTS.find((e) => e.id === CODE)!;
    assert.equal(elements.find((e) => e.name === missing.title)?.detail, 'missing');
  });

  it('applies the "Insert section" quick fix and the diagnostic goes away', function () {
    const action = run.action!;
    assert.match(action.title, /^Insert section/);
    const buffer = run.buffer!;
    assert.notEqual(buffer.trim(), DRAFT.trim(), 'the buffer did not change');
    for (const text of insertedTexts(action.edit)) {
      assert.ok(buffer.includes(text.trim()), `buffer lacks the inserted text:\n${text}\n--- buffer ---\n${buffer}`);
    }
    // The draft's own sentences survive the insertion.
    for (const line of DRAFT.split('\n').filter((l) => l.trim())) assert.ok(buffer.includes(line), `lost line: ${line}`);

    const after = run.after!;
    assert.ok(after.publishes > 0, 'no diagnostics were published after the edit');
    for (const d of after.lsp) assert.equal(d.source, 'item1c');
    assert.ok(!after.lsp.some((d) => d.code === CODE), `${CODE} is still reported: ${JSON.stringify(after.lsp)}`);
  });
});

/** The newText of every edit in a WorkspaceEdit, whichever of its two shapes the server used. */
function insertedTexts(edit: unknown): string[] {
  const e = edit as { changes?: Record<string, { newText: string }[]>; documentChanges?: { edits?: { newText: string }[] }[] };
  const edits = [...Object.values(e.changes ?? {}).flat(), ...(e.documentChanges ?? []).flatMap((c) => c.edits ?? [])];
  assert.ok(edits.length > 0, `the quick fix carries no text edits: ${JSON.stringify(edit)}`);
  return edits.map((x) => x.newText).filter((t) => t.trim().length > 0);
}
