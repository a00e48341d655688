// Pieces shared by the tests that drive real LSP clients (Neovim, Emacs).
import { spawn } from 'node:child_process';
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
