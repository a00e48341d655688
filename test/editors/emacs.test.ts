// End-to-end: a real LSP client (headless Emacs with eglot and flymake) talks to the bundled
// server, shows element diagnostics through flymake, applies an "Insert section" quick fix
// obtained with eglot-code-actions, and sees the diagnostic go away.
import * as assert from 'node:assert/strict';
import { ELEMENTS } from '../../server/src/core';
import { CODE, DRAFT, ELEMENT_IDS, SERVER } from './shared';
import { assertEmacsWithEglot, runEmacs, type EmacsRun } from './emacs/harness';


describe('Emacs with eglot as an LSP client', function () {
  let run: EmacsRun;
  let version: string;

  before(async function () {
    version = assertEmacsWithEglot();
    const started = Date.now();
    run = await runEmacs({ cmd: [process.execPath, SERVER, '--stdio'], draft: DRAFT, code: CODE, fixTitlePrefix: 'Insert section' });
    const context = `\n--- emacs output ---\n${run.output}`;
    assert.ok(!run.timedOut, `Emacs did not finish within 60 s${context}`);
    assert.ok(run.status, `the Emacs driver did not report a status${context}`);
    assert.ok(run.status.ok, `the Emacs driver failed: ${run.status.error}${context}`);
    console.log(`      Emacs ${version}: session in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  it('shows item1c diagnostics in flymake, with element ids as codes', function () {
    const before = run.before!;
    assert.ok(before.length > 0);
    for (const d of before) assert.equal(d.source, 'item1c', `diagnostic without source item1c: ${JSON.stringify(d)}`);
    const target = before.find((d) => d.code === CODE);
    assert.ok(target, `expected ${CODE} among ${JSON.stringify(before.map((d) => d.code))}`);
    assert.equal(target.type, 'eglot-error');
    // As flymake shows it: eglot prefixes the source and the code.
    assert.equal(target.text.startsWith(`item1c [${CODE}]: Missing: `), true, target.text);
    assert.ok(before.some((d) => d.code !== null && ELEMENT_IDS.has(d.code)));
  });

  it('lists the section and the twelve elements in imenu', function () {
    const names = run.symbols as string[];
    assert.ok(names.some((n) => n.includes('Item 1C. Cybersecurity')), JSON.stringify(names));
    for (const element of ELEMENTS) assert.ok(names.some((n) => n.includes(element.title)), `${element.title} in ${JSON.stringify(names)}`);
  });

  it('applies the "Insert section" quick fix and the diagnostic goes away', function () {
    assert.match(run.action!.title, /^Insert section/);
    const buffer = run.buffer!;
    assert.notEqual(buffer.trim(), DRAFT.trim(), 'the buffer did not change');
    for (const line of DRAFT.split('\n').filter((l) => l.trim())) assert.ok(buffer.includes(line), `lost line: ${line}`);
    // The plain-text form of the template: blanks as [●], no snippet syntax.
    assert.ok(!buffer.includes('${'), 'snippet syntax reached a client without snippet support');
    assert.match(buffer, /third-party service providers/);
    const after = run.after!;
    for (const d of after) assert.equal(d.source, 'item1c');
    assert.ok(!after.some((d) => d.code === CODE), `${CODE} is still reported: ${JSON.stringify(after)}`);
  });
});
