// Inputs the core refuses to check, with a finding that says why instead of a slow or meaningless
// report: files above a size limit, and binary files opened as Markdown.
import type { AnalyzeOptions, Finding } from './types';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export const REFUSAL_RULES = { tooLarge: 'file-too-large', binary: 'file-binary' } as const;

/** Only so many characters are sampled for control characters; NUL is looked for everywhere. */
const SAMPLE = 8192;

const MB = 1024 * 1024;

function megabytes(bytes: number): string {
  const mb = bytes / MB;
  return mb >= 10 ? mb.toFixed(0) : mb.toFixed(1).replace(/\.0$/, '');
}

interface ByteCounter {
  byteLength(text: string, encoding: 'utf8'): number;
}

/**
 * UTF-8 length of `text` when it may exceed `limit`; when it cannot (or is certain to), a bound that
 * says so without counting. Stops counting once past `limit` when it has to count by itself.
 */
export function utf8Length(text: string, limit = Infinity): number {
  // Each UTF-16 unit takes one to three bytes (a surrogate pair, two units, takes four): most texts
  // are decided without counting, which matters on every keystroke in a large document.
  if (text.length > limit) return text.length;
  if (text.length * 3 <= limit) return text.length;
  // Node's Buffer counts natively, in about a millisecond for 5 MB; elsewhere, count here.
  const buffer = (globalThis as { Buffer?: ByteCounter }).Buffer;
  if (buffer) return buffer.byteLength(text, 'utf8');
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (bytes > limit) return bytes;
  }
  return bytes;
}

/** Share of control characters (other than tab, line breaks and form feed) and U+FFFD in the sample. */
function controlRatio(text: string): number {
  const n = Math.min(text.length, SAMPLE);
  return n === 0 ? 0 : controlCount(text, n) / n;
}

// The loop alone in its function, and nothing after it but the return: V8 optimises a long loop while it
// runs (on-stack replacement), and arithmetic after the loop that had not yet run when it did made that
// code bail out at the end of every call, file after file, through a whole scan.
function controlCount(text: string, n: number): number {
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 127 || c === 0xfffd) control++;
  }
  return control;
}

/** A finding explaining why the text is not checked, or null when it can be checked. */
export function inputRefusal(text: string, options: AnalyzeOptions): Finding | null {
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (Number.isFinite(limit) && limit > 0) {
    const bytes = utf8Length(text, limit);
    if (bytes > limit) {
      return refusal(
        REFUSAL_RULES.tooLarge,
        `Not checked: this file is larger than ${megabytes(limit)} MB (about ${megabytes(bytes)} MB or more). ` +
          'Checking a file this large on every keystroke would slow the editor down. Raise the limit with the setting ' +
          '"item1c.maxFileSizeMB" (or the CLI option --max-file-size-mb), or check the Item 1C section in a file of its own.',
      );
    }
  }
  const nul = text.indexOf('\u0000');
  const ratio = controlRatio(text);
  if (nul >= 0 || (ratio > 0.1 && text.length >= 16)) {
    const why = nul >= 0 ? 'it contains NUL bytes' : `${Math.round(ratio * 100)}% of its first characters are control characters`;
    return refusal(REFUSAL_RULES.binary, `Not checked: this file looks binary, not like Markdown text (${why}). Open the draft itself, saved as UTF-8 Markdown.`);
  }
  return null;
}

function refusal(rule: string, message: string): Finding {
  return { rule, element: null, severity: 'information', message, span: { start: 0, end: 0 }, fixes: [] };
}
