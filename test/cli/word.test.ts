// Word drafts through the shipped CLI (dist/cli.js loading dist/word.js): `import` and `check` on a
// .docx with comments and tracked changes, `export` to .docx read back through the importer (no
// sentence lost, headings still headings), and bad input refused with exit code 2 and no file written.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Root } from 'mdast';
import { draftDocx, DRAFT, bombDocx, oleFile } from '../support/wordDocs';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd = ROOT): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1739529120' }, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function parse(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
}

function plain(node: Nodes): string {
  if (node.type === 'html') return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? node.children.map((c) => plain(c as Nodes)).join(node.type === 'tableRow' ? ' | ' : '') : '';
}

/** Every sentence of every block (headings, paragraphs, table rows, footnotes), whitespace collapsed. */
function sentences(markdown: string): Set<string> {
  const out = new Set<string>();
  const visit = (node: Nodes): void => {
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableRow') {
      for (const s of plain(node).replace(/\s+/g, ' ').trim().split(/(?<=[.;:!?])\s+/)) if (s) out.add(s);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(parse(markdown));
  return out;
}

function headings(markdown: string): [number, string][] {
  const out: [number, string][] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'heading') out.push([node.depth, plain(node)]);
    else if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(parse(markdown));
  return out;
}

const ROUND_TRIP_DRAFT = `# Item 1C. Cybersecurity

<!-- item1c-disable-next-line residue-blank: the figure comes on filing day -->
## Risk Management and Strategy

We maintain a program to assess, identify and manage material risks from cybersecurity threats.[^nist] It is *integrated* into our **enterprise risk management** program. We engage [●] outside assessors each year.

- Vulnerability scanning of our network:
  - weekly for internet-facing systems;
  - monthly for everything else.
- Penetration tests by an outside firm.

1. Contain the incident.
2. Notify the CISO within [number] hours. [Note to Draft: confirm with the CISO.]

| Role | Reports to |
| - | - |
| CISO | Audit Committee |

## Governance

Our Board of Directors oversees risks from cybersecurity threats through its [Audit/Risk] Committee.

[^nist]: As described in the NIST Cybersecurity Framework.
`;

describe('item1c import / check / export with Word drafts', function () {
  this.timeout(60_000);
  let tmp: string;
  let docx: string;

  before(async function () {
    for (const f of ['cli.js', 'word.js']) if (!fs.existsSync(path.join(ROOT, 'dist', f))) throw new Error(`dist/${f} is missing: run \`npm run build\` first`);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'item1c-word-'));
    docx = path.join(tmp, 'draft.docx');
    fs.writeFileSync(docx, await draftDocx());
  });

  after(function () {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  describe('import', function () {
    it('writes the Markdown draft with -o and says what happened to comments and tracked changes', function () {
      const out = path.join(tmp, 'imported.md');
      const result = run(['import', docx, '-o', out]);
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stdout, '');
      const markdown = fs.readFileSync(out, 'utf8');
      assert.match(markdown, /^# Item 1C\. Cybersecurity\n/);
      assert.ok(markdown.includes(`[Comment \u2013 ${DRAFT.commentA.author}: ${DRAFT.commentA.text}]`), markdown);
      assert.match(result.stderr, /2 Word comments became drafting notes/);
      assert.match(result.stderr, /2 unaccepted tracked changes \(1 inserted, 1 deleted, 0 moved\)/);
      assert.match(result.stderr, /wrote .*imported\.md/);
    });

    it('writes to standard output without -o', function () {
      const result = run(['import', docx]);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /^# Item 1C\. Cybersecurity\n/);
    });

    it('recognizes a Word file by its content, whatever its name', function () {
      const renamed = path.join(tmp, 'draft-from-email.bin');
      fs.copyFileSync(docx, renamed);
      const result = run(['import', renamed]);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /^# Item 1C\. Cybersecurity\n/);
    });

    const bad: [string, () => Promise<Buffer> | Buffer, RegExp][] = [
      ['a password-protected .docx', () => oleFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']), /is password-protected/],
      ['a legacy .doc', () => oleFile(['Root Entry', 'WordDocument']), /Word 97-2003 document/],
      ['a corrupt .docx', async () => (await draftDocx()).subarray(0, 2000), /is damaged/],
      ['a zip bomb', () => bombDocx(60), /expands to more than 50 MB/],
    ];
    for (const [what, make, message] of bad) {
      it(`refuses ${what} with exit code 2 and writes nothing`, async function () {
        const input = path.join(tmp, `bad-${what.replace(/\W+/g, '-')}.docx`);
        fs.writeFileSync(input, await make());
        const dir = fs.mkdtempSync(path.join(tmp, 'out-'));
        const out = path.join(dir, 'draft.md');
        const result = run(['import', input, '-o', out]);
        assert.equal(result.status, 2, result.stderr);
        assert.match(result.stderr, message);
        assert.match(result.stderr, new RegExp(`^item1c: ${input.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
        assert.deepEqual(fs.readdirSync(dir), [], 'no output and no temporary file');
      });
    }
  });

  describe('check', function () {
    it('reports comments and pending tracked changes as errors, located by Word paragraph with a quote', function () {
      const result = run(['check', docx]);
      assert.equal(result.status, 1, result.stderr);
      const lines = result.stdout.split('\n');
      const comment = lines.findIndex((l) => l.includes(`[Comment \u2013 ${DRAFT.commentA.author}: ${DRAFT.commentA.text}]`));
      assert.ok(comment >= 0, result.stdout);
      assert.match(lines[comment], new RegExp(`^${docx.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: paragraph 14  error  `));
      assert.equal(lines[comment + 1].trim(), `"${DRAFT.commentedParagraph}"`);
      const tracked = lines.find((l) => l.startsWith(docx) && l.includes('2 unaccepted tracked changes'));
      assert.ok(tracked, result.stdout);
      assert.match(tracked, /: note added by the conversion  error  /);
      assert.match(result.stdout, /Word draft: 2 comments \(reported as drafting notes\), 2 unaccepted tracked changes/);
    });

    it('gives the Word paragraph and quote in JSON and SARIF', function () {
      const json = JSON.parse(run(['check', '--format', 'json', docx]).stdout);
      const file = json.files[0];
      assert.deepEqual(file.word, { comments: 2, trackedChanges: 2 });
      const note = file.diagnostics.find((d: { message: string }) => d.message.includes(DRAFT.commentB.author));
      assert.deepEqual(note.word, { paragraph: 15, where: 'paragraph 15', quote: 'The Audit Committee oversees risks from cybersecurity threats on behalf of the Board of Directors.' });

      const sarif = JSON.parse(run(['check', '--format', 'sarif', docx]).stdout);
      const result = sarif.runs[0].results.find((r: { message: { text: string } }) => r.message.text.includes(DRAFT.commentB.author));
      assert.equal(result.properties.wordParagraph, 15);
      assert.deepEqual(result.locations[0].logicalLocations, [{ name: 'paragraph 15', kind: 'paragraph' }]);
      assert.equal(result.locations[0].physicalLocation.region, undefined);
      assert.match(result.message.text, /\(Word paragraph 15: "The Audit Committee oversees/);
    });

    it('checks Markdown and Word drafts side by side, and reports a bad Word file on stderr with exit code 2', function () {
      const bad = path.join(tmp, 'old.doc');
      fs.writeFileSync(bad, oleFile(['Root Entry', 'WordDocument']));
      const result = run(['check', '--format', 'json', 'examples/complete-draft.md', docx, bad]);
      assert.equal(result.status, 2);
      const files = JSON.parse(result.stdout).files;
      assert.equal(files.length, 3);
      assert.equal(files[0].word, undefined);
      assert.ok(files[1].diagnostics.length > 0);
      assert.match(files[2].error, /Word 97-2003 document/);
      assert.match(result.stderr, /old\.doc: is a Word 97-2003 document/);
    });
  });

  describe('export', function () {
    function exportAndReimport(markdown: string, extra: string[] = []): { reimported: string; docxPath: string } {
      const md = path.join(tmp, `export-${Math.random().toString(36).slice(2)}.md`);
      fs.writeFileSync(md, markdown);
      const docxPath = md.replace(/\.md$/, '.docx');
      const exported = run(['export', md, '--format', 'docx', '-o', docxPath, ...extra]);
      assert.equal(exported.status, 0, exported.stderr);
      const back = run(['import', docxPath]);
      assert.equal(back.status, 0, back.stderr);
      return { reimported: back.stdout, docxPath };
    }

    for (const [name, text] of [
      ['a draft with lists, a table, a footnote, blanks and notes', () => ROUND_TRIP_DRAFT],
      ['examples/complete-draft.md', () => fs.readFileSync(path.join(ROOT, 'examples/complete-draft.md'), 'utf8')],
      ['examples/annual-report.md', () => fs.readFileSync(path.join(ROOT, 'examples/annual-report.md'), 'utf8')],
    ] as const) {
      it(`round-trips ${name} through Word without losing a sentence; headings stay headings`, function () {
        const markdown = text();
        const { reimported } = exportAndReimport(markdown);
        const before = sentences(markdown);
        const after = sentences(reimported);
        const lost = [...before].filter((s) => !after.has(s));
        assert.deepEqual(lost, [], `sentences lost in the round trip:\n${reimported}`);
        assert.deepEqual(headings(reimported), headings(markdown));
      });
    }

    it('round-trips the Word draft itself: import, export, check; its comments are still reported, with author and text', function () {
      const imported = run(['import', docx]);
      assert.equal(imported.status, 0, imported.stderr);
      const { reimported, docxPath } = exportAndReimport(imported.stdout);
      const lost = [...sentences(imported.stdout)].filter((s) => !sentences(reimported).has(s));
      assert.deepEqual(lost, []);
      assert.deepEqual(headings(reimported), headings(imported.stdout));
      const checked = JSON.parse(run(['check', '--format', 'json', docxPath]).stdout).files[0];
      const notes = (checked.diagnostics as { rule: string; message: string; word: { quote: string } }[]).filter((d) => d.rule === 'residue-drafting-note');
      const jane = notes.find((d) => d.message.includes(`[Comment \u2013 ${DRAFT.commentA.author}: ${DRAFT.commentA.text}]`));
      assert.ok(jane, JSON.stringify(notes, null, 2));
      // The note is now text of the paragraph it was anchored in.
      assert.ok(jane.word.quote.startsWith(DRAFT.commentedParagraph.replace(/\.$/, '')), jane.word.quote);
      assert.ok(notes.some((d) => d.message.includes('2 unaccepted tracked changes')), 'the tracked-changes note travels too');
    });

    it('uses Word heading styles and highlights the blanks and drafting notes', async function () {
      const { docxPath } = exportAndReimport(ROUND_TRIP_DRAFT);
      const xml = await (await JSZip.loadAsync(fs.readFileSync(docxPath))).file('word/document.xml')!.async('string');
      assert.match(xml, /<w:pStyle w:val="Heading1"\/>/);
      assert.match(xml, /<w:pStyle w:val="Heading2"\/>/);
      const highlighted = [...xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*?<w:highlight w:val="yellow"\/>(?:(?!<\/w:r>).)*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
      assert.deepEqual(highlighted.sort(), ['[Audit/Risk]', '[Note to Draft: confirm with the CISO.]', '[number]', '[●]'].sort());
      assert.ok(!xml.includes('item1c-disable'), 'waiver comments are left out');
    });

    it('adds the checklist as an appendix with --checklist: status and citation per element, then blockers', function () {
      const { reimported } = exportAndReimport(fs.readFileSync(path.join(ROOT, 'examples/missing-elements-draft.md'), 'utf8'), ['--checklist']);
      const json = JSON.parse(run(['check', '--format', 'json', 'examples/missing-elements-draft.md']).stdout).files[0];
      assert.match(reimported, /^# Appendix: Item 1C\. Cybersecurity: disclosure checklist$/m);
      const rows = reimported.split('\n').filter((l) => /^\| \d+ \|/.test(l));
      assert.equal(rows.length, 12);
      for (const element of json.elements as { title: string; cite: string; status: string }[]) {
        const row = rows.find((r) => r.includes(`| ${element.title} |`));
        assert.ok(row, `no row for ${element.title}`);
        assert.ok(row.includes(`| ${element.cite} |`), row);
        assert.ok(row.toLowerCase().includes(`| ${element.status} |`), row);
      }
      assert.match(reimported, /^## Blockers$/m);
    });

    it('refuses bad usage with exit code 2', function () {
      assert.equal(run(['export', 'examples/complete-draft.md', '-o', path.join(tmp, 'x.docx')]).status, 2);
      assert.equal(run(['export', 'examples/complete-draft.md', '--format', 'docx']).status, 2);
      assert.equal(run(['export', 'examples/complete-draft.md', '--format', 'pdf', '-o', path.join(tmp, 'x.pdf')]).status, 2);
      const missing = run(['export', path.join(tmp, 'nope.md'), '--format', 'docx', '-o', path.join(tmp, 'nope.docx')]);
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /no such file/);
      assert.ok(!fs.existsSync(path.join(tmp, 'nope.docx')));
    });
  });
});
