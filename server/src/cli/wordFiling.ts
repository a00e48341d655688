// Word files for `item1c compare`: converted before the comparison runs (the conversion is asynchronous,
// the comparison is not), through the same conversion as `item1c import`. The comparison then reads
// them as the Markdown the conversion gives, comment and tracked-change notes included.
import type { FilingRead } from '../filing/readFiling';
import { isWordFile } from './wordModule';
import { convertWordFile } from './wordFile';

/** Each Word file among the arguments, converted (or the reason it cannot be), by its argument. */
export async function readWordFilings(argv: readonly string[]): Promise<Map<string, FilingRead>> {
  const out = new Map<string, FilingRead>();
  for (const arg of argv) {
    if (arg.startsWith('-') || out.has(arg) || !isWordFile(arg)) continue;
    out.set(arg, await readWordFiling(arg));
  }
  return out;
}

async function readWordFiling(file: string): Promise<FilingRead> {
  const read = await convertWordFile(file);
  return read.ok ? { ok: true, text: read.conversion.markdown, kind: 'word', warnings: read.conversion.notes } : read;
}
