// The schema, the rules reference, the waiver snippets and the severity settings derive from the rule
// and element registries (scripts/generate.ts). This test regenerates them in memory and fails when a
// committed file has drifted: run `npm run generate` and commit the result.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ELEMENTS, RULE_META } from '../../server/src/core';
import { TOP_LEVEL_KEYS, parseConfig } from '../../server/src/config/parse';
import { OUTPUTS, ROOT, configSchema, severitySettings } from '../../scripts/generate';

const HINT = 'run `npm run generate` and commit the result';

interface Manifest {
  contributes: {
    configuration: { properties: Record<string, Record<string, unknown>> };
    jsonValidation?: { fileMatch: string | string[]; url: string }[];
    snippets?: { language: string; path: string }[];
  };
}

describe('generated artefacts', () => {
  for (const { file, content } of OUTPUTS) {
    it(`${file} is up to date`, () => {
      const target = path.join(ROOT, file);
      assert.ok(fs.existsSync(target), `${file} is missing: ${HINT}`);
      assert.equal(fs.readFileSync(target, 'utf8'), content(), `${file} has drifted from the registries: ${HINT}`);
    });
  }

  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;

  it('package.json severity settings match the registry', () => {
    for (const [setting, generated] of Object.entries(severitySettings())) {
      const actual = manifest.contributes.configuration.properties[setting];
      assert.ok(actual, `${setting} is missing from package.json: ${HINT}`);
      for (const [key, value] of Object.entries(generated)) assert.deepEqual(actual[key], value, `${setting}.${key}: ${HINT}`);
    }
  });

  it('package.json validates .item1c.json and .item1c.jsonc against the schema, and ships it', () => {
    const entry = (manifest.contributes.jsonValidation ?? []).find((v) => v.url.endsWith('schemas/item1c.schema.json'));
    assert.ok(entry, 'no contributes.jsonValidation entry for the schema');
    const matches = ([] as string[]).concat(entry.fileMatch);
    assert.ok(matches.includes('.item1c.json') && matches.includes('.item1c.jsonc'), matches.join(', '));
    assert.ok(fs.existsSync(path.join(ROOT, entry.url)));
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split(/\r?\n/);
    assert.ok(ignore.includes('!schemas/**') && ignore.includes('!snippets/**'), '.vscodeignore must allow schemas/** and snippets/**');
  });

  it('package.json contributes the waiver snippets for Markdown', () => {
    const entry = (manifest.contributes.snippets ?? []).find((s) => s.path.endsWith('snippets/item1c.code-snippets'));
    assert.ok(entry && entry.language === 'markdown', 'no markdown snippets entry');
    const snippets = JSON.parse(fs.readFileSync(path.join(ROOT, entry.path), 'utf8')) as Record<string, { prefix: string[] }>;
    assert.ok(Object.values(snippets).some((s) => s.prefix.includes('item1c-waive')));
  });

  it('the schema and the configuration reader agree on keys and rule ids', () => {
    const schema = configSchema() as { properties: Record<string, { properties?: Record<string, unknown> }> };
    assert.deepEqual(Object.keys(schema.properties).sort(), [...TOP_LEVEL_KEYS].sort());
    assert.deepEqual(Object.keys(schema.properties.rules.properties ?? {}).sort(), RULE_META.map((r) => r.id).sort());
    // Everything the schema offers, the reader accepts without a problem.
    const rules = Object.fromEntries(RULE_META.map((r, i) => [r.id, [r.defaultSeverity, 'off', 'on', { enabled: true, severity: 'hint' }][i % 4]]));
    const parsed = parseConfig(JSON.stringify({ $schema: './schemas/item1c.schema.json', rules, fiscalYear: 2025, form: '20-F', housePhrases: { required: ['a'], forbidden: ['b'] } }));
    assert.deepEqual(parsed.problems, []);
  });

  it('the rules reference names every rule and every element', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8');
    for (const r of RULE_META) assert.ok(doc.includes(`### ${r.id}`), r.id);
    for (const e of ELEMENTS) assert.ok(doc.includes(`### ${e.id}`), e.id);
  });
});
