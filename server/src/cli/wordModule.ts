// The Word bundle (dist/word.js: mammoth, docx), loaded only when a Word file is involved so that
// every other CLI run starts as fast as before, and how the CLI tells and writes Word files.
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { lazyBundle } from '../lazyBundle';
import type * as WordModule from '../word';

export type Word = typeof WordModule;

const WORD_EXTENSIONS = /\.(docx|docm|dotx|dotm|doc)$/i;

/** The Word bundle; run from the sources, the module itself. */
export const loadWord = lazyBundle<Word>('word', { source: nodePath.join(__dirname, '..', 'word', 'index') });

/** A Word file by its name, or by its first bytes (a zip package or an OLE compound file). */
export function isWordFile(path: string): boolean {
  if (WORD_EXTENSIONS.test(path)) return true;
  if (/\.(md|markdown|txt|html?|htm)$/i.test(path)) return false;
  try {
    const fd = fs.openSync(path, 'r');
    try {
      const head = Buffer.alloc(4);
      fs.readSync(fd, head, 0, 4, 0);
      return head.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) || head.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** Writes beside the target and renames, so a failure never leaves half a file behind. */
export function writeFileAtomically(output: string, data: string | Uint8Array): void {
  const temp = nodePath.join(nodePath.dirname(nodePath.resolve(output)), `.${nodePath.basename(output)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, data, { flag: 'wx' });
    fs.renameSync(temp, output);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
