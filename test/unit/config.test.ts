import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../server/src/core';
import { MAX_CONFIG_DEPTH, MAX_CONFIG_PROBLEMS, nestingBeyond, parseConfig, withConfig } from '../../server/src/config/parse';
import { ConfigCache, MAX_CONFIG_BYTES, findConfigFile, loadConfigFile } from '../../server/src/config/load';

describe('configuration files', () => {
  describe('parseConfig', () => {
    it('reads rules in every form, the fiscal year, the form and house phrases, with comments and trailing commas', () => {
      const text = `{
        // JSONC
        "rules": {
          "residue-bracketed-text": "off",
          "technical-detail": "on",
          "consistency-future-tense": "warning",
          "residue-blank": { "severity": "warning" },
          "residue-todo": { "enabled": false },
          "residue-draft-legend": false,
        },
        "fiscalYear": 2025,
        "form": "20-F",
        "housePhrases": { "required": ["reasonably likely"], "forbidden": ["best-in-class"] },
      }`;
      const parsed = parseConfig(text);
      assert.deepEqual(parsed.problems, []);
      assert.equal(parsed.broken, false);
      assert.deepEqual(parsed.options, {
        rules: {
          'residue-bracketed-text': { enabled: false },
          'technical-detail': { enabled: true },
          'consistency-future-tense': { enabled: true, severity: 'warning' },
          'residue-blank': { severity: 'warning' },
          'residue-todo': { enabled: false },
          'residue-draft-legend': { enabled: false },
        },
        fiscalYear: 2025,
        form: '20-F',
        housePhrases: { required: ['reasonably likely'], forbidden: ['best-in-class'] },
      });
    });

    it('treats a syntax error as a broken file: an error at the place, and no options', () => {
      const text = '{\n  "rules": { "residue-blank": "off" }\n  "fiscalYear": 2025\n}';
      const parsed = parseConfig(text);
      assert.equal(parsed.broken, true);
      assert.deepEqual(parsed.options, {});
      assert.equal(parsed.problems[0].severity, 'error');
      assert.match(parsed.problems[0].message, /Invalid JSON: Comma expected/);
      assert.equal(text.slice(parsed.problems[0].offset).startsWith('"fiscalYear"'), true);
    });

    it('warns about unknown keys and rule ids, and rejects invalid values one by one', () => {
      const text = JSON.stringify({ rulez: {}, rules: { 'no-such-rule': 'off', 'board-committee': 'off', 'residue-blank': 'loud' }, fiscalYear: '2025', form: '10-Q', housePhrases: { required: 'x', other: [] } });
      const parsed = parseConfig(text);
      const messages = parsed.problems.map((p) => `${p.severity}: ${p.message}`);
      assert.equal(parsed.broken, false);
      assert.ok(messages.some((m) => /^warning: Unknown setting "rulez"/.test(m)), messages.join('\n'));
      assert.ok(messages.some((m) => /^warning: Unknown rule "no-such-rule"/.test(m)));
      assert.ok(messages.some((m) => /^warning: Unknown rule "board-committee".*disclosure element/.test(m)));
      assert.ok(messages.some((m) => /^error: Rule "residue-blank" must be/.test(m)));
      assert.ok(messages.some((m) => /^error: "fiscalYear" must be/.test(m)));
      assert.ok(messages.some((m) => /^error: "form" must be/.test(m)));
      assert.ok(messages.some((m) => /^error: "housePhrases.required" must be a list/.test(m)));
      assert.ok(messages.some((m) => /^warning: Unknown key "other" in "housePhrases"/.test(m)));
      assert.deepEqual(parsed.options.rules, {});
    });

    it('an empty file or a non-object is handled without throwing', () => {
      assert.deepEqual(parseConfig('').options, {});
      assert.equal(parseConfig('[1, 2]').broken, true);
      assert.equal(parseConfig('"text"').broken, true);
    });

    it('a file nested 200,000 deep is one error at the bracket past the limit, not a stack overflow', () => {
      for (const [text, offset] of [
        ['['.repeat(200_000), MAX_CONFIG_DEPTH],
        ['{"a":'.repeat(200_000), MAX_CONFIG_DEPTH * 5],
        ['{"rules":' + '{"a":['.repeat(100_000), 9 + Math.floor(MAX_CONFIG_DEPTH / 2) * 6 - 1],
      ] as const) {
        const parsed = parseConfig(text);
        assert.equal(parsed.broken, true);
        assert.deepEqual(parsed.options, {});
        assert.equal(parsed.problems.length, 1);
        assert.equal(parsed.problems[0].severity, 'error');
        assert.match(parsed.problems[0].message, new RegExp(`nested too deeply: more than ${MAX_CONFIG_DEPTH} levels.*uses its defaults`));
        assert.equal(parsed.problems[0].offset, offset);
        assert.ok('[{'.includes(text[offset]));
      }
    });

    it('the depth limit is exact, and brackets in strings and comments do not count', () => {
      const nested = (depth: number) => '{"rules":{"residue-blank":"off"},"x":' + '['.repeat(depth - 1) + ']'.repeat(depth - 1) + '}';
      assert.equal(nestingBeyond(nested(MAX_CONFIG_DEPTH), MAX_CONFIG_DEPTH), -1);
      const atLimit = parseConfig(nested(MAX_CONFIG_DEPTH));
      assert.equal(atLimit.broken, false);
      assert.deepEqual(atLimit.options.rules, { 'residue-blank': { enabled: false } });
      assert.equal(parseConfig(nested(MAX_CONFIG_DEPTH + 1)).broken, true);
      const quoted = `{ "housePhrases": { "required": ["${'['.repeat(500)}"] } // ${'{'.repeat(500)}\n /* ${'['.repeat(500)} */ }`;
      assert.equal(nestingBeyond(quoted, MAX_CONFIG_DEPTH), -1);
      assert.deepEqual(parseConfig(quoted).options.housePhrases, { required: ['['.repeat(500)] });
    });

    it('a closing bracket of the wrong kind does not lower the count: the parser skips it and goes deeper', () => {
      // `[ } , [ } , ...`: the parser skips each `}` and opens the next array inside the last one.
      const text = '[},'.repeat(200_000);
      assert.equal(nestingBeyond(text, MAX_CONFIG_DEPTH), 3 * MAX_CONFIG_DEPTH);
      const parsed = parseConfig(text);
      assert.equal(parsed.broken, true);
      assert.match(parsed.problems[0].message, /nested too deeply/);
      // `{ ] , "a": { ] , ...` in objects likewise.
      assert.equal(parseConfig('{],"a":'.repeat(200_000)).problems.length, 1);
    });

    it('caps the problems of one file, the last saying how many more there are', () => {
      const garbage = parseConfig('{' + ',:'.repeat(100_000));
      assert.equal(garbage.broken, true);
      assert.equal(garbage.problems.length, MAX_CONFIG_PROBLEMS);
      assert.match(garbage.problems.at(-1)!.message, /^\d+ more problems in this file are not shown/);
      const keys = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`unknown${i}`, 1]));
      const unknown = parseConfig(JSON.stringify({ ...keys, fiscalYear: 2025 }));
      assert.equal(unknown.broken, false);
      assert.equal(unknown.options.fiscalYear, 2025, 'the valid settings still apply');
      assert.equal(unknown.problems.length, MAX_CONFIG_PROBLEMS);
      assert.deepEqual(unknown.problems.at(-1), { ...unknown.problems.at(-1)!, severity: 'warning', message: `${1000 - MAX_CONFIG_PROBLEMS + 1} more problems in this file are not shown; fix the ones above first.` });
    });

    it('a message shows a long or nested value by its kind, not in full', () => {
      const long = parseConfig(JSON.stringify({ fiscalYear: 'x'.repeat(100_000), form: [[[['10-K']]]] }));
      const [year, form] = long.problems;
      assert.ok(year.message.length < 200, year.message);
      assert.match(year.message, /not "x+\.\.\.; it is ignored/);
      assert.match(form.message, /not a list; it is ignored/);
    });
  });

  describe('withConfig', () => {
    it('lets explicit options win and fills in the rest', () => {
      assert.deepEqual(withConfig({ form: 'auto', check: 'always' }, { form: '20-F', fiscalYear: 2024 }), { form: '20-F', check: 'always', fiscalYear: 2024 });
      assert.deepEqual(withConfig({ form: '10-K' }, { form: '20-F' }), { form: '10-K' });
      assert.deepEqual(withConfig({ fiscalYear: 2025 }, { fiscalYear: 2024 }), { fiscalYear: 2025 });
    });

    it('configures the analysis', () => {
      const text = '# Item 1C. Cybersecurity\n\nWe have [●] analysts. [Optional sentence.]\n';
      const options = withConfig({}, parseConfig('{"rules": {"residue-blank": "hint", "residue-bracketed-text": "off"}}').options);
      const report = analyze(text, options);
      assert.equal(report.findings.find((f) => f.rule === 'residue-blank')?.severity, 'hint');
      assert.ok(!report.findings.some((f) => f.rule === 'residue-bracketed-text'));
    });
  });

  describe('finding and caching files', () => {
    let tmp: string;
    before(() => {
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'item1c-config-'));
    });
    after(() => fs.rmSync(tmp, { recursive: true, force: true }));

    it('walks up from the draft to the nearest file, .item1c.json before .item1c.jsonc', () => {
      const deep = path.join(tmp, 'a', 'b', 'c');
      fs.mkdirSync(deep, { recursive: true });
      fs.writeFileSync(path.join(tmp, 'a', '.item1c.jsonc'), '{ "fiscalYear": 2024 }');
      assert.equal(findConfigFile(deep), path.join(tmp, 'a', '.item1c.jsonc'));
      fs.writeFileSync(path.join(tmp, 'a', 'b', '.item1c.json'), '{ "fiscalYear": 2025 }');
      fs.writeFileSync(path.join(tmp, 'a', 'b', '.item1c.jsonc'), '{ "fiscalYear": 2023 }');
      assert.equal(findConfigFile(deep), path.join(tmp, 'a', 'b', '.item1c.json'));
      assert.equal(loadConfigFile(path.join(tmp, 'a', 'b', '.item1c.json')).options.fiscalYear, 2025);
    });

    it('reports an unreadable file instead of throwing', () => {
      const loaded = loadConfigFile(path.join(tmp, 'missing.json'));
      assert.equal(loaded.broken, true);
      assert.equal(loaded.readError, 'no such file');
    });

    it('says what an entry that is no configuration file is, without opening a FIFO', function () {
      const dir = path.join(tmp, 'odd');
      fs.mkdirSync(dir);
      const entry = (name: string) => path.join(dir, name);
      fs.mkdirSync(entry('directory'));
      fs.symlinkSync('self', entry('self'));
      fs.symlinkSync('loop-b', entry('loop-a'));
      fs.symlinkSync('loop-a', entry('loop-b'));
      fs.symlinkSync('nowhere', entry('dangling'));
      fs.symlinkSync('good.json', entry('link-to-good'));
      fs.writeFileSync(entry('good.json'), '\uFEFF{ "fiscalYear": 2025 }');
      fs.writeFileSync(entry('huge'), '');
      fs.truncateSync(entry('huge'), 50 * 1024 * 1024);
      fs.writeFileSync(entry('at-limit'), '{}' + ' '.repeat(MAX_CONFIG_BYTES - 2));
      fs.writeFileSync(entry('over-limit'), '{}' + ' '.repeat(MAX_CONFIG_BYTES - 1));
      fs.writeFileSync(entry('latin1'), Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]));
      fs.writeFileSync(entry('utf16'), Buffer.from('\uFEFF{}', 'utf16le'));
      fs.writeFileSync(entry('nul'), Buffer.from('{}\0'));
      const expected: Record<string, string> = {
        directory: 'is a directory',
        self: 'is a symbolic link loop',
        'loop-a': 'is a symbolic link loop',
        dangling: 'is a symbolic link to a file that does not exist',
        huge: 'is too large for a configuration file (50.0 MB; the limit is 1 MB)',
        'over-limit': 'is too large for a configuration file (1.0 MB; the limit is 1 MB)',
        latin1: 'is not valid UTF-8 text (save it as UTF-8)',
        utf16: 'is UTF-16 text, not UTF-8 (save it as UTF-8)',
        nul: 'is binary (it contains NUL bytes), not JSON text',
      };
      if (process.platform !== 'win32') {
        assert.equal(spawnSync('mkfifo', [entry('fifo')]).status, 0, 'mkfifo');
        expected.fifo = 'is not a regular file (FIFO)';
      }
      for (const [name, readError] of Object.entries(expected)) {
        const loaded = loadConfigFile(entry(name));
        assert.deepEqual({ name, readError: loaded.readError, broken: loaded.broken, options: loaded.options }, { name, readError, broken: true, options: {} });
      }
      assert.equal(loadConfigFile(entry('at-limit')).readError, undefined);
      assert.deepEqual(loadConfigFile(entry('link-to-good')).options, { fiscalYear: 2025 }, 'a link to a file is read, its BOM dropped');
    });

    it('the nearest entry of the name counts even when it is no file: no file further up applies instead', () => {
      const dir = path.join(tmp, 'shadow', 'drafts');
      fs.mkdirSync(path.join(dir, '.item1c.json'), { recursive: true });
      fs.writeFileSync(path.join(tmp, 'shadow', '.item1c.json'), '{ "fiscalYear": 2024 }');
      assert.equal(findConfigFile(dir), path.join(dir, '.item1c.json'));
      const cache = new ConfigCache();
      assert.equal(cache.get(dir)?.readError, 'is a directory');
      // Replaced by a file: read again although nothing else about the folder changed.
      fs.rmdirSync(path.join(dir, '.item1c.json'));
      fs.writeFileSync(path.join(dir, '.item1c.json'), '{ "fiscalYear": 2025 }');
      assert.equal(cache.get(dir)?.options.fiscalYear, 2025);
      fs.rmSync(path.join(dir, '.item1c.json'));
      fs.symlinkSync('.item1c.json', path.join(dir, '.item1c.json'));
      assert.equal(cache.get(dir)?.readError, 'is a symbolic link loop');
    });

    it('a file whose permissions changed is read again (a file made readable again is then seen)', function () {
      const dir = path.join(tmp, 'perm');
      fs.mkdirSync(dir);
      const file = path.join(dir, '.item1c.json');
      fs.writeFileSync(file, '{ "fiscalYear": 2025 }');
      const cache = new ConfigCache();
      const first = cache.get(dir);
      assert.equal(first?.options.fiscalYear, 2025);
      assert.equal(cache.get(dir), first, 'nothing changed: the same object');
      fs.chmodSync(file, 0o600);
      const second = cache.get(dir);
      assert.notEqual(second, first, 'a change of mode alone makes the cache read the file again');
      assert.equal(second?.options.fiscalYear, 2025);
    });

    it('re-reads a file only when it changed, unless told to trust the cache', () => {
      const dir = path.join(tmp, 'cache');
      fs.mkdirSync(dir);
      const file = path.join(dir, '.item1c.json');
      fs.writeFileSync(file, '{ "fiscalYear": 2024 }');
      const cache = new ConfigCache();
      const first = cache.get(dir);
      assert.equal(first?.options.fiscalYear, 2024);
      assert.equal(cache.get(dir), first, 'unchanged file: same object');
      fs.writeFileSync(file, '{ "fiscalYear": 2025, "form": "20-F" }');
      fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
      assert.equal(cache.get(dir, true), first, 'trusted: no look at the disk');
      assert.equal(cache.get(dir)?.options.fiscalYear, 2025);
      fs.rmSync(file);
      assert.equal(cache.get(dir), null);
    });
  });
});
