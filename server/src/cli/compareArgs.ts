// Arguments of `item1c compare LAST THIS`.
import { choice, expects, readOptions, type OptionSpec } from './options';
import { CONFIG, CONFIG_CONFLICT, FORM, HELP, NO_COLOR, NO_CONFIG } from './commonOptions';

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

const OPTIONS = {
  help: HELP,
  noColor: NO_COLOR,
  format: choice(['--format'], ['text', 'json']),
  form: FORM,
  fiscalYear: {
    names: ['--fiscal-year'],
    parse: (v: string) => {
      const year = /^\d{4}$/.test(v) ? Number(v) : NaN;
      return year >= 1990 && year <= 2100 ? year : undefined;
    },
    error: expects('a four-digit year such as 2025'),
  },
  config: CONFIG,
  noConfig: NO_CONFIG,
} satisfies OptionSpec;

export function parseCompareArgs(argv: readonly string[]): CompareInvocation {
  const read = readOptions(argv, OPTIONS);
  if (read.kind === 'error') return read;
  const { values: o, args: files } = read;
  if (o.help) return { kind: 'help' };
  if (o.config !== undefined && o.noConfig) return { kind: 'error', message: CONFIG_CONFLICT };
  if (files.length !== 2) return { kind: 'error', message: files.length < 2 ? 'compare needs two files: last year\'s filing and this year\'s draft' : `compare takes two files, got ${files.length}` };
  const command: CompareCommand = {
    format: o.format ?? 'text',
    form: o.form ?? 'auto',
    color: o.noColor ? false : undefined,
    ...(o.fiscalYear !== undefined ? { fiscalYear: o.fiscalYear } : {}),
    ...(o.config !== undefined ? { config: o.config } : {}),
    ...(o.noConfig ? { noConfig: true } : {}),
    last: files[0],
    current: files[1],
  };
  return { kind: 'run', command };
}
