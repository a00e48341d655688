// `item1c check` arguments. Read by the shared option reader (options.ts) rather than a dependency:
// the grammar is tiny, and every extra package is one more thing to vet in a tool that reads
// confidential drafts.
import { choice, readOptions, type OptionSpec } from './options';
import { CHECK_SETTINGS, NO_COLOR, checkSettings, type CheckSettings } from './commonOptions';

export type OutputFormat = 'text' | 'json' | 'sarif';
export interface CheckCommand extends CheckSettings {
  kind: 'check';
  format: OutputFormat;
  /** `false` forces plain output; `undefined` lets the formatter decide from the terminal. */
  color: boolean | undefined;
  files: string[];
}

export type Invocation =
  | CheckCommand
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'usage-error'; message: string };

export const USAGE = `Usage: item1c check [options] FILE...
       item1c report [--format html|md] [-o OUT] FILE   (see item1c report --help)
       item1c xbrl [--format json|ixbrl] FILE...       (see item1c xbrl --help)
       item1c import [-o OUT.md] FILE                  (see item1c import --help)
       item1c compare [--format text|json] LAST THIS  (see item1c compare --help)
       item1c export --format docx -o OUT.docx FILE    (see item1c export --help)
       item1c scan [--format csv|jsonl] [--jobs N] DIR... (see item1c scan --help)

Checks the cybersecurity section of an annual report drafted in Markdown
(Form 10-K Item 1C or Form 20-F Item 16K, Regulation S-K Item 106).
A Word draft (.docx) is converted first; its findings name the Word paragraph.

Options:
  --format text|json|sarif   output format (default: text)
  --form auto|10-K|20-F      form whose citations to use (default: auto, from the heading)
  --check auto|always        auto: only check files with an Item 1C / 16K heading;
                             always: treat a file without one as the section itself
  --config FILE              use this configuration file for every draft (default: the
                             nearest .item1c.json or .item1c.jsonc above each draft)
  --no-config                use no configuration file
  --max-file-size-mb N       do not check files larger than N megabytes (default: 10)
  --strictness standard|literal
                             literal: report gaps that only a literal reading of the rule
                             finds as partial elements, not as advice (default: standard)
  --no-color                 plain text output even on a terminal (NO_COLOR is also honoured)
  -h, --help                 show this help
  -v, --version              show the version

Exit status: 0 no errors found, 1 errors found, 2 bad usage or a file could not be read.
`;

const OPTIONS = {
  help: { names: ['-h', '--help'] },
  version: { names: ['-v', '-V', '--version'] },
  noColor: NO_COLOR,
  format: {
    ...choice(['--format'], ['text', 'json', 'sarif']),
    error: (given: string | undefined) => (given === undefined ? '--format needs a value: text, json or sarif' : `unknown format '${given}' (expected text, json or sarif)`),
  },
  ...CHECK_SETTINGS,
} satisfies OptionSpec;

/** Parses `argv` without the node binary and script path. Never throws. */
export function parseArgs(argv: readonly string[]): Invocation {
  const read = readOptions(argv, OPTIONS);
  if (read.kind === 'error') return usageError(read.message);
  const { values: o, args } = read;

  // Help and version win over everything else so that `item1c check --help` is useful.
  if (o.help) return { kind: 'help' };
  if (o.version) return { kind: 'version' };

  const [command, ...files] = args;
  if (command === undefined) return usageError('no command given');
  if (command !== 'check') return usageError(`unknown command '${command}' (expected check, report, xbrl, import, export, compare or scan)`);
  if (files.length === 0) return usageError('no files to check');
  const settings = checkSettings(o);
  if ('error' in settings) return usageError(settings.error);
  return { kind: 'check', format: o.format ?? 'text', color: o.noColor ? false : undefined, files, ...settings };
}

function usageError(message: string): Invocation {
  return { kind: 'usage-error', message };
}
