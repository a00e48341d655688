// docs/images/scan-progress.png: `item1c scan` on a terminal, halfway through the corpus of filed sections.
// The scan runs under util-linux `script`, so that its stderr is a terminal and it draws its progress bar;
// the bar's redraws are cut into frames, the one where half the files are done is drawn in a monospace
// block, and Chromium takes its picture. Run with `npm run images` [FOLDER] (after `npm run build`).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { IMAGES, ROOT, withBrowser } from './browser';

const FOLDER = path.resolve(process.argv[2] ?? path.join(ROOT, '..', 'shared', 'corpus', 'dev'));
const COMMAND = 'item1c scan corpus/dev --format csv > book.csv';
const COLUMNS = 96;

/** Every state of the progress bar in a terminal recording: cli-progress redraws from column 1. */
function progressFrames(recording: string): string[] {
  return recording
    .split('\x1b[1G')
    .map((frame) => frame.replace(/\x1b\[[0-9;?]*[A-Za-z]|\x1b[78]/g, '').replace(/\r?\n[\s\S]*$/, '').trimEnd())
    .filter((frame) => /\d+\/\d+ files/.test(frame));
}

/** The first frame with at least half the files done. */
function middleFrame(frames: string[]): string | undefined {
  return frames.find((frame) => {
    const [, done, total] = /(\d+)\/(\d+) files/.exec(frame)!;
    return Number(done) * 2 >= Number(total);
  });
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function terminalPage(frame: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><style>
  body { margin: 0; background: #fff; }
  .terminal { display: inline-block; margin: 16px; padding: 14px 18px 18px; border-radius: 8px; background: #1e1e1e; color: #d4d4d4;
    font: 15px/1.45 "DejaVu Sans Mono", "Liberation Mono", monospace; white-space: pre; }
  .prompt { color: #6a9955; }
  .cursor { background: #d4d4d4; }
</style></head><body><div class="terminal"><span class="prompt">$</span> ${escapeHtml(COMMAND)}
${escapeHtml(frame)}<span class="cursor"> </span>
</div></body></html>`;
}

async function main(): Promise<void> {
  const cli = path.join(ROOT, 'dist', 'cli.js');
  if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  if (!fs.statSync(FOLDER, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`${FOLDER} is not a folder of drafts`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'item1c-scan-image-'));
  try {
    // The command shown is the command run: `item1c` on the PATH, the folder as `corpus/dev`.
    const bin = path.join(tmp, 'bin');
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(bin, 'item1c'), `#!/bin/sh\nexec "${process.execPath}" "${cli}" "$@"\n`, { mode: 0o755 });
    fs.mkdirSync(path.join(tmp, 'corpus'));
    fs.symlinkSync(FOLDER, path.join(tmp, 'corpus', 'dev'));
    const recording = path.join(tmp, 'recording');
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, TERM: 'xterm-256color' };
    delete env.CI; // The bar is hidden under CI.
    const result = spawnSync('script', ['-q', '-e', '-c', `stty cols ${COLUMNS} rows 24; ${COMMAND}`, recording], { cwd: tmp, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 600_000 });
    if (result.error) throw new Error(`script (util-linux) could not run: ${result.error.message}`);
    const frame = middleFrame(progressFrames(fs.readFileSync(recording, 'utf8')));
    if (!frame) throw new Error(`the scan drew no progress bar (status ${result.status}):\n${result.stdout}${result.stderr}`);

    const out = path.join(IMAGES, 'scan-progress.png');
    await withBrowser(async (browser) => {
      const page = await browser.newPage({ viewport: { width: 1000, height: 200 } });
      await page.setContent(terminalPage(frame));
      await page.locator('.terminal').screenshot({ path: out });
    });
    console.log(`wrote ${path.relative(ROOT, out)}: ${frame}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
