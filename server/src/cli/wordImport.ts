// `item1c import draft.docx`: a Word draft into a Markdown draft. Comments become drafting notes and
// pending tracked changes one note under the heading (see server/src/word); stderr says what happened.
// Nothing is written when the file cannot be converted.
import * as nodePath from 'node:path';
import { writeFileAtomically } from './wordModule';
import { convertWordFile } from './wordFile';

export async function runWordImport(file: string, output: string | null, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const fail = (message: string): number => {
    err.write(`item1c: ${file}: ${message}\n`);
    return 2;
  };
  if (output !== null && nodePath.resolve(output) === nodePath.resolve(file)) return fail('the output file is the input file; choose another -o');
  const read = await convertWordFile(file);
  if (!read.ok) return fail(read.error);
  const { conversion } = read;
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
