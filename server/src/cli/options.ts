// The option reader every `item1c` command uses: each command declares its options, the reader walks
// argv once, and every command tokenizes the same way.
//
// Not Node's util.parseArgs: it takes the next argument as a value even when that is another option
// (`--format --no-color` would make `--no-color` the format), splits `-vh` into `-v -h`, and its
// errors are not worded as the usage text that follows them. Options here are few and never grouped,
// and each command's messages are part of its interface.
//
// Grammar: `--name value`, `--name=value`, `-o value` or `-o=value`; a value is the next argument
// unless that starts with `--`; `-` is an argument (standard input or a file so named); after `--`
// everything is an argument.
// A repeated option keeps its last value. The first bad option ends reading with its message.

/** An option that takes no value: present or not. */
export interface FlagOption {
  names: readonly string[];
  /** Reading ends at this option (`--help`): nothing after it is read, so nothing after it is refused. */
  stops?: boolean;
}

/** An option that takes a value: `parse` accepts it (`undefined`: refused) and `error` words a refusal. */
export interface ValueOption<T> {
  names: readonly string[];
  parse(value: string): T | undefined;
  /** `given` is `undefined` when the option had no value at all. */
  error(given: string | undefined, name: string): string;
}

export type OptionSpec = Record<string, FlagOption | ValueOption<unknown>>;

export type OptionValues<S extends OptionSpec> = { [K in keyof S]?: S[K] extends ValueOption<infer T> ? T : true };

export type OptionsRead<S extends OptionSpec> = { kind: 'read'; values: OptionValues<S>; args: string[] } | { kind: 'error'; message: string };

export function readOptions<S extends OptionSpec>(argv: readonly string[], spec: S): OptionsRead<S> {
  const byName = new Map<string, keyof S>();
  for (const key of Object.keys(spec) as Array<keyof S>) for (const name of spec[key].names) byName.set(name, key);

  const values: Record<keyof S, unknown> = {} as Record<keyof S, unknown>;
  const args: string[] = [];
  let ended = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (ended || arg === '-' || !arg.startsWith('-')) {
      args.push(arg);
      continue;
    }
    if (arg === '--') {
      ended = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const key = byName.get(name);
    if (key === undefined) return { kind: 'error', message: `unknown option '${arg}'` };
    const option = spec[key];
    if (!('parse' in option)) {
      values[key] = true;
      if (option.stops) break;
      continue;
    }
    let given: string | undefined;
    if (eq >= 0) given = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) given = argv[++i];
    const parsed = given === undefined ? undefined : option.parse(given);
    if (parsed === undefined) return { kind: 'error', message: option.error(given, name) };
    values[key] = parsed;
  }
  return { kind: 'read', values: values as OptionValues<S>, args };
}

/** `NAME expects WHAT, not 'GIVEN'`: the wording of a refused value. */
export function expects(what: string): ValueOption<never>['error'] {
  return (given, name) => `${name} expects ${what}${given === undefined ? '' : `, not '${given}'`}`;
}

/** One of a fixed set of values, spelled as listed (`ignoreCase`: in any case). */
export function choice<const T extends string>(names: readonly string[], values: readonly T[], options: { ignoreCase?: boolean } = {}): ValueOption<T> {
  const fold = (s: string) => (options.ignoreCase ? s.toUpperCase() : s);
  return {
    names,
    parse: (value) => values.find((v) => fold(v) === fold(value)),
    error: expects(listed(values)),
  };
}

/** A file name: anything but empty. */
export function fileName(names: readonly string[]): ValueOption<string> {
  return { names, parse: (value) => value || undefined, error: (_given, name) => `${name} needs a file name` };
}

/** `a`, `a or b`, `a, b or c`. */
function listed(values: readonly string[]): string {
  return values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}
