// `item1c import`: last year's filed cybersecurity disclosure, from its EDGAR XBRL viewer page (saved as
// text or HTML), into a Markdown draft. The conversion is the pure converter in server/src/import; this
// file reads the page, writes the draft and sets the exit status. Nothing is written when it fails.
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { TextDecoder } from 'node:util';
import type { Form } from '../core';
import { importEdgarRendering } from '../import';
import { readOptions, type OptionSpec } from './options';
import { FORM, HELP, OUTPUT } from './commonOptions';

export const IMPORT_USAGE = `Usage: item1c import [options] FILE

Converts the EDGAR XBRL viewer page of a filed cybersecurity disclosure (the R page of a
Form 10-K Item 1C or Form 20-F Item 16K, saved as text or as HTML) into a Markdown draft:
the Item heading, Risk Management and Strategy and Governance sub-headings, each paragraph
once, and the filed flag values in an <!-- item1c-imported-flags --> comment.

A Word draft (.docx) is converted too: headings, lists, tables and footnotes kept, each
comment as a "[Comment – author: text]" drafting note where it is anchored, and pending
tracked changes accepted, with a note under the heading saying how many there were.

Options:
  -o, --output OUT.md     write the draft to OUT.md (default: standard output)
  --form auto|10-K|20-F   form of the draft (default: auto: from the text, else 10-K)
  -h, --help              show this help

Exit status: 0 converted, 2 bad usage, or the file could not be read or was not recognized
(nothing is written then).
`;

interface ImportCommand {
  file: string;
  output: string | null;
  form: 'auto' | Form;
}

type Parsed = { kind: 'run'; command: ImportCommand } | { kind: 'help' } | { kind: 'error'; message: string };

const OPTIONS = { help: HELP, output: OUTPUT, form: FORM } satisfies OptionSpec;

export function parseImportArgs(argv: readonly string[]): Parsed {
  const read = readOptions(argv, OPTIONS);
  if (read.kind === 'error') return read;
  const { values: o, args: files } = read;
  if (o.help) return { kind: 'help' };
  if (files.length === 0) return { kind: 'error', message: 'no file to import' };
  if (files.length > 1) return { kind: 'error', message: `import takes one file, got ${files.length}` };
  return { kind: 'run', command: { file: files[0], output: o.output ?? null, form: o.form ?? 'auto' } };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/** Runs `item1c import` with the arguments after the command name; returns the exit status. */
export function runImport(argv: readonly string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): number {
  const parsed = parseImportArgs(argv);
  if (parsed.kind === 'help') {
    out.write(IMPORT_USAGE);
    return 0;
  }
  if (parsed.kind === 'error') {
    err.write(`item1c: ${parsed.message}\n\n${IMPORT_USAGE}`);
    return 2;
  }
  const { file, output, form } = parsed.command;
  const fail = (message: string): number => {
    err.write(`item1c: ${file}: ${message}\n`);
    return 2;
  };

  let input: string;
  try {
    if (fs.statSync(file).isDirectory()) return fail('is a directory, not a saved EDGAR page');
    const bytes = fs.readFileSync(file);
    try {
      input = utf8.decode(bytes);
    } catch {
      // Pages saved by a browser from EDGAR are sometimes in the Windows code page.
      input = windows1252.decode(bytes);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : error instanceof Error ? error.message : String(error));
  }

  const result = importEdgarRendering(input, { form });
  if (!result.ok) return fail(result.error);
  for (const warning of result.warnings) err.write(`item1c: ${file}: warning: ${warning}\n`);

  if (output === null) {
    out.write(result.markdown);
    return 0;
  }
  if (nodePath.resolve(output) === nodePath.resolve(file)) return fail('the output file is the input file; choose another -o');
  // Write beside the target and rename, so a failure never leaves half a draft behind.
  const temp = nodePath.join(nodePath.dirname(nodePath.resolve(output)), `.${nodePath.basename(output)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, result.markdown, { encoding: 'utf8', flag: 'wx' });
    fs.renameSync(temp, output);
  } catch (error) {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // nothing more to clean up
    }
    err.write(`item1c: ${output}: could not write the draft: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  err.write(`item1c: wrote ${output} (Form ${result.form}${result.formFrom === 'default' ? ', by default: use --form 20-F for a 20-F' : ''})\n`);
  return 0;
}
