// Finds and reads `.item1c.json` / `.item1c.jsonc` for a draft: the nearest one in the draft's
// directory or any directory above it. Files are only read as data; nothing is executed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDecoder } from 'node:util';
import { CONFIG_FILE_NAMES, parseConfig, type ConfigOptions, type ConfigProblem } from './parse';
import { describeIoError } from '../fileErrors';

export interface LoadedConfig {
  /** Absolute path of the file. */
  path: string;
  text: string;
  options: ConfigOptions;
  problems: ConfigProblem[];
  broken: boolean;
  /**
   * Set when the entry exists but is not a configuration item1c can read, e.g. "is a directory",
   * "is a symbolic link loop", "permission denied"; it reads after the path: "PATH: is a directory".
   */
  readError?: string;
}

/** Configuration files larger than this are not read. A real one is a few hundred bytes. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * The nearest configuration file at or above `dir`, or null. Whatever has the name counts, a
 * directory or a FIFO included: `loadConfigFile` then says why it cannot be used, rather than a
 * configuration further up (or none) applying without a word.
 */
export function findConfigFile(dir: string): string | null {
  let current = path.resolve(dir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(current, name);
      if (exists(candidate)) return candidate;
    }
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

/** Whether there is an entry of that name, without following a symbolic link or opening anything. */
function exists(p: string): boolean {
  try {
    fs.lstatSync(p);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // Anything but "not there" is reported when the file is loaded.
    return code !== 'ENOENT' && code !== 'ENOTDIR';
  }
}

export function loadConfigFile(file: string): LoadedConfig {
  const read = readConfigText(file);
  if (!read.ok) return { path: file, text: '', options: {}, problems: [], broken: true, readError: read.error };
  try {
    return { path: file, text: read.text, ...parseConfig(read.text) };
  } catch (err) {
    // parseConfig is written not to throw; should it still, the draft is checked with the defaults.
    return { path: file, text: '', options: {}, problems: [], broken: true, readError: `could not be read as a configuration (${err instanceof Error ? err.message : String(err)})` };
  }
}

type TextOutcome = { ok: true; text: string } | { ok: false; error: string };

// `fatal`: a file in another encoding is reported as such, instead of being read with U+FFFD in place
// of its accented letters (a house phrase that then never matches). The decoder strips a leading BOM.
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a configuration file. Looks before it opens: a symbolic link loop, a directory, a FIFO
 * (opening one for reading would wait for a writer forever), a socket or a device is reported by
 * what it is, and so is a file too large to be a configuration. The file is opened non-blocking and
 * checked again on the open descriptor, so an entry swapped between the look and the open cannot
 * hang the reader either.
 */
function readConfigText(file: string): TextOutcome {
  try {
    const link = fs.lstatSync(file);
    let st: fs.Stats = link;
    if (link.isSymbolicLink()) {
      try {
        st = fs.statSync(file);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ELOOP') return { ok: false, error: 'is a symbolic link loop' };
        if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, error: 'is a symbolic link to a file that does not exist' };
        throw err;
      }
    }
    const kind = notRegular(st);
    if (kind) return { ok: false, error: kind };
    if (st.size > MAX_CONFIG_BYTES) return { ok: false, error: tooLarge(st.size) };
    const bytes = readBounded(file);
    if (!bytes.ok) return bytes;
    const data = bytes.data;
    if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) return { ok: false, error: 'is UTF-16 text, not UTF-8 (save it as UTF-8)' };
    if (data.includes(0)) return { ok: false, error: 'is binary (it contains NUL bytes), not JSON text' };
    try {
      return { ok: true, text: decoder.decode(data) };
    } catch {
      return { ok: false, error: 'is not valid UTF-8 text (save it as UTF-8)' };
    }
  } catch (err) {
    return { ok: false, error: describeIoError(err) };
  }
}

function readBounded(file: string): { ok: true; data: Buffer } | { ok: false; error: string } {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const st = fs.fstatSync(fd);
    const kind = notRegular(st);
    if (kind) return { ok: false, error: kind };
    // At most one byte past the limit, so a file that grew since the look is caught without reading it all.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(64 * 1024, MAX_CONFIG_BYTES + 1 - total));
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > MAX_CONFIG_BYTES) return { ok: false, error: tooLarge(Math.max(st.size, total)) };
    }
    return { ok: true, data: Buffer.concat(chunks, total) };
  } finally {
    fs.closeSync(fd);
  }
}

/** What a non-regular entry is, or null for a regular file. */
function notRegular(st: fs.Stats): string | null {
  if (st.isFile()) return null;
  if (st.isDirectory()) return 'is a directory';
  if (st.isFIFO()) return 'is not a regular file (FIFO)';
  if (st.isSocket()) return 'is not a regular file (socket)';
  if (st.isCharacterDevice()) return 'is not a regular file (character device)';
  if (st.isBlockDevice()) return 'is not a regular file (block device)';
  return 'is not a regular file';
}

function tooLarge(bytes: number): string {
  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  return `is too large for a configuration file (${mb(bytes)}; the limit is ${MAX_CONFIG_BYTES / (1024 * 1024)} MB)`;
}


interface Entry {
  key: string;
  config: LoadedConfig;
}

/**
 * Configuration per directory, re-read only when the file changes. With `trusted` the cache is used
 * without looking at the disk (the editor tells us about changes through file watching); otherwise
 * each look-up costs a few `stat` calls, and a file is only read again when its mtime or size changed.
 */
export class ConfigCache {
  private readonly resolved = new Map<string, string | null>();
  private readonly files = new Map<string, Entry>();

  get(dir: string, trusted = false): LoadedConfig | null {
    const absolute = path.resolve(dir);
    let file = trusted ? this.resolved.get(absolute) : undefined;
    if (file === undefined) {
      file = findConfigFile(absolute);
      this.resolved.set(absolute, file);
    }
    if (file === null) return null;
    const cached = this.files.get(file);
    if (cached && trusted) return cached.config;
    const key = stamp(file);
    if (cached && cached.key === key) return cached.config;
    const config = loadConfigFile(file);
    this.files.set(file, { key, config });
    return config;
  }

  /** Forget everything, e.g. after a watched configuration file changed, appeared or went away. */
  clear(): void {
    this.resolved.clear();
    this.files.clear();
  }
}

/** Changes whenever the entry does: contents (mtime, size), kind and permissions (mode, ctime), or replacement (inode). */
function stamp(file: string): string {
  try {
    const st = fs.statSync(file);
    return `${st.mtimeMs}|${st.ctimeMs}|${st.size}|${st.ino}|${st.mode}`;
  } catch (err) {
    return `missing|${(err as NodeJS.ErrnoException).code ?? ''}`;
  }
}
