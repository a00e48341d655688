// `item1c export draft.md --format docx -o draft.docx`: the draft as a Word document for the
// disclosure committee (headings in Word's heading styles, blanks and drafting notes highlighted),
// with the checklist as an appendix on request. Nothing is written when it fails.
import * as nodePath from 'node:path';
import type { Form } from '../core';
import { timestamp } from '../report';
import { readDraft } from './readDraft';
import { CliConfig } from './config';
import { withConfig } from '../config/parse';
import { loadWord, writeFileAtomically } from './wordModule';
import { choice, readOptions, type OptionSpec } from './options';
import { FORM, HELP, OUTPUT } from './commonOptions';

export const EXPORT_USAGE = `Usage: item1c export --format docx -o OUT.docx [options] FILE

Writes a Markdown draft as a Word document for circulation: headings in Word's heading
styles (the navigation pane works), blanks, drafting notes and unmade choices highlighted,
waiver and review comments left out.

Options:
  --format docx           output format (docx is the only one)
  -o, --output OUT.docx   the Word file to write (required)
  --checklist             add the checklist as an appendix: status, citation and reason per
                          element, the evidence quoted, then the blockers and waivers
  --form auto|10-K|20-F   form whose citations the checklist uses (default: auto)
  -h, --help              show this help

Exit status: 0 written, 2 bad usage, or the draft could not be read or the file written
(nothing is written then).
`;

interface ExportCommand {
  file: string;
  output: string;
  checklist: boolean;
  form: 'auto' | Form;
}

type Parsed = { kind: 'run'; command: ExportCommand } | { kind: 'help' } | { kind: 'error'; message: string };

const OPTIONS = { help: HELP, output: OUTPUT, format: choice(['--format'], ['docx']), checklist: { names: ['--checklist'] }, form: FORM } satisfies OptionSpec;

export function parseExportArgs(argv: readonly string[]): Parsed {
  const read = readOptions(argv, OPTIONS);
  if (read.kind === 'error') return read;
  const { values: o, args: files } = read;
  if (o.help) return { kind: 'help' };
  if (files.length !== 1) return { kind: 'error', message: files.length === 0 ? 'no file to export' : `export takes one file, got ${files.length}` };
  if (o.format === undefined) return { kind: 'error', message: '--format docx is required' };
  if (o.output === undefined) return { kind: 'error', message: '-o OUT.docx is required: a Word file is not written to a terminal' };
  return { kind: 'run', command: { file: files[0], output: o.output, checklist: o.checklist ?? false, form: o.form ?? 'auto' } };
}

export async function runExport(argv: readonly string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const parsed = parseExportArgs(argv);
  if (parsed.kind === 'help') {
    out.write(EXPORT_USAGE);
    return 0;
  }
  if (parsed.kind === 'error') {
    err.write(`item1c: ${parsed.message}\n\n${EXPORT_USAGE}`);
    return 2;
  }
  const { file, output, checklist, form } = parsed.command;
  if (nodePath.resolve(output) === nodePath.resolve(file)) {
    err.write(`item1c: ${file}: the output file is the input file; choose another -o\n`);
    return 2;
  }
  const read = readDraft(file);
  if (!read.ok) {
    err.write(`item1c: ${file}: ${read.error}\n`);
    return 2;
  }
  const config = new CliConfig({}, (line) => void err.write(line)).forFile(file);
  let bytes: Uint8Array;
  try {
    bytes = await loadWord().markdownToDocx(read.text, {
      checklist,
      analyze: withConfig({ form, check: 'always' }, config?.options),
      source: nodePath.basename(file),
      generated: timestamp(new Date(), process.env.SOURCE_DATE_EPOCH),
    });
  } catch (error) {
    err.write(`item1c: ${file}: internal error while exporting: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  try {
    writeFileAtomically(output, bytes);
  } catch (error) {
    err.write(`item1c: ${output}: could not write the Word file: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  err.write(`item1c: wrote ${output}${checklist ? ' (with the checklist appendix)' : ''}\n`);
  return 0;
}
