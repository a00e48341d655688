// The option reader every command shares (server/src/cli/options.ts), through the commands' own
// parsers: one grammar, and an option several commands accept refused in the same words by each.
import * as assert from 'node:assert/strict';
import { parseArgs } from '../../server/src/cli/args';
import { parseXbrlArgs } from '../../server/src/cli/xbrl';
import { parseImportArgs } from '../../server/src/cli/import';
import { parseCompareArgs } from '../../server/src/cli/compareArgs';
import { parseScanArgs } from '../../server/src/cli/scan/args';
import { parseExportArgs } from '../../server/src/cli/export';
import { readOptions, choice, fileName, type OptionSpec } from '../../server/src/cli/options';

/** Each command's parser, given what follows the command name; the message of a refusal, or the result. */
const COMMANDS: Record<string, (argv: string[]) => unknown> = {
  check: (argv) => parseArgs(['check', ...argv]),
  xbrl: parseXbrlArgs,
  import: parseImportArgs,
  compare: parseCompareArgs,
  scan: parseScanArgs,
  export: parseExportArgs,
};

/** Enough arguments besides the one under test for each command to run. */
const COMPLETE: Record<string, string[]> = {
  check: ['a.md'],
  xbrl: ['a.md'],
  import: ['a.htm'],
  compare: ['last.md', 'this.md'],
  scan: ['dir'],
  export: ['a.md', '--format', 'docx', '-o', 'a.docx'],
};

function message(result: unknown): string | undefined {
  const r = result as { kind: string; message?: string };
  return r.kind === 'error' || r.kind === 'usage-error' ? r.message : undefined;
}

describe('command-line options', function () {
  const formCommands = ['check', 'xbrl', 'import', 'compare', 'scan', 'export'];

  it('refuses a bad --form in the same words in every command that takes it', function () {
    for (const name of formCommands) {
      assert.equal(message(COMMANDS[name]([...COMPLETE[name], '--form', '10-Q'])), "--form expects auto, 10-K or 20-F, not '10-Q'", name);
      assert.equal(message(COMMANDS[name]([...COMPLETE[name], '--form'])), '--form expects auto, 10-K or 20-F', name);
    }
  });

  it('reads --form in any case, as its canonical spelling', function () {
    for (const name of formCommands) {
      const result = COMMANDS[name]([...COMPLETE[name], '--form=20-f']) as { command?: { form: string }; form?: string };
      assert.equal(result.command?.form ?? result.form, '20-F', name);
    }
  });

  it('refuses --check, --strictness, --config and --max-file-size-mb alike in check and scan', function () {
    for (const name of ['check', 'scan']) {
      const refused = (...argv: string[]) => message(COMMANDS[name]([...COMPLETE[name], ...argv]));
      assert.equal(refused('--check', 'never'), "--check expects auto or always, not 'never'");
      assert.equal(refused('--strictness=loose'), "--strictness expects standard or literal, not 'loose'");
      assert.equal(refused('--config='), '--config needs a file name');
      assert.equal(refused('--max-file-size-mb', '-1'), "--max-file-size-mb expects a positive number of megabytes, not '-1'");
      assert.equal(refused('--config', 'c.json', '--no-config'), '--config and --no-config cannot be used together');
    }
  });

  it('takes everything after -- as a file, in every command', function () {
    const files = (name: string, argv: string[]): unknown => {
      const r = COMMANDS[name]([...COMPLETE[name], ...argv]) as { files?: string[]; roots?: string[]; command?: { files?: string[] } };
      return r.files ?? r.roots ?? r.command?.files ?? message(r);
    };
    assert.deepEqual(files('check', ['--', '--form']), ['a.md', '--form']);
    assert.deepEqual(files('scan', ['--', '--form']), ['dir', '--form']);
    assert.deepEqual(files('xbrl', ['--', '--form']), ['a.md', '--form']);
    assert.equal(files('import', ['--', '--form']), 'import takes one file, got 2');
    assert.equal(files('compare', ['--', '--form']), 'compare takes two files, got 3');
    assert.equal(files('export', ['--', '--form']), 'export takes one file, got 2');
  });

  it('never takes an option for the value of the option before it', function () {
    for (const name of Object.keys(COMMANDS)) {
      assert.equal(message(COMMANDS[name]([...COMPLETE[name], '--form', '--help'])), '--form expects auto, 10-K or 20-F', name);
    }
  });

  it('takes -o FILE, -o=FILE and --output=FILE alike', function () {
    for (const name of ['import', 'export']) {
      const base = COMPLETE[name].filter((a, i, all) => a !== '-o' && all[i - 1] !== '-o');
      for (const argv of [['-o', 'out'], ['-o=out'], ['--output=out'], ['--output', 'out']]) {
        const result = COMMANDS[name]([...base, ...argv]) as { kind: string; command?: { output: string } };
        assert.equal(result.command?.output, 'out', `${name} ${argv.join(' ')}`);
      }
      assert.equal(message(COMMANDS[name]([...base, '-o'])), '-o needs a file name', name);
      assert.equal(message(COMMANDS[name]([...base, '--output='])), '--output needs a file name', name);
    }
  });

  it('answers --help whatever follows it, except in check, where help waits for the whole line', function () {
    for (const name of ['xbrl', 'import', 'compare', 'scan', 'export']) {
      assert.deepEqual(COMMANDS[name](['--help', '--bogus']), { kind: 'help' }, name);
      assert.equal(message(COMMANDS[name](['--bogus', '--help'])), "unknown option '--bogus'", name);
    }
    assert.deepEqual(parseArgs(['--help']), { kind: 'help' });
    assert.equal(message(parseArgs(['--help', '--bogus'])), "unknown option '--bogus'");
    assert.deepEqual(parseArgs(['--version', '--help']), { kind: 'help' });
  });

  it('keeps the last value of a repeated option', function () {
    const result = parseArgs(['check', '--format', 'json', 'a.md', '--format=sarif']) as { format: string };
    assert.equal(result.format, 'sarif');
  });

  it('names an unknown option as it was written, value and all', function () {
    for (const name of Object.keys(COMMANDS)) assert.equal(message(COMMANDS[name]([...COMPLETE[name], '--colour-scheme=dark'])), "unknown option '--colour-scheme=dark'", name);
  });

  describe('readOptions', function () {
    const spec = {
      help: { names: ['-h', '--help'], stops: true },
      quiet: { names: ['-q', '--quiet'] },
      level: choice(['--level'], ['low', 'high']),
      out: fileName(['-o']),
    } satisfies OptionSpec;

    it('separates options from arguments, and keeps - as an argument', function () {
      assert.deepEqual(readOptions(['a', '-q', '--level', 'high', '-', 'b', '-o', 'x'], spec), { kind: 'read', values: { quiet: true, level: 'high', out: 'x' }, args: ['a', '-', 'b'] });
    });

    it('stops reading at a stopping option, keeping what came before', function () {
      assert.deepEqual(readOptions(['a', '--level=low', '--help', '--level=none', 'b'], spec), { kind: 'read', values: { level: 'low', help: true }, args: ['a'] });
    });

    it('words a list of allowed values as a sentence', function () {
      const three = { level: choice(['--level'], ['low', 'mid', 'high']) };
      assert.deepEqual(readOptions(['--level', 'x'], three), { kind: 'error', message: "--level expects low, mid or high, not 'x'" });
      assert.deepEqual(readOptions(['--level', 'x'], spec), { kind: 'error', message: "--level expects low or high, not 'x'" });
      assert.deepEqual(readOptions(['--level', 'LOW'], spec), { kind: 'error', message: "--level expects low or high, not 'LOW'" });
    });
  });
});
