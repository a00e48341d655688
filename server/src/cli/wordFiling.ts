// Word files for `item1c compare`: converted before the comparison runs (the conversion is asynchronous,
// the comparison is not), through the same conversion as `item1c import`. The comparison then reads
// them as the Markdown the conversion gives, comment and tracked-change notes included.
import type { FilingRead } from '../filing/readFiling';
import { loadWord, isWordFile } from './wordModule';
import { readWordFile } from './wordImport';

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
  const read = readWordFile(file);
  if (!read.ok) return read;
  const word = loadWord();
  try {
    const conversion = await word.docxToMarkdown(read.bytes);
    return { ok: true, text: conversion.markdown, kind: 'word', warnings: conversion.notes };
  } catch (error) {
    if (error instanceof word.WordInputError) return { ok: false, error: error.message };
    return { ok: false, error: `internal error while converting: ${error instanceof Error ? error.message : String(error)}` };
  }
}
