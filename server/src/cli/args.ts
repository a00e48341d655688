// Command-line parsing. Hand-written rather than a dependency: the grammar is tiny, and every
// extra package is one more thing to vet in a tool that reads confidential drafts.

export type OutputFormat = 'text' | 'json' | 'sarif';
export type FormOption = 'auto' | '10-K' | '20-F';
export type CheckOption = 'auto' | 'always';

export interface CheckCommand {
  kind: 'check';
  format: OutputFormat;
  form: FormOption;
  check: CheckOption;
  /** `false` forces plain output; `undefined` lets the formatter decide from the terminal. */
  color: boolean | undefined;
  files: string[];
  /** `--config FILE`: use this configuration for every file instead of looking for `.item1c.json`. */
  config?: string;
  /** `--no-config`: use no configuration file at all. */
  noConfig?: boolean;
  /** `--max-file-size-mb N`: larger files are not checked (default 10). */
  maxFileSizeMB?: number;
  /** `--strictness literal`: literal gaps are partial elements instead of advice. */
  strictness?: 'standard' | 'literal';
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

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];
const CHECKS: readonly CheckOption[] = ['auto', 'always'];

function parseForm(value: string): FormOption | undefined {
  const v = value.toUpperCase();
  if (v === 'AUTO') return 'auto';
  if (v === '10-K' || v === '20-F') return v;
  return undefined;
}

/** Parses `argv` without the node binary and script path. Never throws. */
export function parseArgs(argv: readonly string[]): Invocation {
  const files: string[] = [];
  const positionals: string[] = [];
  let format: OutputFormat = 'text';
  let form: FormOption = 'auto';
  let check: CheckOption = 'auto';
  let strictness: 'standard' | 'literal' | undefined;
  let color: boolean | undefined;
  let config: string | undefined;
  let noConfig = false;
  let maxFileSizeMB: number | undefined;
  let help = false;
  let version = false;
  let optionsEnded = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    const takeValue = (): string | undefined => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return undefined;
      i++;
      return next;
    };

    switch (name) {
      case '-h':
      case '--help':
        help = true;
        break;
      case '-v':
      case '-V':
      case '--version':
        version = true;
        break;
      case '--no-color':
      case '--no-colour':
        color = false;
        break;
      case '--format': {
        const value = takeValue();
        if (value === undefined) return usageError('--format needs a value: text, json or sarif');
        if (!(FORMATS as readonly string[]).includes(value)) {
          return usageError(`unknown format '${value}' (expected text, json or sarif)`);
        }
        format = value as OutputFormat;
        break;
      }
      case '--form': {
        const value = takeValue();
        const parsed = value === undefined ? undefined : parseForm(value);
        if (parsed === undefined) return usageError(`--form expects auto, 10-K or 20-F${value === undefined ? '' : `, not '${value}'`}`);
        form = parsed;
        break;
      }
      case '--strictness': {
        const value = takeValue();
        if (value !== 'standard' && value !== 'literal') return usageError(`--strictness expects standard or literal${value === undefined ? '' : `, not '${value}'`}`);
        strictness = value;
        break;
      }
      case '--check': {
        const value = takeValue();
        if (value === undefined || !(CHECKS as readonly string[]).includes(value)) {
          return usageError(`--check expects auto or always${value === undefined ? '' : `, not '${value}'`}`);
        }
        check = value as CheckOption;
        break;
      }
      case '--config': {
        const value = takeValue();
        if (value === undefined || value === '') return usageError('--config needs a file name');
        config = value;
        break;
      }
      case '--max-file-size-mb': {
        const value = takeValue();
        const mb = value === undefined ? NaN : Number(value);
        if (!(mb > 0) || !Number.isFinite(mb)) return usageError(`--max-file-size-mb expects a positive number of megabytes${value === undefined ? '' : `, not '${value}'`}`);
        maxFileSizeMB = mb;
        break;
      }
      case '--no-config':
        noConfig = true;
        break;
      default:
        return usageError(`unknown option '${arg}'`);
    }
  }

  // Help and version win over everything else so that `item1c check --help` is useful.
  if (help) return { kind: 'help' };
  if (version) return { kind: 'version' };

  const [command, ...rest] = positionals;
  if (command === undefined) return usageError('no command given');
  if (command !== 'check') return usageError(`unknown command '${command}' (expected check, report, xbrl, import, export, compare or scan)`);
  files.push(...rest);
  if (files.length === 0) return usageError('no files to check');
  if (config !== undefined && noConfig) return usageError('--config and --no-config cannot be used together');
  return { kind: 'check', format, form, check, color, files, ...(config !== undefined ? { config } : {}), ...(noConfig ? { noConfig } : {}), ...(maxFileSizeMB !== undefined ? { maxFileSizeMB } : {}), ...(strictness ? { strictness } : {}) };
}

function usageError(message: string): Invocation {
  return { kind: 'usage-error', message };
}
