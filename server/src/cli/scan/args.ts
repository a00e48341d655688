// `item1c scan` options. The options it shares with `check` mean the same and take the same values.
import * as os from 'node:os';
import { choice, expects, fileName, readOptions, type OptionSpec } from '../options';
import { CHECK_SETTINGS, HELP, checkSettings, type CheckSettings } from '../commonOptions';

export type ScanFormat = 'csv' | 'jsonl';

export interface ScanCommand extends CheckSettings {
  kind: 'scan';
  format: ScanFormat;
  /** Worker threads; 1 checks in the main thread, without a pool. */
  jobs: number;
  /** `--peers FILE`: where the peer figures go (CSV: only there; JSON Lines: there instead of stdout). */
  peers?: string;
  roots: string[];
}

export type ScanInvocation = ScanCommand | { kind: 'help' } | { kind: 'usage-error'; message: string };

export const SCAN_USAGE = `Usage: item1c scan [options] DIR...

Checks every Markdown file (.md, .markdown) under the folders named, recursively, and prints one
summary row per file, sorted by path. Hidden entries and node_modules are skipped.

Options:
  --format csv|jsonl         output format (default: csv)
  --jobs N                   worker threads (default: one per core, here ${defaultJobs()})
  --peers FILE               write the peer figures (per-element presence over the scanned
                             files) to FILE; with jsonl they otherwise follow the rows
  --form auto|10-K|20-F      form whose citations to use (default: auto, from the heading)
  --check auto|always        always: treat a file without an Item 1C / 16K heading as the section
  --strictness standard|literal
                             literal: literal gaps count as partial elements
  --config FILE              use this configuration file for every file (default: the nearest
                             .item1c.json or .item1c.jsonc above each file)
  --no-config                use no configuration file
  --max-file-size-mb N       do not check files larger than N megabytes (default: 10)
  -h, --help                 show this help

Columns: path, form, found, present, partial, missing, blockers, specificity, error.
Progress is shown on stderr when it is a terminal and CI is not set.
Exit status: 0 no errors found, 1 errors found, 2 bad usage or a file could not be read.
`;

export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism());
}

const OPTIONS = {
  help: HELP,
  format: choice(['--format'], ['csv', 'jsonl']),
  jobs: {
    names: ['--jobs'],
    parse: (v: string) => {
      const n = /^\d+$/.test(v) ? Number(v) : NaN;
      return n >= 1 && Number.isSafeInteger(n) ? n : undefined;
    },
    error: expects('a whole number of at least 1'),
  },
  peers: fileName(['--peers']),
  ...CHECK_SETTINGS,
} satisfies OptionSpec;

/** Parses the arguments after `scan`. Never throws. */
export function parseScanArgs(argv: readonly string[]): ScanInvocation {
  const read = readOptions(argv, OPTIONS);
  if (read.kind === 'error') return usageError(read.message);
  const { values: o, args: roots } = read;
  if (o.help) return { kind: 'help' };
  if (roots.length === 0) return usageError('no folders to scan');
  const settings = checkSettings(o);
  if ('error' in settings) return usageError(settings.error);
  return { kind: 'scan', format: o.format ?? 'csv', jobs: o.jobs ?? defaultJobs(), roots, ...(o.peers !== undefined ? { peers: o.peers } : {}), ...settings };
}

function usageError(message: string): ScanInvocation {
  return { kind: 'usage-error', message };
}
