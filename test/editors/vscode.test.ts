// End-to-end in a REAL VS Code: the packaged item1c.vsix is installed into code-server 4.100.3
// (VS Code 1.100), which runs in Debian's Chromium driven by playwright-core. The test opens
// examples/missing-elements-draft.md and checks, through the workbench's own DOM, what a lawyer sees:
// squiggles and Problems entries, the checklist view and its icons, the status bar, an "Insert
// section" quick fix taken with Ctrl+. and Enter with Tab through its stops, and Export checklist.
// Expected verdicts come from `item1c check --format json` on the same text, never from this file.
//
// Prerequisites (installed by .ci/run): chromium, plus scripts/e2e-install.sh for code-server and
// playwright-core in .cache/e2e/. Missing prerequisites fail the test with instructions.
// Screenshots of every step go to test-output/e2e/.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ELEMENTS, analyze, type ElementId } from '../../server/src/core';
import { peerFigureViews } from '../../server/src/lsp/peerFigures';
import { blockerLabel } from '../../server/src/lsp/protocol';
import { attr, byId, byTag, classes, parsePage } from '../support/html';
import { ROOT, assertPrerequisites, packageVsix, startSession, type Page, type Session } from './vscode/harness';
import { QUIET_SETTINGS as SETTINGS, ariaLabels, checkJson, goToLine, openFile, runCommand, waitUntil, widenSideBar, type JsonFile } from './vscode/workbench';

const DRAFT_NAME = 'missing-elements-draft.md';
const DRAFT_TEXT = fs.readFileSync(path.join(ROOT, 'examples', DRAFT_NAME), 'utf8');
/** The element whose quick fix the test applies: missing from the example, a template with several stops. */
const FIXED = 'management-expertise';

const ICONS: Record<string, string> = { present: 'codicon-pass', partial: 'codicon-warning', missing: 'codicon-error', 'not-applicable': 'codicon-circle-slash', drafted: 'codicon-edit' };
const LABELS: Record<string, string> = { present: 'Present', partial: 'Partial', missing: 'Missing', 'not-applicable': 'Not applicable', drafted: 'Drafted, to confirm' };
const SEVERITY_LABEL: Record<string, string> = { error: 'Error', warning: 'Warning', information: 'Info', hint: 'Hint' };

/** What to type at each tab stop of the fixed element's template, by the stop's default text. */
const FILL: Record<string, string> = {
  CISO: 'Chief Information Security Officer',
  '[number]': '18',
  '[prior employers]': 'two national banks',
  '[degree]': "master's degree",
  '[field]': 'computer science',
  'the CISSP and CISM certifications': 'the CISSP certification',
};

interface Stop {
  n: number;
  placeholder: string;
  typed: string;
}

/** The template's tab stops in Tab order, with the text the test types into each. */
function plannedStops(template: string): Stop[] {
  const stops = [...template.matchAll(/\$\{(\d+):([^}]*)\}/g)].map(([, n, placeholder]) => {
    const whole = FILL[placeholder];
    const typed = whole ?? placeholder.replace(/\[[^\]]+\]/g, (blank) => FILL[blank] ?? blank.slice(1, -1));
    return { n: Number(n), placeholder, typed: typed === placeholder ? `${placeholder} (reviewed)` : typed };
  });
  return stops.sort((a, b) => a.n - b.n);
}

/** The paragraph the snippet should leave once every stop holds its typed text. */
function expectedParagraph(template: string, stops: Stop[]): string {
  let out = template;
  for (const stop of stops) out = out.replace(`\${${stop.n}:${stop.placeholder}}`, stop.typed);
  return out.replace(/\\([$}\\])/g, '$1');
}

/** Editor line numbers that carry a squiggle of the given kind, read from the rendered overlays. */
async function squiggleLines(page: Page, kind: 'error' | 'warning' | 'info'): Promise<number[]> {
  return page.locator('.monaco-editor .view-overlays').first().evaluate((overlays, cls) => {
    const lineTops = new Map<string, number>();
    const margin = overlays.closest('.monaco-editor')!.querySelectorAll('.margin-view-overlays > div');
    for (const div of Array.from(margin)) {
      const number = div.querySelector('.line-numbers')?.textContent?.trim();
      if (number) lineTops.set(div.style.top, Number(number));
    }
    const lines = new Set<number>();
    for (const squiggle of Array.from(overlays.querySelectorAll(`.squiggly-${cls}`))) {
      const line = lineTops.get(squiggle.parentElement?.style.top ?? '');
      if (line !== undefined) lines.add(line);
    }
    return [...lines].sort((a, b) => a - b);
  }, kind);
}

describe('VS Code 1.100 (code-server in Chromium) with the packaged extension', function () {
  this.timeout(300_000);

  let session: Session;
  let page: Page;
  let expected: JsonFile;
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
    clock = Date.now();
    const vsix = packageVsix();
    lap('npm run package');
    expected = checkJson(path.join(ROOT, 'examples', DRAFT_NAME));
    session = await startSession({ vsix, files: { [DRAFT_NAME]: DRAFT_TEXT }, settings: SETTINGS });
    page = session.page;
    lap('install the .vsix, start code-server and Chromium');
    await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 60_000 });
    await page.locator('.part.statusbar').waitFor({ timeout: 60_000 });
    lap('workbench loaded');

    await openFile(page, DRAFT_NAME);
    lap('open the draft');
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

  it('underlines the findings and lists every one in the Problems panel', async function () {
    const errorLines = [...new Set(expected.diagnostics.filter((d) => d.severity === 'error').map((d) => d.startLine))].sort((a, b) => a - b);
    assert.ok(errorLines.length > 0, 'the example draft should have errors');
    await waitUntil('error squiggles on the lines the checker reports', async () => {
      const lines = await squiggleLines(page, 'error');
      return errorLines.every((l) => lines.includes(l)) ? lines : false;
    }, 60_000);
    const warningLines = expected.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.startLine);
    if (warningLines.length > 0) assert.ok((await squiggleLines(page, 'warning')).length > 0, 'no warning squiggles');
    lap('diagnostics shown as squiggles');

    await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
    const rows = page.locator('.markers-panel .monaco-list-row[aria-level="2"]');
    await waitUntil('Problems entries', async () => (await rows.count()) > 0);
    await session.screenshot('01-problems');
    // The list is virtualised: maximise the panel so that every entry is rendered.
    await runCommand(page, 'View: Toggle Maximized Panel');
    // VS Code lists errors, warnings and infos in Problems; hints are shown in the editor only.
    const listed = expected.diagnostics.filter((d) => d.severity !== 'hint');
    await waitUntil(`${listed.length} Problems entries`, async () => (await rows.count()) === listed.length);
    const raw = await ariaLabels(rows);
    // A missing element points at where its section would be inserted: VS Code announces the related location.
    const related = / This problem has references to \d+ locations?\./;
    for (const d of listed.filter((x) => x.rule === 'element-missing')) {
      assert.ok(raw.some((l) => l.includes(d.message) && related.test(l)), `no related location for "${d.message}" among:\n${raw.join('\n')}`);
    }
    const labels = raw.map((l) => l.replace(related, ''));
    for (const d of listed) {
      const want = `${SEVERITY_LABEL[d.severity]}: ${d.message} at line ${d.startLine} and character ${d.startColumn}. generated by item1c`;
      assert.ok(labels.includes(want), `no Problems entry "${want}" among:\n${labels.join('\n')}`);
    }
    await runCommand(page, 'View: Toggle Maximized Panel');
    lap('Problems panel');
  });

  it('lists the twelve elements under their two parts, with status icons and reasons', async function () {
    await runCommand(page, 'item1c: Show checklist');
    const sidebar = page.locator('.part.sidebar');
    const rows = sidebar.locator('.monaco-list-row[role="treeitem"]');
    await waitUntil('14 checklist rows', async () => (await rows.count()) === 14);
    const groups = await ariaLabels(sidebar.locator('.monaco-list-row[aria-level="1"]'));
    const partCount = (from: number, to: number) => {
      const part = expected.elements.slice(from, to);
      return `${part.filter((e) => e.status === 'present' || e.status === 'not-applicable').length} of ${part.length} elements addressed`;
    };
    assert.deepEqual(groups, [`Risk Management and Strategy: ${partCount(0, 5)}`, `Governance: ${partCount(5, 12)}`]);

    const elementRows = sidebar.locator('.monaco-list-row[aria-level="2"]');
    const seen = await elementRows.evaluateAll((all) =>
      all.map((row) => ({
        label: row.getAttribute('aria-label') ?? '',
        icon: row.querySelector('.custom-view-tree-node-item-icon')?.className ?? '',
        description: row.querySelector('.label-description')?.textContent ?? '',
      })),
    );
    assert.equal(seen.length, 12);
    // Beside the reason, the filed practices this draft lacks, with how many filed sections show them.
    const peers = peerFigureViews(analyze(fs.readFileSync(path.join(ROOT, 'examples', DRAFT_NAME), 'utf8')));
    const peerNote = (id: string): string =>
      (peers.get(id as ElementId) ?? [])
        .filter((p) => p.practice !== null && p.inDraft === false)
        .map((p) => ` · ${p.label}`)
        .join('');
    assert.ok(expected.elements.some((e) => peerNote(e.id) !== ''), 'the draft lacks some filed practice');
    expected.elements.forEach((element, i) => {
      const row = seen[i];
      assert.equal(row.label, `${element.title}: ${LABELS[element.status]}. ${element.reason}`, `row ${i + 1}`);
      assert.ok(row.icon.split(/\s+/).includes(ICONS[element.status]), `${element.id}: icon ${row.icon}, expected ${ICONS[element.status]}`);
      assert.equal(row.description, `${element.reason}${peerNote(element.id)}`);
    });
    const count = (s: string) => expected.elements.filter((e) => e.status === s).length;
    const message = await sidebar.locator('.pane-body .message').first().innerText().catch(() => '');
    assert.ok(message.includes(`${count('present') + count('not-applicable')} of 12 addressed`), `view message: ${message}`);
    // Wider, so that the screenshots show the reasons beside the titles.
    await widenSideBar(page, 260);

    // Clicking a present element puts the caret on its first evidence sentence.
    const present = expected.elements.find((e) => e.status === 'present' && e.evidence.length > 0 && e.evidence[0].startLine > 1)!;
    await elementRows.filter({ hasText: present.title }).first().click();
    const { startLine, startColumn } = present.evidence[0];
    await waitUntil(`the caret at the evidence of ${present.id} (Ln ${startLine}, Col ${startColumn})`, async () =>
      (await page.locator('[id="status.editor.selection"]').innerText()).trim() === `Ln ${startLine}, Col ${startColumn}`,
    );
    lap('checklist view');
  });

  it('shows "Item 1C: n/12" and the blockers in the status bar, coloured by the worst finding', async function () {
    const item = page.locator('[id="item1c.item1c.item1c.status"]');
    await item.waitFor({ state: 'visible', timeout: 20_000 });
    const addressed = expected.elements.filter((e) => e.status === 'present' || e.status === 'not-applicable').length;
    const blockers = new Map<string, number>();
    for (const d of expected.diagnostics) if (d.severity === 'error' && !d.rule.startsWith('element-')) blockers.set(d.rule, (blockers.get(d.rule) ?? 0) + 1);
    const text = [`Item 1C: ${addressed}/12`, ...[...blockers].map(([rule, n]) => blockerLabel(rule, n))].join(' ');
    assert.equal((await item.innerText()).replace(/\s+/g, ' ').trim(), text);
    const worst = expected.diagnostics.some((d) => d.severity === 'error') ? 'error-kind' : expected.diagnostics.some((d) => d.severity === 'warning') ? 'warning-kind' : null;
    const cls = (await item.getAttribute('class')) ?? '';
    if (worst) assert.ok(cls.split(/\s+/).includes(worst), `status bar item classes: ${cls}`);
    await session.screenshot('02-checklist-and-status-bar');

    // Clicking it (Enter on the focused item) opens the checklist: close the side bar first.
    await runCommand(page, 'View: Close Primary Side Bar');
    await waitUntil('the side bar to close', async () => !(await page.locator('.part.sidebar').isVisible()));
    await item.locator('a').click();
    await page.locator('.part.sidebar .monaco-list-row[aria-level="2"]').first().waitFor({ state: 'visible', timeout: 10_000 });
    lap('status bar');
  });

  it('shows the section, its sub-headings and the twelve elements with their status in the Outline view', async function () {
    // Tall enough that the Outline renders every row (its list is virtualised).
    await page.setViewportSize({ width: 1400, height: 1800 });
    try {
      await runCommand(page, 'Explorer: Focus on Outline View');
      // The Outline shares the Explorer with the folder view: collapse that so the Outline gets the height.
      const folder = page.locator('.part.sidebar .pane-header[aria-expanded="true"]').filter({ hasText: /workspace/i });
      if ((await folder.count()) > 0) await folder.first().click();
      const rows = page.locator('.outline-pane .monaco-list-row');
      const read = () =>
        rows.evaluateAll((all) =>
          all.map((row) => ({
            name: row.querySelector('.label-name')?.textContent?.trim() ?? '',
            detail: row.querySelector('.label-description')?.textContent?.trim() ?? '',
          })),
        );
      const titles = expected.elements.map((e) => e.title);
      const seen = await waitUntil('the twelve elements in the Outline', async () => {
        const now = await read();
        return titles.every((t) => now.some((r) => r.name === t)) ? now : false;
      }, 30_000);
      const addressed = expected.elements.filter((e) => e.status === 'present' || e.status === 'not-applicable').length;
      assert.ok(seen.some((r) => r.name === 'Item 1C. Cybersecurity' && r.detail === `${addressed}/12 addressed`), JSON.stringify(seen));
      for (const heading of ['Cybersecurity Risk Management and Strategy', 'Cybersecurity Governance']) {
        assert.ok(seen.some((r) => r.name === heading), `sub-heading ${heading} in ${JSON.stringify(seen)}`);
      }
      for (const element of expected.elements) {
        const status = element.status === 'not-applicable' ? 'not applicable' : element.status;
        assert.ok(seen.some((r) => r.name === element.title && r.detail === status), `${element.title} with "${status}" in ${JSON.stringify(seen)}`);
      }
      await session.screenshot('02b-outline');
    } finally {
      await page.setViewportSize({ width: 1400, height: 860 });
    }
    // Back to the checklist, where the next test expects the side bar.
    await runCommand(page, 'item1c: Show checklist');
    await page.locator('.part.sidebar .monaco-list-row[aria-level="2"]').first().waitFor({ state: 'visible', timeout: 10_000 });
    // The palette must be gone before the next test opens Go to Line in the same widget.
    await page.locator('.quick-input-widget').first().waitFor({ state: 'hidden', timeout: 10_000 });
    lap('outline view');
  });

  it('inserts a section with Ctrl+. and Enter, Tab walks its stops, and the finding goes away', async function () {
    const target = expected.diagnostics.find((d) => d.element === FIXED && d.rule === 'element-missing');
    assert.ok(target, `${FIXED} should be missing from the example`);
    const element = ELEMENTS.find((e) => e.id === FIXED)!;
    const stops = plannedStops(element.template);
    assert.ok(stops.length >= 3, 'the template should have several tab stops');

    await page.keyboard.press('Control+1');
    await goToLine(page, target.startLine, target.startColumn);
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget');
    await menu.waitFor({ state: 'visible', timeout: 10_000 });
    const title = `Insert section: ${element.title}`;
    await waitUntil(`"${title}" in the quick-fix menu`, async () => (await menu.innerText()).includes(title));
    // Move the highlight onto the fix (it is normally first), then accept with Enter.
    for (let i = 0; i < 10; i++) {
      const focused = await menu.locator('.monaco-list-row.focused').first().innerText().catch(() => '');
      if (focused.includes(title)) break;
      await page.keyboard.press('ArrowDown');
    }
    assert.ok((await menu.locator('.monaco-list-row.focused').first().innerText()).includes(title));
    await session.screenshot('03-quick-fix-menu');
    await page.keyboard.press('Enter');
    await menu.waitFor({ state: 'hidden', timeout: 10_000 });
    // The fix runs item1c.insertSnippet asynchronously: typing before the snippet session starts
    // would change the document under it. Its placeholders are decorated once it is live.
    await page.locator('.monaco-editor .view-overlays .snippet-placeholder').first().waitFor({ state: 'attached', timeout: 10_000 });
    lap('quick fix chosen');

    // The snippet session selects each stop in turn: type over it, Tab to the next.
    for (const [i, stop] of stops.entries()) {
      await page.keyboard.type(stop.typed);
      if (i === 2) await session.screenshot('04-snippet-tab-stops');
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+S');
    const file = path.join(session.workspace, DRAFT_NAME);
    const paragraph = expectedParagraph(element.template, stops);
    const saved = await waitUntil('the saved draft to contain the completed section', async () => {
      const text = fs.readFileSync(file, 'utf8');
      return text.includes(paragraph) ? text : false;
    });
    for (const line of DRAFT_TEXT.split('\n').filter((l) => l.trim())) assert.ok(saved.includes(line), `lost line: ${line}`);
    lap('tab stops filled and saved');

    const after = checkJson(file);
    assert.notEqual(after.elements.find((e) => e.id === FIXED)!.status, 'missing');
    await waitUntil('the missing-element diagnostic to leave the Problems panel', async () => {
      const labels = await ariaLabels(page.locator('.markers-panel .monaco-list-row[aria-level="2"]'));
      return labels.length > 0 && !labels.some((l) => l.includes(target.message));
    });
    const row = page.locator('.part.sidebar .monaco-list-row[aria-level="2"]').filter({ hasText: element.title });
    const status = after.elements.find((e) => e.id === FIXED)!.status;
    await waitUntil(`the checklist icon of ${FIXED} to become ${ICONS[status]}`, async () =>
      ((await row.locator('.custom-view-tree-node-item-icon').getAttribute('class')) ?? '').includes(ICONS[status]),
    );
    const addressed = after.elements.filter((e) => e.status === 'present' || e.status === 'not-applicable').length;
    await waitUntil(`the status bar to say ${addressed}/12`, async () =>
      (await page.locator('[id="item1c.item1c.item1c.status"]').innerText()).startsWith(`Item 1C: ${addressed}/12`),
    );
    await session.screenshot('05-after-quick-fix');
    lap('diagnostic gone, checklist and status bar updated');

    // The inserted section is a draft: not counted as done until a person confirms it.
    assert.equal(status, 'drafted', 'an inserted section counts as drafted, not present');
    const statusItem = page.locator('[id="item1c.item1c.item1c.status"]');
    await waitUntil('the status bar to count one drafted element', async () => /\b1 drafted\b/.test(await statusItem.innerText()));

    // Confirm it: every blank was filled above; delete its drafting note and save.
    const note = ' [Company to confirm]';
    const at = saved.indexOf(note, saved.indexOf(paragraph.slice(0, 40)));
    assert.ok(at > 0, 'the inserted paragraph carries its drafting note');
    const before = saved.slice(0, at).split('\n');
    const line = before.length;
    const column = before[before.length - 1].length + 1;
    await goToLine(page, line, column);
    for (let i = 0; i < note.length; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Control+S');
    const confirmed = await waitUntil('the saved draft without the drafting note', async () => {
      const text = fs.readFileSync(file, 'utf8');
      return text.includes('[Company to confirm]') ? false : text;
    });
    for (const l of DRAFT_TEXT.split('\n').filter((x) => x.trim())) assert.ok(confirmed.includes(l), `lost line: ${l}`);
    const done = checkJson(file);
    assert.equal(done.elements.find((e) => e.id === FIXED)!.status, 'present', 'confirmed, the element is present');
    await waitUntil(`the checklist icon of ${FIXED} to become ${ICONS.present}`, async () =>
      ((await row.locator('.custom-view-tree-node-item-icon').getAttribute('class')) ?? '').includes(ICONS.present),
    );
    const nowAddressed = done.elements.filter((e) => e.status === 'present' || e.status === 'not-applicable').length;
    assert.equal(nowAddressed, addressed + 1);
    await waitUntil(`the status bar to say ${nowAddressed}/12 with nothing drafted`, async () => {
      const text = await statusItem.innerText();
      return text.startsWith(`Item 1C: ${nowAddressed}/12`) && !/drafted/.test(text);
    });
    lap('drafting note deleted: the element turns present');
  });

  it('waives a finding with a reason, marks an element reviewed, and shows "changed since review" once its evidence changes', async function () {
    const file = path.join(session.workspace, DRAFT_NAME);
    const sidebarRow = (title: string) => page.locator('.part.sidebar .monaco-list-row[aria-level="2"]').filter({ hasText: title });
    /** Puts the caret at the first occurrence of `text` in the saved draft, opens Ctrl+., and takes the action titled `title`. */
    const takeAction = async (text: string, title: string) => {
      const saved = fs.readFileSync(file, 'utf8');
      const at = saved.indexOf(text);
      assert.ok(at >= 0, `"${text}" is not in the draft`);
      const before = saved.slice(0, at).split('\n');
      const line = before.length;
      const column = before[before.length - 1].length + 1;
      await page.keyboard.press('Control+1');
      await goToLine(page, line, column);
      await page.keyboard.press('Control+.');
      const menu = page.locator('.action-widget');
      await menu.waitFor({ state: 'visible', timeout: 10_000 });
      await waitUntil(`"${title}" in the quick-fix menu`, async () => (await menu.innerText()).includes(title));
      for (let i = 0; i < 30; i++) {
        const focused = await menu.locator('.monaco-list-row.focused').first().innerText().catch(() => '');
        if (focused.includes(title)) break;
        await page.keyboard.press('ArrowDown');
      }
      assert.ok((await menu.locator('.monaco-list-row.focused').first().innerText()).includes(title));
      await page.keyboard.press('Enter');
      await menu.waitFor({ state: 'hidden', timeout: 10_000 });
      await page.locator('.monaco-editor .view-overlays .snippet-placeholder').first().waitFor({ state: 'attached', timeout: 10_000 });
    };

    // Waive: the cursor lands on the reason, which the lawyer types.
    const waived = expected.elements.find((e) => e.id === 'third-party-assessors')!;
    assert.equal(waived.status, 'missing');
    await takeAction('Cybersecurity Risk Management and Strategy', `Waive "${waived.title}" with a reason...`);
    await page.keyboard.type('no third parties are engaged; stated in Item 1A');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+S');
    await waitUntil('the saved waiver', async () => fs.readFileSync(file, 'utf8').includes('<!-- item1c-disable-file third-party-assessors: no third parties are engaged; stated in Item 1A -->'));
    await waitUntil('the checklist to show the element as waived', async () =>
      ((await sidebarRow(waived.title).locator('.custom-view-tree-node-item-icon').getAttribute('class')) ?? '').includes('codicon-eye-closed'),
    );
    lap('finding waived with a reason');

    // Mark reviewed, on a present element's evidence sentence: the cursor lands on the reviewer's name.
    const reviewed = expected.elements.find((e) => e.id === 'board-oversight')!;
    assert.equal(reviewed.status, 'present');
    const evidence = reviewed.evidence[0].text.split('\n')[0];
    await takeAction(evidence, `Mark "${reviewed.title}" reviewed`);
    await page.keyboard.type('Jane Doe');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+S');
    await waitUntil('the saved review', async () => /<!-- item1c-reviewed board-oversight: Jane Doe on \d{4}-\d{2}-\d{2} \(evidence [0-9a-f]{8}\) -->/.test(fs.readFileSync(file, 'utf8')));
    await waitUntil('the checklist to show the review', async () => (await sidebarRow(reviewed.title).innerText()).includes('reviewed by Jane Doe'));
    lap('element marked reviewed');

    // Editing the evidence voids the review.
    const saved = fs.readFileSync(file, 'utf8');
    const at = saved.indexOf(evidence);
    const before = saved.slice(0, at).split('\n');
    await goToLine(page, before.length, before[before.length - 1].length + 1);
    await page.keyboard.type('Since 2024, ');
    await waitUntil('the checklist to say "changed since review"', async () => (await sidebarRow(reviewed.title).innerText()).includes('changed since review'));
    await page.keyboard.press('Control+S');
    lap('evidence edited: changed since review');
  });

  it('exports the checklist as a printable HTML page next to the draft', async function () {
    await page.keyboard.press('Control+1');
    await runCommand(page, 'item1c: Export checklist');
    const quickInput = page.locator('.quick-input-widget');
    await waitUntil('the format choice', async () => (await quickInput.innerText()).includes('HTML page'));
    await page.keyboard.press('Enter');
    // code-server's save dialog is VS Code's simple file dialog: a path in a quick input.
    const output = path.join(session.workspace, 'missing-elements-draft-checklist.html');
    await waitUntil('the save dialog with the suggested name', async () => {
      const value = await page.locator('.quick-input-widget input[type="text"]').first().evaluate((i) => i.value ?? '');
      return value.endsWith('missing-elements-draft-checklist.html');
    });
    await page.keyboard.press('Enter');
    await waitUntil('the exported file', async () => fs.existsSync(output) && fs.statSync(output).size > 0);
    await waitUntil('the "checklist saved" notification', async () =>
      (await page.locator('.notifications-toasts').innerText().catch(() => '')).includes('checklist saved to missing-elements-draft-checklist.html'),
    );
    await session.screenshot('06-export-notification');
    lap('export');

    const html = fs.readFileSync(output, 'utf8');
    const parsed = parsePage(html);
    assert.deepEqual(parsed.errors, []);
    assert.equal(byTag(parsed.document, 'script').length, 0);
    const now = checkJson(path.join(session.workspace, DRAFT_NAME));
    for (const element of now.elements) {
      const article = byId(parsed.document, `el-${element.id}`);
      // A waiver wins over the verdict it waives, as in the checklist.
      const look = element.waived ? 'waived' : element.status;
      assert.ok(article && classes(article).includes(look), `${element.id}: expected ${look}`);
    }
    assert.equal(attr(byTag(parsed.document, 'html')[0], 'lang'), 'en');

    // How the committee sees it: the page itself, rendered by the same browser.
    const viewer = await (page as unknown as { context(): { newPage(): Promise<Page> } }).context().newPage();
    await viewer.setViewportSize({ width: 1000, height: 1300 });
    await viewer.goto(`file://${output}`);
    await viewer.screenshot({ path: path.join(path.dirname(await session.screenshot('06-export-notification')), '07-exported-checklist.png') });
    await viewer.close();
  });
});
