// Runs test/editors/emacs/eglot-driver.el in a headless Emacs (Debian's emacs-nox with elpa-eglot)
// against a language server command and returns what the driver recorded.
import { inRunWorkspace, readDriverOutputs, spawnWithDeadline, type ClientRunOptions, type DriverOutputs } from '../shared';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const EMACS = process.env.EMACS_BIN ?? 'emacs';
const DRIVER = path.join(__dirname, 'eglot-driver.el');

export interface FlymakeDiagnostic {
  line: number;
  /** Flymake's type, e.g. `eglot-error`, `eglot-warning`, `eglot-note`. */
  type: string;
  text: string;
  code: string | null;
  source: string | null;
}

export interface EmacsRun extends DriverOutputs<FlymakeDiagnostic[], FlymakeDiagnostic[]> {
  output: string;
  timedOut: boolean;
}

export type EmacsOptions = ClientRunOptions;

/** Throws a readable error when Emacs or eglot is missing: the editor test must fail, not skip. */
export function assertEmacsWithEglot(): string {
  const probe = spawnSync(EMACS, ['--batch', '--eval', "(progn (require 'package) (package-activate-all) (require 'eglot) (princ emacs-version))"], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `Emacs with eglot is required for the editor tests but could not be run: ${probe.error?.message ?? probe.stderr.trim()}. ` +
        'Install them (Debian: apt-get install -y emacs-nox elpa-eglot) or run .ci/run, which does.',
    );
  }
  return probe.stdout.trim();
}

export async function runEmacs(options: EmacsOptions): Promise<EmacsRun> {
  return inRunWorkspace('item1c-emacs-', options, async ({ dir, home, outDir, configPath }) => {
    // A private HOME keeps eglot's events buffer, auto-saves and package state out of the user's.
    const env = { ...process.env, ITEM1C_EMACS_CONFIG: configPath, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config') };
    // No -Q: Debian's site-start registers the elpa-* packages (eglot) on the load path. --batch
    // already skips the user's init file, and HOME is private anyway.
    const { output, timedOut } = await spawnWithDeadline(EMACS, ['--batch', '-l', DRIVER], dir, env);
    const events = path.join(outDir, 'events.log');
    return {
      ...readDriverOutputs<FlymakeDiagnostic[], FlymakeDiagnostic[]>(outDir),
      output: fs.existsSync(events) ? `${output}\n--- eglot events ---\n${fs.readFileSync(events, 'utf8').slice(-6000)}` : output,
      timedOut,
    };
  });
}
