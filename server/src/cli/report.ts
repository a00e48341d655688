// `item1c report FILE [--format html|md] [-o OUT]`: the checklist report for a disclosure
// committee. Every option of `check` other than --format (form, check, ...) works here too: they
// are handed to the check parser, so the report always reflects what `check` would say.
import * as fs from 'node:fs';
import { renderReport, timestamp, type ReportFormat } from '../report';
import { parseArgs, type CheckCommand, type Invocation } from './args';
import { checkFiles } from './model';

export interface ReportCommand {
  kind: 'report';
  format: ReportFormat;
  /** File to write; `null` writes to stdout. */
  output: string | null;
  /** The check the report is made from (one file). */
  check: CheckCommand;
}

export const REPORT_USAGE = `Usage: item1c report [options] FILE

Writes the disclosure checklist of one draft as a printable HTML page or as Markdown:
the twelve Item 106 elements with status, citation and quoted evidence, blockers
(error findings other than elements) and waivers.

Options:
  --format html|md           report format (default: html)
  -o, --output FILE          write the report to FILE instead of standard output
  --form auto|10-K|20-F      form whose citations to use (default: auto, from the heading)
  --check auto|always        always: treat a file without a heading as the section itself
  -h, --help                 show this help

Exit status: 0 report written, 2 bad usage, or the draft could not be read or the report written.
`;

const FORMATS: Record<string, ReportFormat> = { html: 'html', md: 'md', markdown: 'md' };

export function parseReportArgs(argv: readonly string[]): ReportCommand | Invocation {
  let format: ReportFormat = 'html';
  let output: string | null = null;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    if (name === '-h' || name === '--help') return { kind: 'help' };
    if (name !== '--format' && name !== '-o' && name !== '--output') {
      rest.push(arg);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') return usage(`${name} needs a value`);
    if (name === '--format') {
      const f = FORMATS[value.toLowerCase()];
      if (!f) return usage(`unknown report format '${value}' (expected html or md)`);
      format = f;
    } else {
      output = value;
    }
  }
  const check = parseArgs(['check', ...rest]);
  if (check.kind === 'usage-error') return usage(check.message.replace('no files to check', 'no file to report on'));
  if (check.kind !== 'check') return check;
  if (check.files.length !== 1) return usage(`report takes exactly one file, got ${check.files.length}`);
  return { kind: 'report', format, output, check };
}

function usage(message: string): Invocation {
  return { kind: 'usage-error', message };
}

/** Runs the report; returns the exit status. */
export function runReport(command: ReportCommand, now: Date = new Date()): number {
  const [outcome] = checkFiles(command.check);
  if (outcome.kind === 'failed') {
    process.stderr.write(`item1c: ${outcome.path}: ${outcome.error}\n`);
    return 2;
  }
  const text = renderReport(
    { report: outcome.report, text: outcome.text, source: outcome.path, generated: timestamp(now, process.env.SOURCE_DATE_EPOCH) },
    command.format,
  );
  if (command.output === null) {
    process.stdout.write(text);
    return 0;
  }
  try {
    fs.writeFileSync(command.output, text);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    process.stderr.write(`item1c: could not write ${command.output}: ${code ?? (err instanceof Error ? err.message : String(err))}\n`);
    return 2;
  }
  return 0;
}
