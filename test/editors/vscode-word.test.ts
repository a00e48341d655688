// End-to-end in a REAL VS Code (code-server 4.100.3 in Debian's Chromium, the packaged .vsix installed):
// a Word draft imported through the Command Palette and exported back to Word, and last year's filing
// compared with this year's in the checklist and a diff editor opened from a code lens.
// Expectations come from the shipped CLI (`item1c import`, `item1c check`, `item1c compare`) and the
// product's own Word importer, never from this file. The Word draft is written here with the docx
// package; the two filings are a real company's, from the shared corpus of filed sections.
//
// Prerequisites as for vscode.test.ts (chromium, scripts/e2e-install.sh). Screenshots go to
// test-output/e2e/ (word-*.png, previous-filing-*.png); with ITEM1C_README_IMAGES=1 the diff view is
// also written to docs/images/previous-filing-diff.png, the README's picture of it.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core';
import type * as WordModule from '../../server/src/word';
import { draftDocx } from '../support/wordDocs';
import { ROOT, assertPrerequisites, packageVsix, startSession, type Page, type Session } from './vscode/harness';
import { QUIET_SETTINGS, ariaLabels, openFile, runCommand, waitUntil, widenSideBar } from './vscode/workbench';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus', 'dev');
/** A company whose filing was partly rewritten from one year to the next: some elements verbatim, some edited. */
const LAST_YEAR = 'amd-2023-aeb297b0.md';
const THIS_YEAR = 'amd-2024-ca424dce.md';
const LAST_YEAR_PATH = `filed/${LAST_YEAR}`;

const SETTINGS = {
  ...QUIET_SETTINGS,
  // Relative to the workspace folder, as a user would set it.
  'item1c.previousFiling': LAST_YEAR_PATH,
};

interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface CompareJson {
  elements: {
    id: string;
    title: string;
    change: 'unchanged' | 'edited' | 'new' | 'dropped';
    last: { sentences: { text: string }[] };
    this: { sentences: { startLine: number; text: string }[] };
    /** Edited elements only: the word diff. */
    diff?: { op: 'equal' | 'removed' | 'added'; text: string }[];
  }[];
}



/**
 * Answers code-server's file dialog (VS Code's simple file dialog: a path in a quick input) with `file`,
 * an absolute path. The dialog fills in its folder once that is listed, which can land after a keystroke:
 * the path is typed again until the input holds it.
 */
async function answerFileDialog(page: Page, file: string): Promise<void> {
  const widget = page.locator('.quick-input-widget');
  const input = widget.locator('input[type="text"]').first();
  const value = () => input.evaluate((i) => i.value ?? '');
  await waitUntil('the file dialog to list its folder', async () => (await value()).startsWith('/') && (await widget.locator('.quick-input-list .monaco-list-row').count()) > 0);
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+A');
    await page.keyboard.type(file);
    try {
      await waitUntil(`the file dialog to hold ${file}`, async () => (await value()) === file, 5_000);
      break;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
  // Enter can reach the dialog before it has taken in the typed path ("Please select a file."): it then
  // stays open on the same path, and Enter is pressed again.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Enter');
    try {
      await widget.first().waitFor({ state: 'hidden', timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt >= 3 || (await value()) !== file) throw error;
    }
  }
}



/** The sentences of a draft's section, whitespace folded, as the core splits them. */
function sentences(markdown: string): string[] {
  return analyze(markdown).sentences.map((s) => s.text.replace(/\s+/g, ' ').trim());
}

describe('VS Code 1.100 (code-server in Chromium): Word drafts and last year\'s filing', function () {
  this.timeout(300_000);

  let session: Session;
  let page: Page;
  const timings: [string, number][] = [];
  let clock = Date.now();
  const lap = (step: string) => {
    const now = Date.now();
    timings.push([step, now - clock]);
    clock = now;
  };

  before(async function () {
    const versions = assertPrerequisites();
    console.log(`      code-server ${versions.codeServer}, playwright-core ${versions.playwright}, ${versions.chromium}`);
    if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
    for (const name of [LAST_YEAR, THIS_YEAR]) {
      if (!fs.existsSync(path.join(CORPUS, name))) throw new Error(`${name} is missing from the corpus of filed sections (${CORPUS})`);
    }
    clock = Date.now();
    const vsix = packageVsix();
    lap('npm run package');
    session = await startSession({
      vsix,
      files: {
        [LAST_YEAR_PATH]: fs.readFileSync(path.join(CORPUS, LAST_YEAR), 'utf8'),
        [THIS_YEAR]: fs.readFileSync(path.join(CORPUS, THIS_YEAR), 'utf8'),
      },
      settings: SETTINGS,
    });
    page = session.page;
    fs.writeFileSync(path.join(session.workspace, 'draft.docx'), await draftDocx());
    lap('install the .vsix, start code-server and Chromium');
    await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 60_000 });
    await page.locator('.part.statusbar').waitFor({ timeout: 60_000 });
    lap('workbench loaded');
  });

  after(async function () {
    if (session) {
      if (this.currentTest?.state === 'failed' || timings.length < 3) console.log(session.log().slice(-4000));
      await session.close();
    }
    if (timings.length > 0) {
      console.log('      timings:');
      for (const [step, ms] of timings) console.log(`        ${(ms / 1000).toFixed(1).padStart(6)} s  ${step}`);
    }
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session) await session.screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 60)}`);
  });

  it('imports a Word draft from the Command Palette: comments become drafting notes in Problems, and a note says the tracked changes were accepted', async function () {
    const docx = path.join(session.workspace, 'draft.docx');
    const expectedMarkdown = cli(['import', docx]);
    assert.equal(expectedMarkdown.status, 0, expectedMarkdown.stderr);

    await runCommand(page, 'item1c: Import Word draft...');
    await answerFileDialog(page, docx);
    await page.locator('.tab[aria-label^="draft.md"]').waitFor({ timeout: 30_000 });
    const file = path.join(session.workspace, 'draft.md');
    assert.equal(fs.readFileSync(file, 'utf8'), expectedMarkdown.stdout, 'the draft saved beside the Word file is what `item1c import` gives');
    lap('import: draft.md opened');

    // The tracked changes are announced, and stay in the draft as a note under the heading.
    const tracked = /the Word draft has (\d+) unaccepted tracked changes?/.exec(expectedMarkdown.stdout);
    assert.ok(tracked, 'the import notes the pending tracked changes');
    await waitUntil('the import notification about the tracked changes', async () => {
      const toasts = await page.locator('.notifications-toasts').innerText().catch(() => '');
      return toasts.includes('item1c: imported draft.docx.') && toasts.includes(`${tracked[1]} unaccepted tracked change`) ? toasts : false;
    });
    await session.screenshot('word-01-imported');

    const check = cli(['check', '--format', 'json', file]);
    assert.equal(check.status, 1, check.stderr);
    const diagnostics = (JSON.parse(check.stdout) as { files: { diagnostics: { rule: string; severity: string; message: string; startLine: number; startColumn: number }[] }[] }).files[0].diagnostics;
    const residue = diagnostics.filter((d) => d.rule === 'residue-drafting-note');
    const comments = residue.filter((d) => d.message.includes('[Comment – '));
    assert.ok(comments.length >= 1, `the Word comments should be drafting notes: ${JSON.stringify(residue)}`);
    assert.ok(residue.some((d) => d.message.includes('[Note to Draft: the Word draft has')), 'the tracked-changes note is a blocker');

    await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
    await runCommand(page, 'View: Toggle Maximized Panel');
    const rows = page.locator('.markers-panel .monaco-list-row[aria-level="2"]');
    const labels = await waitUntil('every drafting note of the imported draft in Problems', async () => {
      const now = await ariaLabels(rows);
      return residue.every((d) => now.some((l) => l.startsWith(`Error: ${d.message} at line ${d.startLine} and character ${d.startColumn}.`))) ? now : false;
    }, 60_000);
    assert.ok(labels.length >= residue.length);
    await session.screenshot('word-02-problems');
    await runCommand(page, 'View: Toggle Maximized Panel');
    lap('import: comments and tracked-changes note in Problems');
  });

  it('exports the draft to Word, and the product reads every sentence back from the file', async function () {
    const file = path.join(session.workspace, 'draft.md');
    const output = path.join(session.workspace, 'draft-for-circulation.docx');
    await page.keyboard.press('Control+1');
    await runCommand(page, 'item1c: Export to Word');
    const quickInput = page.locator('.quick-input-widget');
    await waitUntil('the choice of draft or draft with checklist', async () => (await quickInput.innerText()).includes('Draft only'));
    await page.keyboard.press('Enter');
    await answerFileDialog(page, output);
    await waitUntil('the exported .docx', async () => fs.existsSync(output) && fs.statSync(output).size > 0);
    await waitUntil('the "wrote" notification', async () => (await page.locator('.notifications-toasts').innerText().catch(() => '')).includes('item1c: wrote draft-for-circulation.docx.'));
    lap('export to Word');

    const word = require(path.join(ROOT, 'dist', 'word.js')) as typeof WordModule;
    const back = await word.docxToMarkdown(fs.readFileSync(output));
    const before = sentences(fs.readFileSync(file, 'utf8'));
    const after = new Set(sentences(back.markdown));
    assert.ok(before.length >= 8, `the imported draft has sentences: ${before.length}`);
    const lost = before.filter((s) => !after.has(s));
    assert.deepEqual(lost, [], 'sentences lost in the export to Word');
  });

  it('imports a Word draft from the explorer\'s context menu on the .docx', async function () {
    const docx = path.join(session.workspace, 'second-draft.docx');
    fs.copyFileSync(path.join(session.workspace, 'draft.docx'), docx);
    const expectedMarkdown = cli(['import', docx]);
    assert.equal(expectedMarkdown.status, 0, expectedMarkdown.stderr);

    await runCommand(page, 'View: Show Explorer');
    const row = page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: 'second-draft.docx' });
    await waitUntil('second-draft.docx in the explorer', async () => (await row.count()) > 0, 30_000);
    await (row.first() as unknown as { click(options: { button: 'right' }): Promise<void> }).click({ button: 'right' });
    const item = page.locator('.monaco-menu .action-item').filter({ hasText: 'Import Word draft...' });
    await item.first().waitFor({ state: 'visible', timeout: 10_000 });
    await session.screenshot('word-03-explorer-context-menu');
    await item.first().click();
    await page.locator('.tab[aria-label^="second-draft.md"]').waitFor({ timeout: 30_000 });
    assert.equal(fs.readFileSync(path.join(session.workspace, 'second-draft.md'), 'utf8'), expectedMarkdown.stdout);
    lap('import from the explorer context menu');
  });

  it('marks the elements unchanged since last year in the checklist, as `item1c compare` finds them', async function () {
    const compare = cli(['compare', '--format', 'json', path.join(session.workspace, LAST_YEAR_PATH), path.join(session.workspace, THIS_YEAR)]);
    assert.ok(compare.status === 0 || compare.status === 1, compare.stderr);
    const expected = JSON.parse(compare.stdout) as CompareJson;
    const unchanged = expected.elements.filter((e) => e.change === 'unchanged').map((e) => e.title);
    assert.ok(unchanged.length > 0 && unchanged.length < 12, `the pair should be partly rewritten: ${unchanged.length} of 12 unchanged`);

    await openFile(page, THIS_YEAR);
    await runCommand(page, 'item1c: Show checklist');
    const rows = page.locator('.part.sidebar .monaco-list-row[aria-level="2"]');
    const read = () =>
      rows.evaluateAll((all) =>
        all.map((row) => ({
          title: row.querySelector('.label-name')?.textContent?.trim() ?? '',
          description: row.querySelector('.label-description')?.textContent ?? '',
        })),
      );
    const seen = await waitUntil('the twelve elements with their changes since last year', async () => {
      const now = await read();
      return now.length === 12 && now.every((r) => r.description.includes('since last year')) ? now : false;
    }, 60_000);
    const shown = seen.filter((r) => r.description.startsWith('unchanged since last year · ')).map((r) => r.title);
    assert.deepEqual(shown.sort(), [...unchanged].sort());
    for (const element of expected.elements) {
      const row = seen.find((r) => r.title === element.title);
      assert.ok(row, `no checklist row for ${element.title}`);
      const label = { unchanged: 'unchanged since last year', edited: 'edited since last year', new: 'new this year', dropped: 'dropped since last year' }[element.change];
      assert.ok(row.description.startsWith(`${label} · `), `${element.id}: "${row.description}" should start with "${label}"`);
    }
    // Wider, so that the screenshots show the changes beside the titles.
    await widenSideBar(page, 200);
    await session.screenshot('previous-filing-01-checklist');
    lap('checklist: unchanged since last year');
  });

  it('opens a diff editor with last year\'s text on the left from an element\'s code lens', async function () {
    const expected = JSON.parse(cli(['compare', '--format', 'json', path.join(session.workspace, LAST_YEAR_PATH), path.join(session.workspace, THIS_YEAR)]).stdout) as CompareJson;
    // The edited element that kept most of its words: its diff shows edits within sentences.
    const kept = (e: CompareJson['elements'][number]) => {
      const parts = e.diff ?? [];
      const all = parts.reduce((n, p) => n + p.text.length, 0);
      return all === 0 ? 0 : parts.filter((p) => p.op === 'equal').reduce((n, p) => n + p.text.length, 0) / all;
    };
    const edited = expected.elements.filter((e) => e.change === 'edited').sort((a, b) => kept(b) - kept(a))[0];
    assert.ok(edited, 'some element was edited since last year');
    const lensTitle = `${edited.title}: edited since last year`;

    // Room for the diff editor's two sides beside the checklist (below 900 pixels it shows one, inline).
    if (await page.locator('.part.panel').isVisible()) {
      await runCommand(page, 'View: Toggle Panel Visibility');
      await waitUntil('the panel to close', async () => !(await page.locator('.part.panel').isVisible()));
    }
    await page.setViewportSize({ width: 1760, height: 640 });
    await page.keyboard.press('Control+1');
    const lens = page.locator('.monaco-editor .codelens-decoration a').filter({ hasText: lensTitle });
    // The lens sits on one of the element's paragraphs: bring each into view until it is rendered.
    for (const [i, sentence] of edited.this.sentences.entries()) {
      await page.keyboard.press('Control+G');
      await waitUntil('Go to Line', async () => /line number/i.test(await page.locator('.quick-input-widget').first().innerText()));
      await page.keyboard.type(String(sentence.startLine));
      await page.keyboard.press('Enter');
      try {
        await waitUntil(`the code lens "${lensTitle}"`, async () => (await lens.count()) > 0, i === edited.this.sentences.length - 1 ? 30_000 : 5_000);
        break;
      } catch (error) {
        if (i === edited.this.sentences.length - 1) throw error;
      }
    }
    await session.screenshot('previous-filing-02-code-lens');
    await lens.first().click();

    const diff = page.locator('.monaco-diff-editor');
    await diff.first().waitFor({ state: 'visible', timeout: 20_000 });
    await page.locator(`.tab[aria-label^="${edited.title}: ${LAST_YEAR} ↔ this draft"]`).waitFor({ timeout: 10_000 });
    const side = (which: 'original' | 'modified') => diff.first().locator(`.editor.${which} .view-lines`).first().innerText();
    const squash = (s: string) => s.replace(/\s+/g, '');
    await waitUntil("last year's text on the left", async () => {
      const left = squash(await side('original'));
      return edited.last.sentences.every((s) => left.includes(squash(s.text)));
    });
    const right = squash(await side('modified'));
    for (const s of edited.this.sentences) assert.ok(right.includes(squash(s.text)), `this year's sentence on the right: ${s.text}`);
    // The left pane is the original: it sits left of the modified pane.
    const [leftBox, rightBox] = await Promise.all(['original', 'modified'].map((w) => diff.first().locator(`.editor.${w}`).first().evaluate((e) => e.getBoundingClientRect())));
    assert.ok(leftBox.x + leftBox.width <= rightBox.x + 1, `original pane (x ${leftBox.x}) should be left of the modified pane (x ${rightBox.x})`);
    const shot = await session.screenshot('previous-filing-03-diff');
    if (process.env.ITEM1C_README_IMAGES) fs.copyFileSync(shot, path.join(ROOT, 'docs', 'images', 'previous-filing-diff.png'));
    lap('diff editor from the code lens');
  });
});
