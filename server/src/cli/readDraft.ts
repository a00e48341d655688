// Reads one draft from disk. Files are only ever read as text: nothing is executed, expanded
// or fetched, because drafts are confidential and workspaces are untrusted.
import * as fs from 'node:fs';
import { TextDecoder } from 'node:util';
import { describeIoError } from '../fileErrors';

export type ReadOutcome = { ok: true; text: string } | { ok: false; error: string };

// `fatal` makes a binary or legacy-encoded file an explicit error instead of a report full of
// U+FFFD that would quietly say the section is missing. The decoder strips a leading BOM.
const decoder = new TextDecoder('utf-8', { fatal: true });

export function readDraft(path: string): ReadOutcome {
  try {
    // stat first: reading a directory fails differently per platform, and the message should
    // say what the user did rather than echo an errno.
    if (fs.statSync(path).isDirectory()) return { ok: false, error: 'is a directory, not a Markdown file' };
    const bytes = fs.readFileSync(path);
    try {
      return { ok: true, text: decoder.decode(bytes) };
    } catch {
      return { ok: false, error: 'is not valid UTF-8 text (save it as UTF-8 Markdown)' };
    }
  } catch (err) {
    return { ok: false, error: describeIoError(err, 'is a directory, not a Markdown file') };
  }
}

