// Pieces shared by the tests that drive real LSP clients (Neovim, Emacs).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ELEMENTS } from '../../server/src/core';

export const SERVER = path.resolve(__dirname, '../../dist/server.js');

export const ELEMENT_IDS = new Set<string>(ELEMENTS.map((e) => e.id));

// Says nothing about third-party service providers, so that element is missing however
// much the recognisers improve.
export const DRAFT = `# Item 1C. Cybersecurity

## Risk Management and Strategy

We maintain processes for assessing, identifying and managing material risks from cybersecurity threats, including vulnerability scanning, incident response planning and annual employee training.

## Governance

The Audit Committee of our Board of Directors oversees risks from cybersecurity threats.
`;

export const CODE = 'service-provider-oversight';

const HARD_TIMEOUT_MS = 60_000;

/** Runs an editor headless; kills it and anything it started (its LSP server) after a hard deadline. */
export function spawnWithDeadline(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ output: string; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    // Own process group, so a hung run is killed together with the server it started.
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let timedOut = false;
    const killGroup = () => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // The group is already gone.
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, HARD_TIMEOUT_MS);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', () => {
      clearTimeout(timer);
      // Editors stop their LSP clients on exit; this only reaps a server that ignored shutdown.
      killGroup();
      resolve({ output, timedOut });
    });
  });
}

/** What a driven client is told: the server command, the draft, and the quick fix to take. */
export interface ClientRunOptions {
  /** Language server command, e.g. ['node', 'dist/server.js', '--stdio']. */
  cmd: string[];
  draft: string;
  /** Diagnostic code to fix. */
  code: string;
  fixTitlePrefix: string;
  /** Per-step wait inside the editor; the whole run is killed after 60 s regardless. */
  stepTimeoutMs?: number;
}

/** A run's scratch folder: the draft, the driver's configuration file, its output folder and a private HOME. */
export interface RunWorkspace {
  dir: string;
  home: string;
  outDir: string;
  configPath: string;
}

/** What every driver records in its output folder. */
export interface DriverOutputs<Diagnostics, After> {
  status: { ok: boolean; error?: string | null } | null;
  before: Diagnostics | null;
  action: { title: string; edit: unknown } | null;
  after: After | null;
  buffer: string | null;
  /** The server's outline of the draft, as the client received it. */
  symbols: unknown;
}

/** Runs `drive` in a fresh scratch folder set up for `options`, and removes the folder afterwards. */
export async function inRunWorkspace<T>(prefix: string, options: ClientRunOptions, drive: (ws: RunWorkspace) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
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
    return await drive({ dir, home, outDir, configPath });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The files a driver wrote to `outDir` (null for each one it did not get to write). */
export function readDriverOutputs<Diagnostics, After>(outDir: string): DriverOutputs<Diagnostics, After> {
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
    symbols: read('symbols.json'),
    buffer: fs.existsSync(bufferFile) ? fs.readFileSync(bufferFile, 'utf8') : null,
  };
}
