// Options several commands share. Declared once so that each means the same, takes the same values
// and refuses a bad value in the same words wherever it is accepted.
import { choice, expects, fileName, type FlagOption, type ValueOption } from './options';

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
