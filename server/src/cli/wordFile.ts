// A Word file on disk as Markdown: how check, scan, compare and import all read one, so that each
// refuses an unreadable or malformed file in the same words.
import * as fs from 'node:fs';
import { describeIoError } from '../fileErrors';
import type { DocxConversion } from '../word';
import { loadWord } from './wordModule';

export type WordFileConversion = { ok: true; conversion: DocxConversion } | { ok: false; error: string };

/** The file converted, or the reason it cannot be, in words (`maxBytes`: larger files are refused unread). */
export async function convertWordFile(file: string, maxBytes = Infinity): Promise<WordFileConversion> {
  const read = readWordFile(file, maxBytes);
  if (!read.ok) return read;
  const word = loadWord();
  try {
    return { ok: true, conversion: await word.docxToMarkdown(read.bytes) };
  } catch (error) {
    // A file that is not a Word document is the user's to fix; anything else is ours, and says so.
    if (error instanceof word.WordInputError) return { ok: false, error: error.message };
    return { ok: false, error: `internal error while converting: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function readWordFile(file: string, maxBytes: number): { ok: true; bytes: Uint8Array } | { ok: false; error: string } {
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { ok: false, error: 'is a directory, not a Word file' };
    if (stat.size > maxBytes) return { ok: false, error: `is larger than ${Math.round(maxBytes / (1024 * 1024))} MB; not checked` };
    return { ok: true, bytes: fs.readFileSync(file) };
  } catch (error) {
    return { ok: false, error: describeIoError(error, 'is a directory, not a Word file') };
  }
}
