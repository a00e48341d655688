// `item1c scan DIR...`: checks every draft under the folders and prints one summary row per file,
// sorted by path whatever order the workers finish in, then the peer figures for the scanned set.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliConfig } from '../config';
import { withConfig } from '../../config/parse';
import type { AnalyzeOptions } from '../../core';
import { parseScanArgs, SCAN_USAGE, type ScanCommand } from './args';
import { listScanFiles } from './files';
import { formatPeers, formatRow, header } from './output';
import { peerFigures } from './peers';
import { runTasks } from './pool';
import { startProgress } from './progress';
import { failedRow, type ScanRow, type ScanTask } from './row';

const EXIT_USAGE = 2;

export async function runScan(argv: readonly string[]): Promise<number> {
  const invocation = parseScanArgs(argv);
  if (invocation.kind === 'help') {
    process.stdout.write(SCAN_USAGE);
    return 0;
  }
  if (invocation.kind === 'usage-error') {
    process.stderr.write(`item1c: ${invocation.message}\n\n${SCAN_USAGE}`);
    return EXIT_USAGE;
  }
  return scan(invocation);
}

async function scan(command: ScanCommand): Promise<number> {
  const entries = listScanFiles(command.roots);
  // Configuration is looked up here, so each problem in it is said once on stderr before the progress
  // bar starts; the workers get plain options.
  const configs = new CliConfig(command, (line) => void process.stderr.write(line));
  const base = baseOptions(command);
  // The configuration depends on the folder alone: looked up once per folder, not once per file.
  const byFolder = new Map<string, AnalyzeOptions>();
  const optionsFor = (file: string): AnalyzeOptions => {
    const folder = path.dirname(path.resolve(file));
    let options = byFolder.get(folder);
    if (options === undefined) {
      options = withConfig(base, configs.forFile(file)?.options);
      byFolder.set(folder, options);
    }
    return options;
  };
  const rows: (ScanRow | undefined)[] = entries.map((e) => (e.error !== undefined ? failedRow(e.path, e.error) : undefined));
  const tasks: ScanTask[] = [];
  const taskRow: number[] = [];
  entries.forEach((entry, i) => {
    if (entry.error !== undefined) return;
    tasks.push({ path: entry.path, options: optionsFor(entry.path) });
    taskRow.push(i);
  });

  const out = process.stdout;
  out.write(header(command.format));
  // Rows are written as soon as every row before them is ready: the output is in path order and
  // still streams.
  let next = 0;
  const flush = () => {
    while (next < rows.length && rows[next] !== undefined) out.write(formatRow(rows[next++]!, command.format));
  };
  flush();
  const progress = startProgress(tasks.length);
  try {
    await runTasks(tasks, command.jobs, (index, row) => {
      rows[taskRow[index]] = row;
      progress.tick();
      flush();
    });
  } finally {
    progress.stop();
  }
  flush();

  const done = rows as ScanRow[];
  let status = exitStatus(done);
  const peers = formatPeers(peerFigures(done), command.format);
  if (command.peers !== undefined) {
    try {
      fs.writeFileSync(command.peers, peers);
    } catch (err) {
      process.stderr.write(`item1c: cannot write the peer figures to ${command.peers}: ${err instanceof Error ? err.message : String(err)}\n`);
      status = EXIT_USAGE;
    }
  } else if (command.format === 'jsonl') {
    out.write(peers);
  }
  for (const row of done) {
    if (row.error !== null) process.stderr.write(`item1c: ${row.path}: ${row.error}\n`);
    for (const message of row.internalErrors) process.stderr.write(`item1c: ${row.path}: ${message}\n`);
  }
  return status;
}

function baseOptions(command: ScanCommand): AnalyzeOptions {
  const maxBytes = command.maxFileSizeMB !== undefined ? Math.round(command.maxFileSizeMB * 1024 * 1024) : undefined;
  return { form: command.form, check: command.check, ...(maxBytes ? { maxBytes } : {}), ...(command.strictness ? { strictness: command.strictness } : {}) };
}

/** As for `check`: 2 when a file could not be checked, else 1 when any finding is an error, else 0. */
function exitStatus(rows: readonly ScanRow[]): number {
  if (rows.some((r) => r.error !== null)) return 2;
  return rows.some((r) => r.errorFindings > 0) ? 1 : 0;
}
