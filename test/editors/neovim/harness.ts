// Runs test/editors/neovim/init.lua in a headless Neovim against a language server command and
// returns what the script recorded. Kept apart from the test so the Lua driver can be exercised
// against any LSP server command.
import { inRunWorkspace, readDriverOutputs, spawnWithDeadline, type ClientRunOptions, type DriverOutputs } from '../shared';
import { spawnSync } from 'node:child_process';
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

/** Diagnostics as the server sent them and as Neovim shows them. */
export interface NeovimDiagnostics {
  lsp: LspDiagnostic[];
  vim: VimDiagnostic[];
}

export interface NeovimRun extends DriverOutputs<NeovimDiagnostics, NeovimDiagnostics & { publishes: number }> {
  /** Neovim's own stdout and stderr, for failure messages. */
  output: string;
  timedOut: boolean;
}

export type NeovimOptions = ClientRunOptions;

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
  return inRunWorkspace('item1c-nvim-', options, async ({ dir, home, outDir, configPath }) => {
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
    return { ...readDriverOutputs<NeovimDiagnostics, NeovimDiagnostics & { publishes: number }>(outDir), output, timedOut };
  });
}
