// Reads a filed or drafted Item 1C / 16K section from disk as Markdown, for the year-over-year comparison.
// How a file is read depends on its extension, and only here: READERS maps each extension to its reader,
// so a reader for another format (Word) is one more entry. The file is only ever read as data: nothing
// in it is executed, expanded or fetched.
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { TextDecoder } from 'node:util';
import { describeIoError } from '../fileErrors';
import { importEdgarRendering, looksLikeHtml } from '../import';

export type FilingKind = 'markdown' | 'edgar-html' | 'edgar-text' | 'word';

export type FilingRead =
  | { ok: true; text: string; kind: FilingKind; warnings: string[] }
  | { ok: false; error: string };

type Reader = (bytes: Buffer) => FilingRead;

/** Larger files are not read: a whole annual report is a few megabytes at most. */
export const MAX_FILING_BYTES = 32 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

function readMarkdown(bytes: Buffer): FilingRead {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, error: 'is not valid UTF-8 text (save it as UTF-8 Markdown)' };
  }
  // A saved EDGAR page with another extension is still an EDGAR page.
  if (looksLikeHtml(text)) return fromEdgar(text);
  return { ok: true, text, kind: 'markdown', warnings: [] };
}

/** A `.txt` file: the EDGAR viewer page saved as text when the importer recognizes it as one, else Markdown. */
function readTextOrRendering(bytes: Buffer): FilingRead {
  const markdown = readMarkdown(bytes);
  if (!markdown.ok || markdown.kind !== 'markdown') return markdown;
  const rendering = importEdgarRendering(markdown.text);
  return rendering.ok ? { ok: true, text: rendering.markdown, kind: 'edgar-text', warnings: rendering.warnings } : markdown;
}

function readEdgarHtml(bytes: Buffer): FilingRead {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    // Pages saved by a browser from EDGAR are sometimes in the Windows code page.
    text = windows1252.decode(bytes);
  }
  return fromEdgar(text);
}

function fromEdgar(html: string): FilingRead {
  const result = importEdgarRendering(html);
  if (!result.ok) return { ok: false, error: result.error };
  return { ok: true, text: result.markdown, kind: 'edgar-html', warnings: result.warnings };
}

/** Word files are converted by the command line before a comparison (cli/wordFiling.ts); here, they are not read. */
function convertFirst(): FilingRead {
  return { ok: false, error: 'is a Word file: convert it first with `item1c import FILE.docx -o FILE.md`, or compare it with `item1c compare` on the command line' };
}

/** By lower-case extension; any other extension is read as Markdown. */
const READERS: Readonly<Record<string, Reader>> = {
  '.md': readMarkdown,
  '.markdown': readMarkdown,
  '.txt': readTextOrRendering,
  '.htm': readEdgarHtml,
  '.html': readEdgarHtml,
  '.docx': convertFirst,
};

export function readFiling(path: string): FilingRead {
  const reader = READERS[nodePath.extname(path).toLowerCase()] ?? readMarkdown;
  let bytes: Buffer;
  try {
    const stat = fs.statSync(path);
    if (stat.isDirectory()) return { ok: false, error: 'is a directory, not a filing' };
    if (!stat.isFile()) return { ok: false, error: 'is not a regular file' };
    if (stat.size > MAX_FILING_BYTES) return { ok: false, error: `is larger than ${MAX_FILING_BYTES / 1024 / 1024} MB` };
    bytes = fs.readFileSync(path);
  } catch (err) {
    return { ok: false, error: describeIoError(err, 'is a directory, not a filing') };
  }
  if (bytes.includes(0)) return { ok: false, error: 'is a binary file, not Markdown or an EDGAR page' };
  return reader(bytes);
}
