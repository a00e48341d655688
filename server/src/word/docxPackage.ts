// Opens a .docx package safely before mammoth reads it: says plainly what a file is when it is not a
// .docx (a password-protected file, a Word 97-2003 .doc, a damaged zip), bounds how much the package
// may inflate to, and counts the tracked changes mammoth silently resolves.
import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';

/** A .docx that inflates past this is refused: no draft section comes near it, a zip bomb does. */
export const MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;

/** Bad input: the message says what the file is and what to do, without the path. */
export class WordInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WordInputError';
  }
}

export interface TrackedChanges {
  insertions: number;
  deletions: number;
  /** Moved text counts once for where it left and once for where it arrived, as Word lists it. */
  moves: number;
  total: number;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Whether the UTF-16LE form of `name` occurs in `bytes`: the stream names of an OLE directory. */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, 'utf16le'));
}

/** The reason a file that is not a zip package cannot be read as a .docx. */
function notAZip(bytes: Uint8Array): string {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    // Word encrypts a password-protected .docx into an OLE compound file with these two streams.
    if (hasUtf16Name(bytes, 'EncryptionInfo') || hasUtf16Name(bytes, 'EncryptedPackage')) {
      return 'is password-protected; remove the password in Word (File > Info > Protect Document > Encrypt with Password), save, and try again';
    }
    if (hasUtf16Name(bytes, 'WordDocument')) return 'is a Word 97-2003 document (.doc); open it in Word and save it as a Word Document (.docx)';
    return 'is an OLE compound file, not a Word .docx document';
  }
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  if (head.startsWith('{\\rtf')) return 'is a Rich Text (.rtf) file; open it in Word and save it as a Word Document (.docx)';
  return 'is not a Word .docx document (it is not a zip package)';
}

/** Declared sizes first (nothing inflated yet), then a counted inflation, since a header can lie. */
async function boundInflatedSize(zip: JSZip, limit: number): Promise<void> {
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  let declared = 0;
  for (const entry of entries) {
    // JSZip keeps the central directory's sizes on a private field; read it defensively.
    const size = (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
    if (typeof size === 'number' && size > 0) declared += size;
  }
  const tooLarge = `expands to more than ${Math.round(limit / (1024 * 1024))} MB when unpacked; it is not a draft section (or it is a zip bomb)`;
  if (declared > limit) throw new WordInputError(tooLarge);
  let inflated = 0;
  for (const entry of entries) {
    await new Promise<void>((resolve, reject) => {
      const stream = entry.nodeStream('nodebuffer');
      stream.on('data', (chunk: Buffer) => {
        inflated += chunk.length;
        if (inflated > limit) {
          // Stop inflating at once: the rest of the bomb is never produced.
          stream.pause();
          stream.removeAllListeners('data');
          reject(new WordInputError(tooLarge));
        }
      });
      stream.on('error', (error: Error) => reject(new WordInputError(`is damaged: ${entry.name} cannot be unpacked (${error.message})`)));
      stream.on('end', () => resolve());
    });
  }
}

const REVISION_PARTS = ['word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml'];

async function countTrackedChanges(zip: JSZip): Promise<TrackedChanges> {
  const counts = { insertions: 0, deletions: 0, moves: 0, total: 0 };
  for (const name of REVISION_PARTS) {
    const part = zip.file(name);
    if (!part) continue;
    const xml = await part.async('string');
    const errors: string[] = [];
    const record = (message: string): void => void errors.push(message);
    let doc: Document;
    try {
      doc = new DOMParser({ errorHandler: { warning: () => undefined, error: record, fatalError: record } }).parseFromString(xml, 'text/xml');
    } catch (error) {
      record(error instanceof Error ? error.message : String(error));
      doc = undefined as unknown as Document;
    }
    if (errors.length > 0 || !doc) throw new WordInputError(`is damaged: ${name} is not well-formed XML`);
    counts.insertions += doc.getElementsByTagName('w:ins').length;
    counts.deletions += doc.getElementsByTagName('w:del').length;
    counts.moves += doc.getElementsByTagName('w:moveFrom').length + doc.getElementsByTagName('w:moveTo').length;
  }
  counts.total = counts.insertions + counts.deletions + counts.moves;
  return counts;
}

export interface OpenedDocx {
  trackedChanges: TrackedChanges;
}

/**
 * Checks that `bytes` are a .docx that is safe to hand to mammoth; throws a WordInputError saying
 * what is wrong otherwise. Returns what mammoth does not report: the tracked changes.
 */
export async function openDocx(bytes: Uint8Array, limit = MAX_UNCOMPRESSED_BYTES): Promise<OpenedDocx> {
  if (bytes.length === 0) throw new WordInputError('is empty');
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw new WordInputError(notAZip(bytes));
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (error) {
    throw new WordInputError(`is damaged: not a readable zip package (${error instanceof Error ? error.message : String(error)})`);
  }
  await boundInflatedSize(zip, limit);
  if (!zip.file('word/document.xml') && !zip.file('[Content_Types].xml')) throw new WordInputError('is a zip file but not a Word .docx document');
  return { trackedChanges: await countTrackedChanges(zip) };
}
