// Arguments of `item1c compare LAST THIS`.
export interface CompareCommand {
  last: string;
  current: string;
  format: 'text' | 'json';
  form: 'auto' | '10-K' | '20-F';
  /** `false` forces plain output; `undefined` lets the terminal decide. */
  color: boolean | undefined;
  config?: string;
  noConfig?: boolean;
  /** Fiscal year of this year's draft; else the configuration's, else inferred (see docs/compare.md). */
  fiscalYear?: number;
}

export type CompareInvocation = { kind: 'run'; command: CompareCommand } | { kind: 'help' } | { kind: 'error'; message: string };

export const COMPARE_USAGE = `Usage: item1c compare [options] LAST THIS

Compares this year's draft of the cybersecurity section (THIS) with last year's filed text (LAST):
for each of the twelve Item 106 elements whether its text is unchanged, edited (with a word diff),
new or dropped; the share of the section kept verbatim; and statements carried forward from last
year that this year's draft now contradicts.

LAST and THIS are Markdown files, or EDGAR XBRL viewer pages (R pages) saved as .htm / .html
(or as text, .txt). Word (.docx) files cannot be read yet.

Options:
  --format text|json       output format (default: text)
  --form auto|10-K|20-F    form whose citations to use (default: auto, from the heading)
  --fiscal-year YEAR       fiscal year of THIS (default: the configuration's fiscalYear, else
                           inferred from both texts)
  --config FILE            use this configuration file (default: the nearest .item1c.json or
                           .item1c.jsonc above THIS)
  --no-config              use no configuration file
  --no-color               plain text output even on a terminal (NO_COLOR is also honored)
  -h, --help               show this help

Exit status: 0 nothing at error severity, 1 an error-severity finding (a carried-forward
statement the draft contradicts), 2 bad usage or a file could not be read.
`;

export function parseCompareArgs(argv: readonly string[]): CompareInvocation {
  const files: string[] = [];
  const command: Omit<CompareCommand, 'last' | 'current'> = { format: 'text', form: 'auto', color: undefined };
  let ended = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (ended || arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    if (arg === '--') {
      ended = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const value = (): string | undefined => {
      if (eq >= 0) return arg.slice(eq + 1);
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return undefined;
      i++;
      return next;
    };
    switch (name) {
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '--no-color':
      case '--no-colour':
        command.color = false;
        break;
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json') return { kind: 'error', message: `--format expects text or json${v === undefined ? '' : `, not '${v}'`}` };
        command.format = v;
        break;
      }
      case '--form': {
        const v = value();
        const up = v?.toUpperCase();
        if (up === 'AUTO') command.form = 'auto';
        else if (up === '10-K' || up === '20-F') command.form = up;
        else return { kind: 'error', message: `--form expects auto, 10-K or 20-F${v === undefined ? '' : `, not '${v}'`}` };
        break;
      }
      case '--fiscal-year': {
        const v = value();
        const year = v !== undefined && /^\d{4}$/.test(v) ? Number(v) : NaN;
        if (!(year >= 1990 && year <= 2100)) return { kind: 'error', message: `--fiscal-year expects a four-digit year such as 2025${v === undefined ? '' : `, not '${v}'`}` };
        command.fiscalYear = year;
        break;
      }
      case '--config': {
        const v = value();
        if (!v) return { kind: 'error', message: '--config needs a file name' };
        command.config = v;
        break;
      }
      case '--no-config':
        command.noConfig = true;
        break;
      default:
        return { kind: 'error', message: `unknown option '${arg}'` };
    }
  }
  if (command.config !== undefined && command.noConfig) return { kind: 'error', message: '--config and --no-config cannot be used together' };
  if (files.length !== 2) return { kind: 'error', message: files.length < 2 ? 'compare needs two files: last year\'s filing and this year\'s draft' : `compare takes two files, got ${files.length}` };
  return { kind: 'run', command: { ...command, last: files[0], current: files[1] } };
}
