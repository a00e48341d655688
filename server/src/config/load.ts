// Finds and reads `.item1c.json` / `.item1c.jsonc` for a draft: the nearest one in the draft's
// directory or any directory above it. Files are only read as data; nothing is executed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAMES, parseConfig, type ConfigOptions, type ConfigProblem } from './parse';

export interface LoadedConfig {
  /** Absolute path of the file. */
  path: string;
  text: string;
  options: ConfigOptions;
  problems: ConfigProblem[];
  broken: boolean;
  /** Set when the file exists but could not be read. */
  readError?: string;
}

/** The nearest configuration file at or above `dir`, or null. */
export function findConfigFile(dir: string): string | null {
  let current = path.resolve(dir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(current, name);
      if (isFile(candidate)) return candidate;
    }
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

export function loadConfigFile(file: string): LoadedConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const readError = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : err instanceof Error ? err.message : String(err);
    return { path: file, text: '', options: {}, problems: [], broken: true, readError };
  }
  const parsed = parseConfig(text);
  return { path: file, text, ...parsed };
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

function stamp(file: string): string {
  try {
    const st = fs.statSync(file);
    return `${st.mtimeMs}|${st.size}`;
  } catch {
    return 'missing';
  }
}
