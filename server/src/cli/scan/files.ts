// The files a scan checks: every file with a reader (see readers.ts) under the folders named,
// recursively. Hidden entries (`.git`, editor lock files) and `node_modules` are skipped, and
// symbolic links to folders are not followed, so a link loop cannot make the walk endless.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeIoError } from '../../fileErrors';
import { isScannable } from './readers';

export interface ScanEntry {
  path: string;
  /** Set when the path cannot be scanned at all (a missing argument, a folder that cannot be listed). */
  error?: string;
}

const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules']);

function skipped(name: string): boolean {
  return name.startsWith('.') || SKIPPED_FOLDERS.has(name);
}

/**
 * Every file to check under `roots`, each once, sorted by path (code unit order, the same on every
 * machine and locale), so the output does not depend on the file system's listing order. A root that
 * is a file is checked whatever its extension: it was named on purpose.
 */
export function listScanFiles(roots: readonly string[]): ScanEntry[] {
  const found = new Map<string, ScanEntry>();
  const add = (entry: ScanEntry) => {
    if (!found.has(entry.path)) found.set(entry.path, entry);
  };
  for (const root of roots) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(root);
    } catch (err) {
      add({ path: root, error: describeIoError(err) });
      continue;
    }
    if (stat.isDirectory()) walk(root, add);
    else add({ path: root });
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function walk(root: string, add: (entry: ScanEntry) => void): void {
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      add({ path: dir, error: `folder could not be listed: ${describeIoError(err)}` });
      continue;
    }
    for (const entry of entries) {
      if (skipped(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) pending.push(full);
      // A link to a file is read like the file; the reader says so if it leads to a folder or nowhere.
      else if ((entry.isFile() || entry.isSymbolicLink()) && isScannable(entry.name)) add({ path: full });
    }
  }
}
