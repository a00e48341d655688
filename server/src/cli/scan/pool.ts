// Runs the scan's tasks: on a piscina pool of worker threads, or in the main thread for one job (no
// thread to start, no task to copy across). Each row is handed to `done` with its task's index as soon
// as it is ready; the caller puts them in order.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Piscina } from 'piscina';
import { failedRow, scanFile, type ScanRow, type ScanTask } from './row';

/** The worker bundle, built next to the CLI bundle (scripts/build.mjs). */
export const WORKER_FILE = path.join(__dirname, 'scan-worker.js');

/** Files checked in the main thread between two turns of the event loop (progress bar, output). */
const BATCH = 16;

/**
 * Files sent to a worker at a time. One at a time, a worker waits for the main thread between files,
 * and on a busy machine that wait can be as long as checking the file; batches of a few files keep it
 * busy, while small enough batches still share the work out evenly at the end.
 */
function batchSize(files: number, threads: number): number {
  return Math.max(1, Math.min(8, Math.floor(files / (threads * 8))));
}

export async function runTasks(tasks: readonly ScanTask[], jobs: number, done: (index: number, row: ScanRow) => void): Promise<void> {
  // Without the worker bundle (the CLI copied on its own, as in the .vsix) the scan still runs, in one thread.
  if (jobs <= 1 || tasks.length <= 1 || !fs.existsSync(WORKER_FILE)) {
    for (let i = 0; i < tasks.length; i++) {
      done(i, await scanFile(tasks[i]));
      if (i % BATCH === BATCH - 1) await new Promise((resolve) => setImmediate(resolve));
    }
    return;
  }
  const threads = Math.min(jobs, tasks.length);
  const pool = new Piscina<ScanTask[], ScanRow[]>({ filename: WORKER_FILE, minThreads: threads, maxThreads: threads, idleTimeout: 1000 });
  const size = batchSize(tasks.length, threads);
  const batches: number[] = [];
  for (let start = 0; start < tasks.length; start += size) batches.push(start);
  try {
    await Promise.all(
      batches.map((start) => {
        const batch = tasks.slice(start, start + size);
        return pool.run(batch).then(
          (rows) => rows.forEach((row, k) => done(start + k, row)),
          // A worker that died (out of memory, say) costs these files their rows, not the scan.
          (err: unknown) => batch.forEach((task, k) => done(start + k, failedRow(task.path, `internal error while checking: ${err instanceof Error ? err.message : String(err)}`))),
        );
      }),
    );
  } finally {
    await pool.destroy();
  }
}
