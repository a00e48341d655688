// item1c command-line checker: files in, text / JSON / SARIF out, meaningful exit codes.
// All analysis lives in the core; this file only wires arguments, files and formatters.
//
// The exit status is set through process.exitCode and the process is left to end by itself:
// calling process.exit() right after a large write to a pipe loses the tail of the output.
import { INTERNAL_ERROR, VERSION } from './core';
import { installTestFaults } from './testFaults';
import { parseArgs, USAGE } from './cli/args';
import type { CheckCommand } from './cli/args';
import { checkFiles, exitCodeFor, summarise } from './cli/model';
import { formatJson } from './cli/json';
import { formatText } from './cli/text';
import { formatSarif } from './cli/sarif';
import { parseReportArgs, REPORT_USAGE, runReport } from './cli/report';
import { runXbrl } from './cli/xbrl';
import { runImport, parseImportArgs } from './cli/import';
import { runCompare } from './cli/compare';
import { readWordFilings } from './cli/wordFiling';
import { runExport } from './cli/export';
import { wordDraftReader } from './cli/wordCheck';
import { runWordImport } from './cli/wordImport';
import { isWordFile } from './cli/wordModule';
import { runScan } from './cli/scan/run';

const EXIT_USAGE = 2;

function useColor(command: CheckCommand): boolean {
  if (command.color === false) return false;
  // https://no-color.org: any non-empty value disables colour.
  if (process.env.NO_COLOR) return false;
  return process.stdout.isTTY === true;
}

async function runCheck(command: CheckCommand): Promise<void> {
  installTestFaults();
  // Word drafts are converted first; with none, nothing Word-related is even loaded.
  const outcomes = checkFiles(command, undefined, await wordDraftReader(command.files, command.maxFileSizeMB));
  for (const outcome of outcomes) {
    if (outcome.kind === 'failed') process.stderr.write(`item1c: ${outcome.path}: ${outcome.error}\n`);
    // A rule that threw is a finding in the report, and said once more where errors go.
    else for (const f of outcome.report.findings) if (f.rule === INTERNAL_ERROR) process.stderr.write(`item1c: ${outcome.path}: ${f.message}\n`);
  }
  const summary = summarise(outcomes);
  let output: string;
  switch (command.format) {
    case 'json':
      output = formatJson(outcomes, summary, VERSION);
      break;
    case 'sarif':
      output = formatSarif(outcomes, VERSION, process.cwd());
      break;
    default:
      output = formatText(outcomes, summary, useColor(command));
  }
  process.stdout.write(output);
  process.exitCode = exitCodeFor(summary);
}

function main(argv: readonly string[]): void {
  // A reader that closes the pipe early (`item1c check ... | head`) is not an error of ours.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });

  if (argv[0] === 'export') {
    void runExport(argv.slice(1)).then((code) => (process.exitCode = code));
    return;
  }
  if (argv[0] === 'import') {
    const parsed = parseImportArgs(argv.slice(1));
    if (parsed.kind === 'run' && isWordFile(parsed.command.file)) {
      void runWordImport(parsed.command.file, parsed.command.output).then((code) => (process.exitCode = code));
      return;
    }
  }
  if (argv[0] === 'scan') {
    void runScan(argv.slice(1)).then((code) => {
      process.exitCode = code;
    });
    return;
  }
  if (argv[0] === 'xbrl' || argv[0] === 'import') {
    process.exitCode = argv[0] === 'xbrl' ? runXbrl(argv.slice(1)) : runImport(argv.slice(1));
    return;
  }
  if (argv[0] === 'compare') {
    // Word files are converted first; with none, nothing Word-related is even loaded.
    void readWordFilings(argv.slice(1)).then((converted) => (process.exitCode = runCompare(argv.slice(1), undefined, converted)));
    return;
  }
  const reporting = argv[0] === 'report';
  const invocation = reporting ? parseReportArgs(argv.slice(1)) : parseArgs(argv);
  switch (invocation.kind) {
    case 'help':
      process.stdout.write(reporting ? REPORT_USAGE : USAGE);
      return;
    case 'version':
      process.stdout.write(`${VERSION}\n`);
      return;
    case 'usage-error':
      process.stderr.write(`item1c: ${invocation.message}\n\n${reporting ? REPORT_USAGE : USAGE}`);
      process.exitCode = EXIT_USAGE;
      return;
    case 'check':
      void runCheck(invocation);
      return;
    case 'report':
      process.exitCode = runReport(invocation);
      return;
  }
}

main(process.argv.slice(2));
