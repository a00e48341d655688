// Options several commands share. Declared once so that each means the same, takes the same values
// and refuses a bad value in the same words wherever it is accepted.
import { choice, expects, fileName, type FlagOption, type OptionSpec, type OptionValues, type ValueOption } from './options';

export const HELP: FlagOption = { names: ['-h', '--help'], stops: true };

export const NO_COLOR: FlagOption = { names: ['--no-color', '--no-colour'] };

export const FORM = choice(['--form'], ['auto', '10-K', '20-F'], { ignoreCase: true });

export const CHECK = choice(['--check'], ['auto', 'always']);

export const STRICTNESS = choice(['--strictness'], ['standard', 'literal']);

export const CONFIG = fileName(['--config']);

export const NO_CONFIG: FlagOption = { names: ['--no-config'] };

export const MAX_FILE_SIZE_MB: ValueOption<number> = {
  names: ['--max-file-size-mb'],
  parse: (value) => {
    const mb = Number(value);
    return mb > 0 && Number.isFinite(mb) ? mb : undefined;
  },
  error: expects('a positive number of megabytes'),
};

export const OUTPUT = fileName(['-o', '--output']);

/** The two configuration options exclude each other; the message is the same for every command. */
export const CONFIG_CONFLICT = '--config and --no-config cannot be used together';

/** How each file is checked, as `check` and `scan` both take it. */
export interface CheckSettings {
  form: 'auto' | '10-K' | '20-F';
  check: 'auto' | 'always';
  /** `--config FILE`: use this configuration for every file instead of looking for `.item1c.json`. */
  config?: string;
  /** `--no-config`: use no configuration file at all. */
  noConfig?: boolean;
  /** `--max-file-size-mb N`: larger files are not checked (default 10). */
  maxFileSizeMB?: number;
  /** `--strictness literal`: literal gaps are partial elements instead of advice. */
  strictness?: 'standard' | 'literal';
}

/** The options behind CheckSettings. */
export const CHECK_SETTINGS = {
  form: FORM,
  check: CHECK,
  strictness: STRICTNESS,
  config: CONFIG,
  noConfig: NO_CONFIG,
  maxFileSizeMB: MAX_FILE_SIZE_MB,
} satisfies OptionSpec;

/** The settings the options give, or the message for two that exclude each other. */
export function checkSettings(o: OptionValues<typeof CHECK_SETTINGS>): CheckSettings | { error: string } {
  if (o.config !== undefined && o.noConfig) return { error: CONFIG_CONFLICT };
  return {
    form: o.form ?? 'auto',
    check: o.check ?? 'auto',
    ...(o.config !== undefined ? { config: o.config } : {}),
    ...(o.noConfig ? { noConfig: true } : {}),
    ...(o.maxFileSizeMB !== undefined ? { maxFileSizeMB: o.maxFileSizeMB } : {}),
    ...(o.strictness ? { strictness: o.strictness } : {}),
  };
}
