// Which files a scan reads, and how: one reader per file name extension. A format gets scanned by
// adding its reader here; the walk and the checks need no change.
import * as path from 'node:path';
import { readDraft, type ReadOutcome } from '../readDraft';
import { readWordDraft } from '../wordCheck';

type Reader = (file: string) => ReadOutcome | Promise<ReadOutcome>;

const READERS: Readonly<Record<string, Reader>> = {
  '.md': readDraft,
  '.markdown': readDraft,
  // Converted as `item1c import` converts them: comments and pending tracked changes become drafting
  // notes, which the checks report as blockers.
  '.docx': readWordDraft,
};

/** Extensions compared in lower case: `DRAFT.MD` is Markdown too. */
function extensionOf(file: string): string {
  return path.extname(file).toLowerCase();
}

/** Whether a scan picks up this file when it walks a folder. */
export function isScannable(file: string): boolean {
  return Object.hasOwn(READERS, extensionOf(file));
}

/** The text of `file`, read by the reader for its extension (Markdown for a file named outright). */
export function readForScan(file: string): ReadOutcome | Promise<ReadOutcome> {
  const reader = Object.hasOwn(READERS, extensionOf(file)) ? READERS[extensionOf(file)] : readDraft;
  return reader(file);
}
