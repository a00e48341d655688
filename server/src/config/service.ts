// The language server's view of configuration files: options per document, and diagnostics on the
// configuration file itself when it is broken or has unknown keys. No LSP wiring here beyond the
// diagnostic shape; server.ts decides when to clear the cache.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { LineIndex, type AnalyzeOptions } from '../core';
import { ConfigCache, type LoadedConfig } from './load';
import { withConfig } from './parse';

const ERROR: DiagnosticSeverity = 1;
const WARNING: DiagnosticSeverity = 2;

export class ConfigService {
  private readonly cache = new ConfigCache();
  /** Diagnostics last published per configuration file URI, to publish only on change. */
  private readonly published = new Map<string, string>();
  /** True when the client watches configuration files for us; the cache is then trusted until told otherwise. */
  watching = false;

  constructor(
    private readonly publish: (uri: string, diagnostics: Diagnostic[]) => void,
    private readonly log: (message: string) => void,
  ) {}

  /** `base` plus the nearest configuration file of a `file:` document. Never throws. */
  optionsFor(documentUri: string, base: AnalyzeOptions): AnalyzeOptions {
    const config = this.configFor(documentUri);
    return config && !config.broken ? withConfig(base, config.options) : base;
  }

  configFor(documentUri: string): LoadedConfig | null {
    if (!documentUri.startsWith('file:')) return null;
    try {
      const config = this.cache.get(path.dirname(fileURLToPath(documentUri)), this.watching);
      if (config) this.report(config);
      return config;
    } catch (err) {
      this.log(`item1c: could not read the configuration for ${documentUri}: ${err instanceof Error ? err.message : String(err)}`);
      return null;
    }
  }

  /** After a watched configuration file changed: forget, and clear diagnostics of files that went away. */
  clear(): void {
    this.cache.clear();
    for (const uri of [...this.published.keys()]) {
      this.published.delete(uri);
      this.publish(uri, []);
    }
  }

  private report(config: LoadedConfig): void {
    const uri = pathToFileURL(config.path).href;
    const diagnostics = toDiagnostics(config);
    const key = JSON.stringify(diagnostics);
    if (this.published.get(uri) === key) return;
    if (diagnostics.length === 0 && !this.published.has(uri)) {
      this.published.set(uri, key);
      return;
    }
    this.published.set(uri, key);
    this.publish(uri, diagnostics);
    // A directory, a FIFO or a link loop is no document an editor shows diagnostics for: say it in the log too.
    if (config.readError) this.log(`item1c: configuration ${config.path}: ${config.readError}; using the defaults`);
  }
}

function toDiagnostics(config: LoadedConfig): Diagnostic[] {
  if (config.readError) {
    return [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: ERROR,
        source: 'item1c',
        message: `item1c cannot use the configuration file ${config.path}: ${config.readError}. It uses its defaults until this is fixed.`,
      },
    ];
  }
  const doc = new LineIndex(config.text);
  return config.problems.map((p) => ({
    range: { start: doc.positionAt(p.offset), end: doc.positionAt(p.offset + p.length) },
    severity: p.severity === 'error' ? ERROR : WARNING,
    source: 'item1c',
    message: p.message,
  }));
}
