// `item1c scan` options. The options it shares with `check` mean the same and take the same values.
import * as os from 'node:os';

export type ScanFormat = 'csv' | 'jsonl';

export interface ScanCommand {
  kind: 'scan';
  format: ScanFormat;
  /** Worker threads; 1 checks in the main thread, without a pool. */
  jobs: number;
  /** `--peers FILE`: where the peer figures go (CSV: only there; JSON Lines: there instead of stdout). */
  peers?: string;
  form: 'auto' | '10-K' | '20-F';
  check: 'auto' | 'always';
  strictness?: 'standard' | 'literal';
  config?: string;
  noConfig?: boolean;
  maxFileSizeMB?: number;
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

/** Parses the arguments after `scan`. Never throws. */
export function parseScanArgs(argv: readonly string[]): ScanInvocation {
  const command: ScanCommand = { kind: 'scan', format: 'csv', jobs: defaultJobs(), form: 'auto', check: 'auto', roots: [] };
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      command.roots.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string | undefined => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return undefined;
      i++;
      return next;
    };
    const but = (v: string | undefined) => (v === undefined ? '' : `, not '${v}'`);
    switch (name) {
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '--format': {
        const v = value();
        if (v !== 'csv' && v !== 'jsonl') return usageError(`--format expects csv or jsonl${but(v)}`);
        command.format = v;
        break;
      }
      case '--jobs': {
        const v = value();
        const n = v === undefined || !/^\d+$/.test(v) ? NaN : Number(v);
        if (!(n >= 1) || !Number.isSafeInteger(n)) return usageError(`--jobs expects a whole number of at least 1${but(v)}`);
        command.jobs = n;
        break;
      }
      case '--peers': {
        const v = value();
        if (v === undefined || v === '') return usageError('--peers needs a file name');
        command.peers = v;
        break;
      }
      case '--form': {
        const v = value();
        const upper = v?.toUpperCase();
        if (upper === 'AUTO') command.form = 'auto';
        else if (upper === '10-K' || upper === '20-F') command.form = upper;
        else return usageError(`--form expects auto, 10-K or 20-F${but(v)}`);
        break;
      }
      case '--check': {
        const v = value();
        if (v !== 'auto' && v !== 'always') return usageError(`--check expects auto or always${but(v)}`);
        command.check = v;
        break;
      }
      case '--strictness': {
        const v = value();
        if (v !== 'standard' && v !== 'literal') return usageError(`--strictness expects standard or literal${but(v)}`);
        command.strictness = v;
        break;
      }
      case '--config': {
        const v = value();
        if (v === undefined || v === '') return usageError('--config needs a file name');
        command.config = v;
        break;
      }
      case '--no-config':
        command.noConfig = true;
        break;
      case '--max-file-size-mb': {
        const v = value();
        const mb = v === undefined ? NaN : Number(v);
        if (!(mb > 0) || !Number.isFinite(mb)) return usageError(`--max-file-size-mb expects a positive number of megabytes${but(v)}`);
        command.maxFileSizeMB = mb;
        break;
      }
      default:
        return usageError(`unknown option '${arg}'`);
    }
  }
  if (command.roots.length === 0) return usageError('no folders to scan');
  if (command.config !== undefined && command.noConfig) return usageError('--config and --no-config cannot be used together');
  return command;
}

function usageError(message: string): ScanInvocation {
  return { kind: 'usage-error', message };
}
