import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../server/src/core';
import { parseConfig, withConfig } from '../../server/src/config/parse';
import { ConfigCache, findConfigFile, loadConfigFile } from '../../server/src/config/load';

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
