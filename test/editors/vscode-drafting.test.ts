// End-to-end in a REAL VS Code (code-server in Chromium, the packaged .vsix installed): drafting a
// section from two sentences. "Insert all missing sections" from the Command Palette, Tab through
// every stop of the inserted text (each a bracketed blank or a choice), the status bar counting the
// inserted elements as drafted, the drafting notes in Problems, and one element confirmed by filling
// its blanks, making its choices and deleting its note. Expectations come from the core's fix and
// from `item1c check --format json` on the editor's text, never from this file.
//
// Prerequisites as for vscode.test.ts (.ci/run installs them); screenshots go to test-output/e2e/.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, type ElementId } from '../../server/src/core';
import { peerFigureViews } from '../../server/src/lsp/peerFigures';
import { SCREENSHOTS, assertPrerequisites, packageVsix, startSession, type Page, type Session } from './vscode/harness';
import {
  QUIET_SETTINGS,
  ariaLabels,
  caretText,
  checkJson,
  goToLine,
  lineColumn,
  openFile,
  runCommand,
  statusItem,
  waitUntil,
  widenSideBar,
  type JsonFile,
} from './vscode/workbench';

const DRAFT_NAME = 'two-sentence-draft.md';
const DRAFT_TEXT = [
  '# Item 1C. Cybersecurity',
  '',
  'Our Chief Information Officer is responsible for assessing and managing material risks from cybersecurity threats.',
  '',
  'Our Board of Directors oversees risks from cybersecurity threats.',
  '',
].join('\n');
const NOTE = '[Company to confirm]';

/** One tab stop of a snippet: its number, the text it starts with, and its options when it is a choice. */
interface SnippetStop {
  n: number;
  text: string;
  choices: string[] | null;
  /** Offset of the stop in the inserted (expanded) text. */
  at: number;
}

/**
 * Expands a snippet as VS Code does (a choice starts with its first option) and lists its stops in
 * Tab order. Only the syntax the server's templates use: `${n:text}`, `${n|a,b|}` and `\` escapes.
 */
function expandSnippet(snippet: string): { text: string; stops: SnippetStop[] } {
  let text = '';
  const stops: SnippetStop[] = [];
  let i = 0;
  const readUntil = (ends: string): string => {
    let out = '';
    while (i < snippet.length && !ends.includes(snippet[i])) {
      if (snippet[i] === '\\') i++;
      out += snippet[i++];
    }
    return out;
  };
  while (i < snippet.length) {
    const m = /^\$\{(\d+)([:|])/.exec(snippet.slice(i));
    if (m) {
      i += m[0].length;
      if (m[2] === ':') {
        const body = readUntil('}');
        i++;
        stops.push({ n: Number(m[1]), text: body, choices: null, at: text.length });
        text += body;
      } else {
        const choices: string[] = [];
        for (;;) {
          choices.push(readUntil(',|'));
          if (snippet[i++] === '|') break;
        }
        i++; // the closing brace
        stops.push({ n: Number(m[1]), text: choices[0], choices, at: text.length });
        text += choices[0];
      }
      continue;
    }
    if (snippet[i] === '\\') i++;
    text += snippet[i++];
  }
  return { text, stops: stops.sort((a, b) => a.n - b.n) };
}

/** The selection the status bar reports, as text of `saved` (the selection is on one line). */
function selectedText(saved: string, caret: string): string {
  const m = /^Ln (\d+), Col (\d+)(?: \((\d+) selected\))?$/.exec(caret);
  assert.ok(m, `unexpected caret text "${caret}"`);
  const line = saved.split('\n')[Number(m[1]) - 1] ?? '';
  const end = Number(m[2]) - 1;
  const length = Number(m[3] ?? 0);
  return line.slice(end - length, end);
}

describe('VS Code 1.100 (code-server in Chromium): drafting from a two-sentence draft', function () {
  this.timeout(300_000);

  let session: Session;
  let page: Page;
  const file = () => path.join(session.workspace, DRAFT_NAME);

  before(async function () {
    const versions = assertPrerequisites();
    console.log(`      code-server ${versions.codeServer}, playwright-core ${versions.playwright}, ${versions.chromium}`);
    const vsix = packageVsix();
    session = await startSession({ vsix, files: { [DRAFT_NAME]: DRAFT_TEXT }, settings: QUIET_SETTINGS });
    page = session.page;
    // Tall, so that Problems can list every finding of the drafted text at once (its list is virtualised).
    await page.setViewportSize({ width: 1400, height: 1200 });
    await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 60_000 });
    await page.locator('.part.statusbar').waitFor({ timeout: 60_000 });
    await openFile(page, DRAFT_NAME);
  });

  after(async function () {
    if (session) {
      if (this.currentTest?.state === 'failed') console.log(session.log().slice(-4000));
      await session.close();
    }
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session) await session.screenshot(`failed-drafting-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 60)}`);
  });

  it('inserts every missing section from the Command Palette; Tab visits each blank and choice; the status bar counts them as drafted; confirming one turns it present', async function () {
    const before = checkJson(path.join(session.workspace, DRAFT_NAME));
    const addressedBefore = before.elements.filter((e) => e.status === 'present' || e.status === 'not-applicable').length;
    await waitUntil(`the status bar to say Item 1C: ${addressedBefore}/12`, async () => (await statusItem(page).innerText()).startsWith(`Item 1C: ${addressedBefore}/12`), 60_000);

    // What the server will insert: the core's "Insert all missing sections" fix on the same text.
    const fix = analyze(DRAFT_TEXT).sourceFixes[0];
    assert.ok(fix, 'the two-sentence draft lacks sections');
    assert.equal(fix.insertions.length, 1, 'the missing sections go in one place');
    const { text: inserted, stops } = expandSnippet(fix.insertions[0].snippet);
    const expectedText = DRAFT_TEXT.slice(0, fix.insertions[0].offset) + inserted + DRAFT_TEXT.slice(fix.insertions[0].offset);

    await page.keyboard.press('Control+1');
    await runCommand(page, 'item1c: Insert all missing sections');
    await page.locator('.monaco-editor .view-overlays .snippet-placeholder').first().waitFor({ state: 'attached', timeout: 10_000 });
    // Saving keeps the snippet session: the text on disk is what the editor holds.
    await page.keyboard.press('Control+S');
    const saved = await waitUntil('the saved draft with the inserted sections', async () => {
      const text = fs.readFileSync(file(), 'utf8');
      return text !== DRAFT_TEXT ? text : false;
    });
    assert.equal(saved, expectedText, 'the editor holds the draft with the drafted sections, their blanks and choices as inserted');
    for (const line of DRAFT_TEXT.split('\n').filter((l) => l.trim())) assert.ok(saved.includes(line), `lost line: ${line}`);

    // Status bar: derived from the checker's verdicts on the same text.
    const drafted = checkJson(file());
    const count = (status: string) => drafted.elements.filter((e) => e.status === status).length;
    const addressed = count('present') + count('not-applicable');
    assert.ok(count('drafted') > 0, 'inserted elements are drafted');
    assert.equal(count('missing'), 0, 'nothing is missing once every section is inserted');
    const statusWant = new RegExp(`^Item 1C: ${addressed}/12\\s+\\S*\\s*${count('drafted')} drafted\\b`);
    await waitUntil(`the status bar to say "Item 1C: ${addressed}/12 ✎ ${count('drafted')} drafted"`, async () => statusWant.test((await statusItem(page).innerText()).trim()));
    await session.screenshot('drafting-01-inserted');

    // Tab through the stops: each selects a bracketed blank, or the first option of a choice with
    // the options offered; none is skipped. The stops of the first drafted paragraph are filled.
    const firstNote = saved.indexOf(NOTE, fix.insertions[0].offset);
    const confirmStops = stops.filter((s) => fix.insertions[0].offset + s.at < firstNote);
    assert.ok(confirmStops.length > 0 && confirmStops.some((s) => s.choices) && confirmStops.some((s) => !s.choices), 'the first drafted paragraph has a blank and a choice');
    assert.deepEqual(stops.map((s) => s.at), [...stops.map((s) => s.at)].sort((a, b) => a - b), 'Tab order is document order');
    let current = saved;
    let shift = 0;
    for (const [k, stop] of stops.entries()) {
      const at = fix.insertions[0].offset + stop.at + shift;
      const where = lineColumn(current, at + stop.text.length);
      const caret = await waitUntil(`stop ${k + 1} of ${stops.length} ("${stop.text}") selected`, async () => {
        const now = await caretText(page);
        return now === `Ln ${where.line}, Col ${where.column} (${stop.text.length} selected)` ? now : false;
      }, 10_000);
      assert.equal(selectedText(current, caret), stop.text);
      assert.match(stop.text, /^\[[^\]]+\]$/, `stop ${k + 1} is a bracketed blank or choice`);
      const suggest = page.locator('.editor-widget.suggest-widget.visible');
      if (stop.choices) {
        await suggest.waitFor({ state: 'visible', timeout: 10_000 });
        const offered = await suggest.locator('.monaco-list-row').evaluateAll((rows) => rows.map((r) => (r.querySelector('.label-name') ?? r).textContent?.trim() ?? ''));
        assert.deepEqual(offered, stop.choices, `stop ${k + 1} offers its choices`);
      }
      let advanced = false;
      if (confirmStops.includes(stop)) {
        let typed: string;
        if (stop.choices) {
          // The first option is the bracketed one still to confirm; the lawyer picks an answer.
          // Accepting a choice moves on to the next stop by itself.
          typed = stop.choices[1];
          await page.keyboard.press('ArrowDown');
          await page.keyboard.press('Tab');
          await suggest.waitFor({ state: 'hidden', timeout: 10_000 });
          advanced = true;
        } else {
          typed = stop.text.slice(1, -1);
          await page.keyboard.type(typed);
        }
        current = current.slice(0, at) + typed + current.slice(at + stop.text.length);
        shift += typed.length - stop.text.length;
        if (k === 1) await session.screenshot('drafting-02-tab-stops');
      } else if (stop.choices) {
        await page.keyboard.press('Escape');
        await suggest.waitFor({ state: 'hidden', timeout: 10_000 });
      }
      if (!advanced) await page.keyboard.press('Tab');
    }
    // Past the last stop, the snippet session is over: the caret sits after the inserted text.
    await waitUntil('the snippet session to end', async () => (await page.locator('.monaco-editor .view-overlays .snippet-placeholder').count()) === 0);
    await page.keyboard.press('Control+S');
    await waitUntil('the filled stops saved', async () => fs.readFileSync(file(), 'utf8') === current);

    // Problems lists each drafting note the checker reports, where it reports it.
    const filled = checkJson(file());
    const notes = filled.diagnostics.filter((d) => d.rule === 'residue-drafting-note');
    assert.equal(notes.length, current.split(NOTE).length - 1, 'every inserted paragraph ends with its note');
    await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
    const rows = page.locator('.markers-panel .monaco-list-row[aria-level="2"]');
    await runCommand(page, 'View: Toggle Maximized Panel');
    const listed = filled.diagnostics.filter((d) => d.severity !== 'hint');
    await waitUntil(`${listed.length} Problems entries`, async () => (await rows.count()) === listed.length);
    const labels = (await ariaLabels(rows)).map((l) => l.replace(/ This problem has references to \d+ locations?\./, ''));
    for (const d of notes) {
      const want = `Error: ${d.message} at line ${d.startLine} and character ${d.startColumn}. generated by item1c`;
      assert.ok(labels.includes(want), `no Problems entry "${want}" among:\n${labels.join('\n')}`);
    }
    await session.screenshot('drafting-03-problems');
    await runCommand(page, 'View: Toggle Maximized Panel');

    // Confirm the first drafted paragraph: its blanks and choices are filled; delete its note.
    const element = filled.elements.find((e) => e.status === 'drafted' && e.evidence.some((ev) => lineColumn(current, firstNote).line === ev.startLine));
    assert.ok(element, `a drafted element rests on the first inserted paragraph (line ${lineColumn(current, firstNote).line})`);
    const noteAt = current.indexOf(` ${NOTE}`, fix.insertions[0].offset);
    const { line, column } = lineColumn(current, noteAt);
    await page.keyboard.press('Control+1');
    await goToLine(page, line, column);
    for (let i = 0; i < NOTE.length + 1; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Control+S');
    const confirmed = current.slice(0, noteAt) + current.slice(noteAt + NOTE.length + 1);
    await waitUntil('the saved draft without the first note', async () => fs.readFileSync(file(), 'utf8') === confirmed);
    const done = checkJson(file());
    assert.equal(done.elements.find((e) => e.id === element.id)!.status, 'present', `confirmed, ${element.id} is present`);
    const doneCount = (status: string) => done.elements.filter((e) => e.status === status).length;
    assert.equal(doneCount('drafted'), count('drafted') - 1);
    const nowWant = new RegExp(`^Item 1C: ${doneCount('present') + doneCount('not-applicable')}/12\\s+\\S*\\s*${doneCount('drafted')} drafted\\b`);
    await waitUntil(`the status bar to count ${doneCount('drafted')} drafted`, async () => nowWant.test((await statusItem(page).innerText()).trim()));
    await runCommand(page, 'item1c: Show checklist');
    const row = page.locator('.part.sidebar .monaco-list-row[aria-level="2"]').filter({ hasText: element.title });
    await waitUntil(`the checklist icon of ${element.id} to turn present`, async () =>
      ((await row.locator('.custom-view-tree-node-item-icon').getAttribute('class')) ?? '').includes('codicon-pass'),
    );
    await session.screenshot('drafting-04-confirmed');
  });

  it('shows the selected element in full in the Element details view, and peer figures in the hover of its finding', async function () {
    const text = fs.readFileSync(file(), 'utf8');
    const now = checkJson(file());
    // A partial element: it has a finding, evidence and a reason the checklist row cuts short.
    const element = now.elements.find((e) => e.status === 'partial' && e.evidence.length > 0);
    assert.ok(element, 'the draft has a partial element');
    const finding = now.diagnostics.find((d) => d.element === element.id && d.rule === 'element-partial');
    assert.ok(finding, `${element.id} has its finding`);

    await runCommand(page, 'item1c: Show checklist');
    // Wider, so that the pane reads as it would beside a draft.
    await widenSideBar(page, 200);
    const row = page.locator('.part.sidebar .monaco-list-row[aria-level="2"]').filter({ hasText: element.title });
    await row.first().click();
    // Webviews live in iframes laid over the view, outside the side bar's DOM; this is the only one open.
    const pane = page.frameLocator('iframe.webview').frameLocator('#active-frame');
    await waitUntil(`the details of ${element.id}`, async () => (await pane.locator('#title').innerText({ timeout: 2_000 })) === element.title, 30_000);
    assert.equal((await pane.locator('#reason').innerText()).trim(), element.reason);
    assert.equal((await pane.locator('#finding').innerText()).trim(), finding.message);
    const quotes = (await pane.locator('#evidence').innerText()).replace(/\s+/g, ' ');
    for (const ev of element.evidence) assert.ok(quotes.includes(`Line ${ev.startLine}`) && quotes.includes(ev.text.replace(/\s+/g, ' ')), `evidence at line ${ev.startLine} in ${quotes}`);
    const peers = peerFigureViews(analyze(text)).get(element.id as ElementId) ?? [];
    assert.ok(peers.length > 0, `${element.id} has peer figures`);
    const shownPeers = (await pane.locator('#peers').innerText()).replace(/\s+/g, ' ');
    for (const p of peers) assert.ok(shownPeers.includes(p.text.replace(/\s+/g, ' ')), `peer figure "${p.text}"`);
    assert.ok((await pane.locator('#rule').innerText()).trim().length > 0);
    await session.screenshot('drafting-05-details');
    await page.locator('.part.sidebar').screenshot({ path: path.join(SCREENSHOTS, 'drafting-05-details-pane.png') });

    // The hover on the element's finding gives the same peer figures.
    await page.keyboard.press('Control+1');
    await goToLine(page, finding.startLine, finding.startColumn);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover').filter({ hasText: 'Filed practice' });
    await hover.first().waitFor({ state: 'visible', timeout: 15_000 });
    const hoverText = (await hover.first().innerText()).replace(/\s+/g, ' ');
    for (const p of peers) assert.ok(hoverText.includes(p.text.replace(/\s+/g, ' ')), `hover shows "${p.text}"`);
    // The figures close the hover: focus it (the same keys again) and scroll to its end.
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    await page.keyboard.press('End');
    await session.screenshot('drafting-06-peer-hover');
    await page.locator('.part.editor').screenshot({ path: path.join(SCREENSHOTS, 'drafting-06-peer-hover-editor.png') });
    await page.keyboard.press('Escape');
  });
});
