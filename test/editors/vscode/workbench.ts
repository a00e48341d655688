// Small steps in the VS Code workbench that several end-to-end tests take the way a user would:
// waiting for what the screen shows, opening a file with Quick Open, running a command from the palette, moving the caret with Go to
// Line, and the user settings of a quiet, fresh VS Code. Also the CLI's JSON, which tests derive their
// expectations from.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ROOT, type Locator, type Page } from './harness';

const CLI = path.join(ROOT, 'dist', 'cli.js');

export const QUIET_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.editor.enablePreview': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'editor.suggestOnTriggerCharacters': false,
  'editor.acceptSuggestionOnEnter': 'off',
  'files.autoSave': 'off',
  'outline.collapseItems': 'alwaysExpand',
};

export interface JsonDiagnostic {
  rule: string;
  element: string | null;
  severity: 'error' | 'warning' | 'information' | 'hint';
  message: string;
  startLine: number;
  startColumn: number;
}

export interface JsonElement {
  id: string;
  title: string;
  status: 'present' | 'partial' | 'missing' | 'not-applicable' | 'drafted';
  reason: string;
  evidence: { startLine: number; startColumn: number; text: string }[];
  waived?: { reason: string };
}

export interface JsonFile {
  elements: JsonElement[];
  diagnostics: JsonDiagnostic[];
}

/** `item1c check --format json FILE`, the first file's result. */
export function checkJson(file: string): JsonFile {
  const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', file], { encoding: 'utf8' });
  assert.ok(result.status === 0 || result.status === 1, `item1c check failed: ${result.stderr}`);
  return (JSON.parse(result.stdout) as { files: JsonFile[] }).files[0];
}

/** Polls `probe` until it returns something truthy; fails with what it saw last. */
export async function waitUntil<T>(what: string, probe: () => Promise<T | false | null | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Opens a workspace file by name with Quick Open (Ctrl+P) and waits for its tab. */
export async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input[type="text"]').first().waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.type(name);
  // Wait until the first entry is the file, so Enter opens it and nothing else.
  await waitUntil(`${name} in Quick Open`, async () => ((await page.locator('.quick-input-list .monaco-list-row').first().getAttribute('aria-label')) ?? '').startsWith(name));
  await page.keyboard.press('Enter');
  await page.locator(`.tab[aria-label^="${name}"]`).waitFor({ timeout: 20_000 });
}

/** Runs a command by its title from the Command Palette (F1). */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input[type="text"]').first();
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.type(title);
  // Wait until the palette's first entry is the command, so Enter runs it and nothing else.
  await waitUntil(`"${title}" in the Command Palette`, async () => {
    const first = await page.locator('.quick-input-list .monaco-list-row').first().getAttribute('aria-label');
    return first?.toLowerCase().startsWith(title.toLowerCase()) ?? false;
  });
  await page.keyboard.press('Enter');
}

/** The caret as the status bar shows it: `Ln 3, Col 7` or `Ln 3, Col 7 (12 selected)`. */
export async function caretText(page: Page): Promise<string> {
  return (await page.locator('[id="status.editor.selection"]').innerText()).trim();
}

/**
 * Puts the caret at line:column (1-based) with Go to Line, and waits until the status bar shows it there.
 * A keystroke can reach a palette that is still closing from an earlier step: then the caret does not
 * move, and Go to Line is opened again.
 */
export async function goToLine(page: Page, line: number, column: number): Promise<void> {
  const where = `Ln ${line}, Col ${column}`;
  const caretThere = async () => (await caretText(page)) === where;
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+G');
    await waitUntil('Go to Line', async () => /line number/i.test(await page.locator('.quick-input-widget').first().innerText()));
    await page.keyboard.type(`${line}:${column}`);
    await page.keyboard.press('Enter');
    try {
      await waitUntil(`the caret at ${where}`, caretThere, attempt < 3 ? 5_000 : 20_000);
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/** 1-based line and column of `offset` in `text`, as Go to Line and the status bar count them. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

export async function ariaLabels(list: Locator): Promise<string[]> {
  return list.evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') ?? ''));
}

/** The item1c status bar entry. */
export function statusItem(page: Page): Locator {
  return page.locator('[id="item1c.item1c.item1c.status"]');
}

/** Widens the side bar by `by` pixels, dragging its sash as a user would, so long rows read in full. */
export async function widenSideBar(page: Page, by: number): Promise<void> {
  const sidebar = page.locator('.part.sidebar');
  const box = await sidebar.evaluate((e) => e.getBoundingClientRect());
  await page.mouse.move(box.x + box.width, box.y + 300);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width + by, box.y + 300, { steps: 8 });
  await page.mouse.up();
  await waitUntil('a wider side bar', async () => (await sidebar.evaluate((e) => e.getBoundingClientRect().width)) > box.width + 100);
}
