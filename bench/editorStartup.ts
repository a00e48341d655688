// The first squiggle in a real VS Code: code-server in Chromium with the packaged .vsix, a fresh
// profile each run, the example draft opened with Quick Open. Times from the page load and from
// item1c's activation to the first diagnostics, with the client's startup timeline (startup.json in
// the extension's log folder) between them. Numbers, not a test: without code-server it says so and
// is skipped.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assertPrerequisites, packageVsix, startSession, type Page } from '../test/editors/vscode/harness';
import { QUIET_SETTINGS, waitUntil } from '../test/editors/vscode/workbench';
import type { StartupTimes } from '../client/src/startupTimeline';

const ROOT = path.resolve(__dirname, '..');
const DRAFT_NAME = 'missing-elements-draft.md';

/** One cold run: epoch milliseconds of each step, from the page and from the extension. */
export interface EditorStartupRun {
  pageStart: number;
  workbenchReady: number;
  draftOpened: number;
  firstSquiggle: number;
  client: StartupTimes;
}

export interface EditorStartupResult {
  runs: EditorStartupRun[];
  /** Medians over the runs, in milliseconds. */
  medians: Record<string, number>;
}

function findFile(dir: string, name: string): string | null {
  if (!fs.existsSync(dir)) return null;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isFile() && entry.name === name) return full;
    if (entry.isDirectory()) {
      const found = findFile(full, name);
      if (found) return found;
    }
  }
  return null;
}

/** The page's own clock: epoch ms of its navigation start, and of the first error squiggle painted. */
async function pageStart(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as { performance: { timeOrigin: number } }).performance.timeOrigin);
}

async function firstSquiggle(page: Page): Promise<number> {
  await page.waitForFunction(
    () => (globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector('.monaco-editor .view-overlays .squiggly-error') !== null,
    undefined,
    { timeout: 120_000, polling: 'raf' },
  );
  return Date.now();
}

async function oneRun(vsix: string, draft: string): Promise<EditorStartupRun> {
  const session = await startSession({ vsix, files: { [DRAFT_NAME]: draft }, settings: QUIET_SETTINGS });
  try {
    const { page } = session;
    const start = await pageStart(page);
    await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 60_000 });
    await page.locator('.part.statusbar').waitFor({ timeout: 60_000 });
    const workbenchReady = Date.now();
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input[type="text"]').first().waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.type(DRAFT_NAME);
    await waitUntil('the draft in Quick Open', async () => (await page.locator('.quick-input-list .monaco-list-row').count()) > 0);
    const squiggle = firstSquiggle(page);
    const draftOpened = Date.now();
    await page.keyboard.press('Enter');
    const painted = await squiggle;
    const logs = path.join(session.scratch, 'data', 'logs');
    // Parsed only once complete: the file can be seen before its one line is written.
    const client = await waitUntil('startup.json in the extension log folder', async () => {
      const file = findFile(logs, 'startup.json');
      try {
        return file ? (JSON.parse(fs.readFileSync(file, 'utf8')) as StartupTimes) : null;
      } catch {
        return null;
      }
    }, 30_000);
    return { pageStart: Math.round(start), workbenchReady, draftOpened, firstSquiggle: painted, client };
  } finally {
    await session.close();
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The steps, each as milliseconds since the page's navigation start. */
function steps(run: EditorStartupRun): [string, number | undefined][] {
  const c = run.client;
  const since = (t: number | undefined) => (t === undefined ? undefined : t - run.pageStart);
  return [
    ['workbench ready', since(run.workbenchReady)],
    ['draft opened (Quick Open, Enter)', since(run.draftOpened)],
    ['client bundle loaded', since(c.loaded)],
    ['client bundle evaluated', since(c.evaluated)],
    ['server process forked (client clock)', since(c.serverSpawned)],
    ['item1c activated', since(c.activated)],
    ['LanguageClient.start()', since(c.startCalled)],
    ['server process started', since(c.serverProcess)],
    ['server listening (bundle loaded)', since(c.serverListening)],
    ['initialize answered', since(c.initialized)],
    ['first settings request', since(c.firstConfigurationAsked)],
    ['first settings answered', since(c.firstConfigurationAnswered)],
    ['first diagnostics at the client', since(c.firstDiagnostics)],
    ['first squiggle painted', since(run.firstSquiggle)],
  ];
}

export async function benchEditorStartup(): Promise<EditorStartupResult | null> {
  process.stdout.write('\nfirst squiggle in VS Code (code-server in Chromium, the packaged .vsix, a fresh profile per run)\n');
  try {
    assertPrerequisites();
  } catch (error) {
    process.stdout.write(`  skipped: ${error instanceof Error ? error.message : String(error)}\n`);
    return null;
  }
  const runsWanted = Number(process.env.BENCH_EDITOR_RUNS ?? (process.env.BENCH_QUICK === '1' ? 1 : 3));
  const vsix = packageVsix();
  const draft = fs.readFileSync(path.join(ROOT, 'examples', DRAFT_NAME), 'utf8');
  const runs: EditorStartupRun[] = [];
  for (let i = 0; i < runsWanted; i++) {
    const run = await oneRun(vsix, draft);
    runs.push(run);
    const c = run.client;
    process.stdout.write(
      `  run ${i + 1}: page load -> squiggle ${run.firstSquiggle - run.pageStart} ms, open -> squiggle ${run.firstSquiggle - run.draftOpened} ms, ` +
        `activation -> first diagnostics ${c.firstDiagnostics !== undefined && c.activated !== undefined ? c.firstDiagnostics - c.activated : '?'} ms\n`,
    );
  }
  const all = runs.map(steps);
  const lines = ['', '| step (median of runs) | since page load | since draft opened | since activation |', '|---|---:|---:|---:|'];
  const medians: Record<string, number> = {};
  const medianOf = (xs: number[]): string => {
    const defined = xs.filter((x) => !Number.isNaN(x));
    return defined.length > 0 ? `${median(defined)} ms` : '-';
  };
  all[0].forEach(([label], k) => {
    const values = all.map((s) => s[k][1]).filter((v): v is number => v !== undefined);
    if (values.length === 0) return;
    medians[label] = median(values);
    const fromOpen = runs.map((r, j) => (all[j][k][1] ?? NaN) + r.pageStart - r.draftOpened);
    const fromActivation = runs.map((r, j) => (all[j][k][1] ?? NaN) + r.pageStart - (r.client.activated ?? NaN));
    lines.push(`| ${label} | ${medians[label]} ms | ${medianOf(fromOpen)} | ${medianOf(fromActivation)} |`);
  });
  process.stdout.write(`${lines.join('\n')}\n`);
  return { runs, medians };
}
