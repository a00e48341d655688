// Configuration for the command line: the nearest `.item1c.json` / `.item1c.jsonc` above each draft,
// or the file named by `--config`, or none with `--no-config`. Problems in a configuration file are
// printed once on stderr; a broken file is ignored and the defaults apply.
import * as path from 'node:path';
import { LineIndex } from '../core';
import { findConfigFile, loadConfigFile, type LoadedConfig } from '../config/load';

export class CliConfig {
  private readonly loaded = new Map<string, LoadedConfig>();

  constructor(
    private readonly command: { config?: string; noConfig?: boolean },
    private readonly warn: (line: string) => void,
    private readonly cwd: string = process.cwd(),
  ) {}

  /** The configuration that applies to `file`, or null. Never throws. */
  forFile(file: string): LoadedConfig | null {
    if (this.command.noConfig) return null;
    let configPath: string | null;
    try {
      configPath = this.command.config ? path.resolve(this.cwd, this.command.config) : findConfigFile(path.dirname(path.resolve(this.cwd, file)));
    } catch {
      return null;
    }
    if (!configPath) return null;
    let config = this.loaded.get(configPath);
    if (!config) {
      config = loadConfigFile(configPath);
      this.loaded.set(configPath, config);
      this.report(config);
    }
    return config.broken ? null : config;
  }

  private report(config: LoadedConfig): void {
    const shown = this.display(config.path);
    if (config.readError) {
      this.warn(`item1c: configuration ${shown}: ${config.readError}; using the defaults\n`);
      return;
    }
    const lines = new LineIndex(config.text);
    for (const p of config.problems) {
      const at = lines.positionAt(p.offset);
      this.warn(`item1c: ${shown}:${at.line + 1}:${at.character + 1}: ${p.severity}: ${p.message}\n`);
    }
  }

  display(file: string): string {
    const relative = path.relative(this.cwd, file);
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
  }
}
