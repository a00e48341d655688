// Runs test/editors/neovim/init.lua in a headless Neovim against a language server command and
// returns what the script recorded. Kept apart from the test so the Lua driver can be exercised
// against any LSP server command.
import { spawnWithDeadline } from '../shared';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const NVIM = process.env.NVIM_BIN ?? 'nvim';
const INIT_LUA = path.join(__dirname, 'init.lua');

/** The subset of an LSP diagnostic the test looks at. */
export interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  source?: string;
  code?: string | number;
  message: string;
}

export interface VimDiagnostic {
  lnum: number;
  source?: string;
  code?: string | number;
  message: string;
}

export interface NeovimRun {
  status: { ok: boolean; error: string | null } | null;
  before: { lsp: LspDiagnostic[]; vim: VimDiagnostic[] } | null;
  action: { title: string; edit: unknown } | null;
  after: { lsp: LspDiagnostic[]; vim: VimDiagnostic[]; publishes: number } | null;
  buffer: string | null;
  /** Neovim's own stdout and stderr, for failure messages. */
  output: string;
  timedOut: boolean;
}

export interface NeovimOptions {
  /** Language server command, e.g. ['node', 'dist/server.js', '--stdio']. */
  cmd: string[];
  draft: string;
  /** Diagnostic code to fix. */
  code: string;
  fixTitlePrefix: string;
  /** Per-step wait inside Neovim; the whole run is killed after 60 s regardless. */
  stepTimeoutMs?: number;
}

/** Throws a readable error when Neovim is missing: the editor test must fail, not skip. */
export function assertNeovimInstalled(): string {
  const probe = spawnSync(NVIM, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `Neovim (${NVIM}) is required for the editor tests but could not be run: ${probe.error?.message ?? probe.stderr}. ` +
        'Install it (Debian: apt-get install -y neovim) or run .ci/run, which does.',
    );
  }
  return probe.stdout.split('\n')[0];
}

export async function runNeovim(options: NeovimOptions): Promise<NeovimRun> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'item1c-nvim-'));
  try {
    const outDir = path.join(dir, 'out');
    const home = path.join(dir, 'home');
    fs.mkdirSync(outDir);
    fs.mkdirSync(home);
    const draft = path.join(dir, 'draft.md');
    fs.writeFileSync(draft, options.draft);
    const configPath = path.join(dir, 'config.json');
    fs.writeFileSync(
      configPath,
      JSON.stringify({
        cmd: options.cmd,
        draft,
        root: dir,
        outDir,
        code: options.code,
        fixTitlePrefix: options.fixTitlePrefix,
        timeoutMs: options.stepTimeoutMs ?? 15_000,
      }),
    );

    // A private HOME/XDG tree keeps Neovim's LSP log and state out of the user's directories.
    const env = {
      ...process.env,
      ITEM1C_NVIM_CONFIG: configPath,
      HOME: home,
      XDG_CONFIG_HOME: path.join(home, '.config'),
      XDG_DATA_HOME: path.join(home, '.local/share'),
      XDG_STATE_HOME: path.join(home, '.local/state'),
      XDG_CACHE_HOME: path.join(home, '.cache'),
    };
    const { output, timedOut } = await spawnWithDeadline(NVIM, ['--headless', '--clean', '-u', INIT_LUA], dir, env);

    const read = <T>(name: string): T | null => {
      const file = path.join(outDir, name);
      return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as T) : null;
    };
    const bufferFile = path.join(outDir, 'buffer.md');
    return {
      status: read('status.json'),
      before: read('before.json'),
      action: read('action.json'),
      after: read('after.json'),
      buffer: fs.existsSync(bufferFile) ? fs.readFileSync(bufferFile, 'utf8') : null,
      output,
      timedOut,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

