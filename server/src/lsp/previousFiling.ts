// Last year's filing for the language server: where it is (the `item1c.previousFiling` setting, else
// `previousFiling` in `.item1c.json`), its text and analysis (kept until the file changes on disk), and
// the comparison with a draft (kept until the draft's check changes). The comparison and the EDGAR page
// reader live in dist/compare.js, loaded the first time a draft has a previous filing configured, so that
// drafts without one pay nothing and dist/server.js stays small. The file is only ever read as data, and
// only from the path the user configured.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, type AnalyzeOptions, type Report } from '../core';
import type { Comparison } from '../core/compare/types';
import { lazyBundle } from '../lazyBundle';

type CompareModule = typeof import('../filing/serverBundle');

export interface PreviousFilingComparison {
  /** The file as resolved, absolute. */
  path: string;
  comparison: Comparison;
}

interface Loaded {
  stamp: string;
  result: { text: string; report: Report } | { error: string };
}

export class PreviousFilings {
  private readonly compareBundle = lazyBundle<CompareModule>('compare');
  private readonly loaded = new Map<string, Loaded>();
  private readonly compared = new Map<string, { key: string; value: PreviousFilingComparison }>();
  /** Problems already shown, so that a bad path is said once, not on every keystroke. */
  private readonly warned = new Set<string>();

  constructor(private readonly warn: (message: string) => void) {}

  /**
   * The configured file for a draft: the setting (relative to the workspace folder holding the draft, else
   * to the draft's folder) wins over the configuration file's key (relative to that file's folder).
   */
  resolve(documentUri: string, setting: string, workspaceFolders: readonly string[], config: { path: string; previousFiling?: string } | null): string | null {
    const draft = documentUri.startsWith('file:') ? fileURLToPath(documentUri) : null;
    if (setting.trim() !== '') {
      if (path.isAbsolute(setting)) return setting;
      if (!draft) return null;
      const folder = workspaceFolders.filter((f) => draft.startsWith(f + path.sep)).sort((a, b) => b.length - a.length)[0];
      return path.resolve(folder ?? path.dirname(draft), setting);
    }
    if (config?.previousFiling) return path.resolve(path.dirname(config.path), config.previousFiling);
    return null;
  }

  /** The comparison of a draft with the filing at `file`, or null (with one warning) when it cannot be made. */
  compare(file: string, documentUri: string, current: { text: string; report: Report; resultId: string }, options: AnalyzeOptions): PreviousFilingComparison | null {
    const last = this.load(file, options);
    if ('error' in last.result) {
      this.warnOnce(`item1c cannot compare with last year's filing ${file}: it ${last.result.error}.`);
      return null;
    }
    const key = `${current.resultId}\u0000${file}\u0000${last.stamp}`;
    const kept = this.compared.get(documentUri);
    if (kept?.key === key) return kept.value;
    // The filing was read, so the comparison module is loaded.
    const comparison = this.compareBundle().compareReports(last.result, current, { analyze: options, ...(options.fiscalYear !== undefined ? { fiscalYear: options.fiscalYear } : {}) });
    const value = { path: file, comparison };
    this.compared.set(documentUri, { key, value });
    return value;
  }

  forget(documentUri: string): void {
    this.compared.delete(documentUri);
  }

  private load(file: string, options: AnalyzeOptions): Loaded {
    let stamp: string;
    try {
      const stat = fs.statSync(file);
      stamp = `${stat.mtimeMs}:${stat.size}:${JSON.stringify(options)}`;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return { stamp: '', result: { error: code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(err)})` } };
    }
    const kept = this.loaded.get(file);
    if (kept?.stamp === stamp) return kept;
    let module: CompareModule;
    try {
      module = this.compareBundle();
    } catch (err) {
      // Kept like any answer for this file: a broken installation is said once, with the file.
      const loaded: Loaded = { stamp, result: { error: `cannot be compared: ${err instanceof Error ? err.message : String(err)}` } };
      this.loaded.set(file, loaded);
      return loaded;
    }
    const read = module.readFiling(file);
    let result: Loaded['result'] = read.ok ? { text: read.text, report: analyze(read.text, { ...options, check: 'always' }) } : { error: read.error };
    // Too large or binary: the analysis refused it, and a comparison would call every element new.
    if ('report' in result && !result.report.section.found) result = { error: `cannot be compared: ${result.report.findings[0]?.message ?? 'it holds no text'}` };
    const loaded: Loaded = { stamp, result };
    this.loaded.set(file, loaded);
    return loaded;
  }

  private warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.warn(message);
  }
}
