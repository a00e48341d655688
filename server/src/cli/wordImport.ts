// `item1c import draft.docx`: a Word draft into a Markdown draft. Comments become drafting notes and
// pending tracked changes one note under the heading (see server/src/word); stderr says what happened.
// Nothing is written when the file cannot be converted.
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { describeIoError } from '../fileErrors';
import { loadWord, writeFileAtomically } from './wordModule';

/** Bytes of a Word file, or the reason they cannot be read, in words. */
export function readWordFile(file: string, maxBytes = Infinity): { ok: true; bytes: Uint8Array } | { ok: false; error: string } {
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { ok: false, error: 'is a directory, not a Word file' };
    if (stat.size > maxBytes) return { ok: false, error: `is larger than ${Math.round(maxBytes / (1024 * 1024))} MB; not checked` };
    return { ok: true, bytes: fs.readFileSync(file) };
  } catch (error) {
    return { ok: false, error: describeIoError(error, 'is a directory, not a Word file') };
  }
}

export async function runWordImport(file: string, output: string | null, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const fail = (message: string): number => {
    err.write(`item1c: ${file}: ${message}\n`);
    return 2;
  };
  const read = readWordFile(file);
  if (!read.ok) return fail(read.error);
  if (output !== null && nodePath.resolve(output) === nodePath.resolve(file)) return fail('the output file is the input file; choose another -o');
  const word = loadWord();
  let conversion;
  try {
    conversion = await word.docxToMarkdown(read.bytes);
  } catch (error) {
    if (error instanceof word.WordInputError) return fail(error.message);
    return fail(`internal error while converting: ${error instanceof Error ? error.message : String(error)}`);
  }
  for (const note of conversion.notes) err.write(`item1c: ${file}: ${note}\n`);
  if (output === null) {
    out.write(conversion.markdown);
    return 0;
  }
  try {
    writeFileAtomically(output, conversion.markdown);
  } catch (error) {
    err.write(`item1c: ${output}: could not write the draft: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  err.write(`item1c: wrote ${output}\n`);
  return 0;
}
