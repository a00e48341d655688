// The committed peer data file is what `npm run peers` computes on the filed sections beside the
// repository; and the counting rules it follows (N, cross-reference-only sections, model sentences).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { analyze, countPractices, PEER_DATA, PRACTICES, ELEMENTS, type PeerData } from '../../server/src/core';
import { DATA_FILE, DEFAULT_FOLDER, DOCS_FILE, peerDataText, peerDocs } from '../../scripts/peers';
import { readFiledSections } from '../../server/src/peers/folder';
import { practicesInReport } from '../../server/src/core/peers/recognise';

const REPO_ROOT = path.resolve(__dirname, '../..');

describe('peer data', function () {
  this.timeout(120000);

  it('the committed data file is what npm run peers computes on the filed sections (no drift)', function () {
    assert.ok(fs.existsSync(DEFAULT_FOLDER), `the filed sections are not at ${DEFAULT_FOLDER}`);
    const committed = fs.readFileSync(DATA_FILE, 'utf8');
    assert.equal(committed, peerDataText(DEFAULT_FOLDER), 'peerData.json is out of date: run `npm run peers` and commit it');
    assert.equal(fs.readFileSync(DOCS_FILE, 'utf8'), peerDocs(JSON.parse(committed) as PeerData), 'docs/peers.md is out of date: run `npm run peers` and commit it');
  });

  it('counts N as the sections the checker found; cross-reference-only sections are in N and show nothing', function () {
    const sections = readFiledSections(DEFAULT_FOLDER);
    const reports = sections.map((s) => s.report);
    const counts = countPractices(reports);
    assert.equal(counts.sections, reports.filter((r) => r.section.found).length);
    assert.equal(counts.crossReferenceOnly, reports.filter((r) => r.section.found && r.section.crossReference).length);
    assert.ok(counts.crossReferenceOnly > 0, 'the corpus has sections that only refer elsewhere');
    for (const p of PRACTICES) {
      const shown = reports.filter((r) => practicesInReport(r).has(p.id));
      assert.equal(counts.practices[p.id], shown.length, p.id);
      assert.ok(shown.every((r) => !r.section.crossReference), `${p.id}: a pointer-only section counted`);
      assert.ok(counts.practices[p.id] > 0 && counts.practices[p.id] < counts.sections, `${p.id}: ${counts.practices[p.id]} of ${counts.sections} tells nothing`);
    }
    for (const e of ELEMENTS) assert.equal(counts.elements[e.id].present, reports.filter((r) => r.elements.find((v) => v.id === e.id)?.status === 'present').length, e.id);
  });

  it('model sentences are whole sentences from the filed sections, each company once per practice, shown by the practice alone', function () {
    const data = JSON.parse(fs.readFileSync(DATA_FILE, 'utf8')) as PeerData;
    for (const p of PRACTICES) {
      const examples = data.practices[p.id].examples;
      assert.ok(examples.length >= 2 && examples.length <= 3, `${p.id}: ${examples.length} model sentences`);
      assert.equal(new Set(examples.map((m) => m.company)).size, examples.length, `${p.id}: one company each`);
      for (const m of examples) {
        const source = fs.readFileSync(path.join(DEFAULT_FOLDER, m.file), 'utf8').replace(/\s+/g, ' ');
        assert.ok(source.includes(m.text), `${p.id}: "${m.text}" is not in ${m.file}`);
        assert.match(m.file, new RegExp(`^${m.company.toLowerCase()}-`), `${m.file} is not ${m.company}'s`);
        // Read alone, as a one-sentence section, the sentence shows the practice.
        assert.ok(practicesInReport(analyze(`# Item 1C. Cybersecurity\n\n${m.text}\n`)).has(p.id), `${p.id}: "${m.text}" alone`);
      }
    }
  });

  it('the data shipped in the product is the committed file, and it is compact', function () {
    assert.deepEqual(PEER_DATA, JSON.parse(fs.readFileSync(DATA_FILE, 'utf8')));
    assert.ok(fs.statSync(DATA_FILE).size < 8 * 1024, `${fs.statSync(DATA_FILE).size} bytes`);
  });

  it('any folder can be given: a section that only refers elsewhere counts in N, a file without a section does not', function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'item1c-peers-'));
    try {
      fs.writeFileSync(path.join(dir, 'acme-2024-1.md'), '# Item 1C. Cybersecurity\n\nWe also conduct tabletop exercises to simulate responses to cybersecurity incidents.\n');
      fs.writeFileSync(path.join(dir, 'acme-2025-2.md'), '# Item 1C. Cybersecurity\n\nFor a discussion of cybersecurity, see "Quantitative and Qualitative Disclosures about Risk— Operational Risk— Cybersecurity."\n');
      fs.writeFileSync(path.join(dir, 'beta-2024-3.md'), '# Item 7. Management\'s Discussion and Analysis\n\nNothing about cybersecurity here.\n');
      const data = JSON.parse(peerDataText(dir)) as PeerData;
      assert.equal(data.sections, 2);
      assert.equal(data.crossReferenceOnly, 1);
      assert.equal(data.source, path.basename(dir));
      assert.equal(data.practices['tabletop-exercises'].count, 1);
      assert.deepEqual(data.practices['tabletop-exercises'].examples, [
        { text: 'We also conduct tabletop exercises to simulate responses to cybersecurity incidents.', company: 'ACME', fiscalYear: 2024, file: 'acme-2024-1.md' },
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('npm run peers on a folder that does not exist says so and exits 2, writing nothing', function () {
    const before = fs.readFileSync(DATA_FILE, 'utf8');
    const missing = path.join(os.tmpdir(), 'item1c-no-such-folder');
    const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', path.join(REPO_ROOT, 'scripts/peers.ts'), missing], { cwd: REPO_ROOT, encoding: 'utf8' });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /^peers: cannot read the folder .*item1c-no-such-folder/);
    assert.equal(fs.readFileSync(DATA_FILE, 'utf8'), before);
  });
});
