// `item1c compare LAST THIS`: last year's filed section against this year's draft. Reads both files
// (server/src/filing decides how, by extension), runs the core's comparison and prints it; the exit
// status follows `check`: 0 fine, 1 an error-severity finding, 2 bad usage or an unreadable file.
import { VERSION, analyze, LineIndex, type AnalyzeOptions } from '../core';
import { compareReports } from '../core/compare';
import { readFiling, type FilingKind, type FilingRead } from '../filing/readFiling';
import { withConfig } from '../config/parse';
import { CliConfig } from './config';
import { COMPARE_USAGE, parseCompareArgs, type CompareCommand } from './compareArgs';
import { formatCompareJson } from './compareJson';
import { formatCompareText } from './compareText';
import type { Comparison } from '../core/compare';
import type { Report } from '../core';

export interface ComparedFile {
  path: string;
  kind: FilingKind;
  text: string;
  lines: LineIndex;
  report: Report;
}

export interface ComparisonOutput {
  last: ComparedFile;
  current: ComparedFile;
  comparison: Comparison;
}

export interface CompareIo {
  out: NodeJS.WritableStream & { isTTY?: boolean };
  err: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

/** Runs `item1c compare` with the arguments after the command name; returns the exit status. */
export function runCompare(argv: readonly string[], io: CompareIo = { out: process.stdout, err: process.stderr, env: process.env }, converted: ReadonlyMap<string, FilingRead> = new Map()): number {
  const parsed = parseCompareArgs(argv);
  if (parsed.kind === 'help') {
    io.out.write(COMPARE_USAGE);
    return 0;
  }
  if (parsed.kind === 'error') {
    io.err.write(`item1c: ${parsed.message}\n\n${COMPARE_USAGE}`);
    return 2;
  }
  const command = parsed.command;
  const config = new CliConfig(command, (line) => void io.err.write(line)).forFile(command.current);
  const options: AnalyzeOptions = withConfig({ form: command.form, check: 'always', ...(command.fiscalYear !== undefined ? { fiscalYear: command.fiscalYear } : {}) }, config?.options);

  const last = load(command.last, options, io, converted);
  const current = load(command.current, options, io, converted);
  if (!last || !current) return 2;

  let comparison: Comparison;
  try {
    comparison = compareReports(last, current, { analyze: options, ...(options.fiscalYear !== undefined ? { fiscalYear: options.fiscalYear } : {}) });
  } catch (err) {
    io.err.write(`item1c: internal error while comparing: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  const output: ComparisonOutput = { last, current, comparison };
  io.out.write(command.format === 'json' ? formatCompareJson(output, VERSION) : formatCompareText(output, useColor(command, io)));
  return comparison.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

function load(path: string, options: AnalyzeOptions, io: CompareIo, converted: ReadonlyMap<string, FilingRead>): ComparedFile | null {
  const read = converted.get(path) ?? readFiling(path);
  if (!read.ok) {
    io.err.write(`item1c: ${path}: ${read.error}\n`);
    return null;
  }
  for (const warning of read.warnings) io.err.write(`item1c: ${path}: warning: ${warning}\n`);
  const report = analyze(read.text, options);
  if (!report.section.found) {
    io.err.write(`item1c: ${path}: ${report.findings[0]?.message ?? 'no text to compare'}\n`);
    return null;
  }
  return { path, kind: read.kind, text: read.text, lines: new LineIndex(read.text), report };
}

function useColor(command: CompareCommand, io: CompareIo): boolean {
  if (command.color === false) return false;
  // https://no-color.org: any non-empty value disables color.
  if (io.env.NO_COLOR) return false;
  return io.out.isTTY === true;
}
