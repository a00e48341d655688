// End-to-end tests of the shipped CLI bundle: each test spawns `node dist/cli.js` the way a CI
// job would, so argument parsing, file reading, formatting and exit codes are tested together.
// `npm test` builds first; run `npm run build` before running this file on its own.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const EXAMPLES = path.join(ROOT, 'examples');

const COMPLETE = 'examples/complete-draft.md';
const MISSING = 'examples/missing-elements-draft.md';
const ANNUAL = 'examples/annual-report.md';
const TWENTY_F = 'examples/20f-item16k-draft.md';
const ALL_EXAMPLES = [COMPLETE, MISSING, ANNUAL, TWENTY_F];

/** Registry order: the order Item 106 lists the elements. Part of the JSON contract. */
const ELEMENT_IDS = [
  'processes',
  'erm-integration',
  'third-party-assessors',
  'service-provider-oversight',
  'material-effect',
  'board-oversight',
  'board-committee',
  'board-informed',
  'management-positions',
  'management-expertise',
  'management-informed',
  'reports-to-board',
];
const STATUSES = ['present', 'partial', 'missing', 'not-applicable'];
const SEVERITIES = ['error', 'warning', 'information', 'hint'];

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? process.env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// ---- JSON contract ---------------------------------------------------------------------------

interface JsonRange {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface JsonEvidence extends JsonRange {
  text: string;
}
interface JsonElement {
  id: string;
  status: string;
  cite: string;
  reason: string;
  evidence: JsonEvidence[];
}
interface JsonDiagnostic extends JsonRange {
  rule: string;
  element: string | null;
  severity: string;
  message: string;
}
interface JsonFile {
  path: string;
  form: string | null;
  section: { found: boolean; heading: string | null; startLine: number | null; endLine: number | null; crossReference: string | null };
  elements: JsonElement[];
  diagnostics: JsonDiagnostic[];
}
interface JsonError {
  path: string;
  error: string;
}
interface JsonDoc {
  version: string;
  files: Array<JsonFile | JsonError>;
}

function isError(file: JsonFile | JsonError): file is JsonError {
  return 'error' in file;
}

function checked(doc: JsonDoc, index: number): JsonFile {
  const file = doc.files[index];
  assert.ok(!isError(file), `file ${index} should have been checked, got error: ${JSON.stringify(file)}`);
  return file;
}

function isPositiveInt(n: unknown): boolean {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1;
}

function assertRange(r: JsonRange, where: string, lineCount: number): void {
  for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn'] as const) {
    assert.ok(isPositiveInt(r[key]), `${where}.${key} should be a 1-based integer, got ${r[key]}`);
  }
  assert.ok(r.startLine <= r.endLine, `${where}: start line after end line`);
  if (r.startLine === r.endLine) assert.ok(r.startColumn <= r.endColumn, `${where}: start column after end column`);
  // An exclusive end may sit at column 1 of the line after the last one, never further.
  assert.ok(r.endLine <= lineCount + 1, `${where}: endLine ${r.endLine} beyond the file (${lineCount} lines)`);
}

/** Validates every field of the documented shape for one checked file. */
function assertFileShape(file: JsonFile, source: string): void {
  const lineCount = splitLines(source).length;
  assert.equal(typeof file.path, 'string');
  assert.ok(file.form === null || file.form === '10-K' || file.form === '20-F', `form: ${file.form}`);

  const s = file.section;
  assert.equal(typeof s.found, 'boolean');
  assert.ok(s.crossReference === null || typeof s.crossReference === 'string', 'section.crossReference');
  if (s.found) {
    assert.equal(typeof s.heading, 'string');
    assert.ok(isPositiveInt(s.startLine) && isPositiveInt(s.endLine), 'section lines are 1-based integers');
    assert.ok((s.startLine as number) <= (s.endLine as number) && (s.endLine as number) <= lineCount);
    assert.deepEqual(file.elements.map((e) => e.id), ELEMENT_IDS, '12 elements in registry order');
  } else {
    assert.equal(s.heading, null);
    assert.equal(s.startLine, null);
    assert.equal(s.endLine, null);
    assert.deepEqual(file.elements, []);
  }

  for (const el of file.elements) {
    assert.ok(STATUSES.includes(el.status), `${el.id}.status: ${el.status}`);
    assert.match(el.cite, /^Item (106|16K)\(/, `${el.id}.cite`);
    assert.equal(typeof el.reason, 'string');
    assert.ok(el.reason.length > 0, `${el.id}.reason is empty`);
    assert.ok(Array.isArray(el.evidence));
    for (const [i, ev] of el.evidence.entries()) {
      assertRange(ev, `${el.id}.evidence[${i}]`, lineCount);
      assert.equal(typeof ev.text, 'string');
      assertEvidenceOnLines(source, ev, `${file.path} ${el.id}.evidence[${i}]`);
    }
  }

  for (const [i, d] of file.diagnostics.entries()) {
    assert.equal(typeof d.rule, 'string');
    assert.ok(d.element === null || ELEMENT_IDS.includes(d.element), `diagnostics[${i}].element: ${d.element}`);
    assert.ok(SEVERITIES.includes(d.severity), `diagnostics[${i}].severity: ${d.severity}`);
    assert.equal(typeof d.message, 'string');
    assertRange(d, `diagnostics[${i}]`, lineCount);
  }
}

// ---- evidence must point at the text it quotes -------------------------------------------------

function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/** Whitespace and inline Markdown markers do not count: evidence may be quoted without them. */
function normalise(s: string): string {
  return s.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
}

function assertEvidenceOnLines(source: string, ev: JsonEvidence, where: string): void {
  const lines = splitLines(source);
  const onLines = lines.slice(ev.startLine - 1, ev.endLine).join('\n');
  assert.ok(
    normalise(onLines).includes(normalise(ev.text)),
    `${where}: quoted text not found on lines ${ev.startLine}-${ev.endLine}\n  quoted: ${ev.text}\n  lines:  ${onLines}`,
  );
  // The range itself, not only its lines, is the quotation: evidence is quoted from the source.
  const inRange =
    ev.startLine === ev.endLine
      ? lines[ev.startLine - 1].slice(ev.startColumn - 1, ev.endColumn - 1)
      : [
          lines[ev.startLine - 1].slice(ev.startColumn - 1),
          ...lines.slice(ev.startLine, ev.endLine - 1),
          lines[ev.endLine - 1].slice(0, ev.endColumn - 1),
        ].join('\n');
  assert.equal(collapse(inRange), collapse(ev.text), `${where}: the range does not cover exactly the quoted text`);
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

// ---- fixtures ------------------------------------------------------------------------------------

let tmp: string;
let noHeading: string;
let bomCrlf: string;
let directory: string;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

describe('item1c CLI', function () {
  before(function () {
    if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
    if (fs.statSync(CLI).mtimeMs < newestMtime(path.join(ROOT, 'server', 'src'))) {
      throw new Error('dist/cli.js is older than server/src: run `npm run build` first');
    }
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'item1c-cli-'));
    noHeading = path.join(tmp, 'no-heading.md');
    fs.writeFileSync(
      noHeading,
      '# Item 7. Management\'s Discussion and Analysis\n\nOur Board of Directors oversees risks from cybersecurity threats, and our CISO reports to the Audit Committee quarterly.\n',
    );
    // Same complete draft, saved by a Windows editor: BOM and CRLF line ends.
    bomCrlf = path.join(tmp, 'bom-crlf.md');
    const complete = fs.readFileSync(path.join(ROOT, COMPLETE), 'utf8');
    fs.writeFileSync(bomCrlf, '\uFEFF' + complete.replace(/\r?\n/g, '\r\n'));
    directory = path.join(tmp, 'a-directory.md');
    fs.mkdirSync(directory);
  });

  after(function () {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  describe('usage', function () {
    it('--help prints usage and exits 0', function () {
      const r = run(['--help']);
      assert.equal(r.status, 0);
      assert.match(r.stdout, /Usage: item1c check/);
      assert.match(r.stdout, /--format text\|json\|sarif/);
    });

    it('--version prints the version the JSON output reports, and exits 0', function () {
      const r = run(['--version']);
      assert.equal(r.status, 0);
      const version = r.stdout.trim();
      assert.match(version, /^\d+\.\d+\.\d+/);
      const doc = JSON.parse(run(['check', '--format', 'json', COMPLETE]).stdout) as JsonDoc;
      assert.equal(doc.version, version);
    });

    const bad: Array<[string, string[]]> = [
      ['no arguments', []],
      ['no files', ['check']],
      ['an unknown option', ['check', '--frobnicate', COMPLETE]],
      ['an unknown format', ['check', '--format', 'xml', COMPLETE]],
      ['a missing format value', ['check', COMPLETE, '--format']],
      ['an unknown form', ['check', '--form', '10-Q', COMPLETE]],
      ['an unknown command', ['lint', COMPLETE]],
    ];
    for (const [name, args] of bad) {
      it(`exits 2 with a message on stderr and nothing on stdout for ${name}`, function () {
        const r = run(args);
        assert.equal(r.status, 2);
        assert.match(r.stderr, /^item1c: /);
        assert.equal(r.stdout, '');
      });
    }

    it('accepts --format=json', function () {
      const r = run(['check', '--format=json', COMPLETE]);
      assert.doesNotThrow(() => JSON.parse(r.stdout));
    });
  });

  describe('a rule that throws', function () {
    it('is one finding in the output and one line on stderr; the other findings are unchanged', function () {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'item1c-cli-fault-'));
      try {
        const draft = path.join(dir, 'draft.md');
        fs.writeFileSync(draft, `${fs.readFileSync(MISSING, 'utf8')}\nITEM1C-RULE-FAULT\n`);
        const plain = run(['check', '--format', 'json', draft]);
        const faulty = run(['check', '--format', 'json', draft], { env: { ...process.env, ITEM1C_TEST_RULE_FAULT: 'ITEM1C-RULE-FAULT' } });
        const rules = (r: Run) => checked(JSON.parse(r.stdout) as JsonDoc, 0).diagnostics.map((d) => d.rule);
        const internal = rules(faulty).filter((r) => r === 'internal-error');
        assert.equal(internal.length, 1);
        assert.deepEqual(rules(faulty).filter((r) => r !== 'internal-error'), rules(plain));
        assert.equal(plain.stderr, '');
        assert.match(faulty.stderr, /draft\.md: Rule test-fault could not run: rule fault injected/);
        assert.equal(faulty.stderr.trim().split('\n').length, 1);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('exit codes', function () {
    it('exits 0 for the complete draft, which has no error-severity findings', function () {
      const json = run(['check', '--format', 'json', COMPLETE]);
      const file = checked(JSON.parse(json.stdout) as JsonDoc, 0);
      const errors = file.diagnostics.filter((d) => d.severity === 'error');
      assert.deepEqual(errors, [], 'the complete example draft should pass');
      assert.equal(run(['check', COMPLETE]).status, 0);
    });

    it('exits 1 for the draft with missing elements', function () {
      const r = run(['check', '--format', 'json', MISSING]);
      assert.equal(r.status, 1);
      const file = checked(JSON.parse(r.stdout) as JsonDoc, 0);
      assert.ok(file.diagnostics.some((d) => d.severity === 'error'));
      const lacking = ['erm-integration', 'third-party-assessors', 'service-provider-oversight', 'material-effect', 'management-expertise', 'management-informed'];
      for (const id of lacking) {
        const el = file.elements.find((e) => e.id === id);
        assert.notEqual(el?.status, 'present', `${id} is not in the draft`);
      }
    });

    it('exits 1 exactly when some file has an error-severity finding', function () {
      for (const example of ALL_EXAMPLES) {
        const json = JSON.parse(run(['check', '--format', 'json', example]).stdout) as JsonDoc;
        const hasError = checked(json, 0).diagnostics.some((d) => d.severity === 'error');
        for (const format of ['text', 'json', 'sarif']) {
          assert.equal(run(['check', '--format', format, example]).status, hasError ? 1 : 0, `${example} --format ${format}`);
        }
      }
    });

    it('exits 2 for a missing file, names it on stderr, and still reports the good file', function () {
      const r = run(['check', '--format', 'json', 'no/such/draft.md', COMPLETE]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /no\/such\/draft\.md/);
      const doc = JSON.parse(r.stdout) as JsonDoc;
      assert.equal(doc.files.length, 2);
      const [missing] = doc.files;
      assert.ok(isError(missing));
      assert.equal(missing.path, 'no/such/draft.md');
      assert.equal(typeof missing.error, 'string');
      assert.equal(checked(doc, 1).path, COMPLETE);
      assert.equal(checked(doc, 1).elements.length, 12);

      const text = run(['check', 'no/such/draft.md', COMPLETE]);
      assert.equal(text.status, 2);
      assert.match(text.stderr, /no\/such\/draft\.md/);
      assert.ok(text.stdout.includes(COMPLETE), 'the readable file is still reported');
      assert.match(text.stdout, /1 file could not be read/);
    });

    it('exits 2 for a directory argument, naming it', function () {
      const r = run(['check', '--format', 'json', directory, COMPLETE]);
      assert.equal(r.status, 2);
      assert.ok(r.stderr.includes(directory));
      const doc = JSON.parse(r.stdout) as JsonDoc;
      assert.ok(isError(doc.files[0]));
      assert.match((doc.files[0] as JsonError).error, /directory/);
      assert.equal(checked(doc, 1).path, COMPLETE);
    });
  });

  describe('--format json', function () {
    it('has the documented shape for every example, with evidence pointing at the quoted text', function () {
      const r = run(['check', '--format', 'json', ...ALL_EXAMPLES]);
      const doc = JSON.parse(r.stdout) as JsonDoc;
      assert.equal(typeof doc.version, 'string');
      assert.deepEqual(doc.files.map((f) => f.path), ALL_EXAMPLES, 'one entry per file, in argument order');
      doc.files.forEach((_f, i) => {
        const file = checked(doc, i);
        assertFileShape(file, fs.readFileSync(path.join(ROOT, file.path), 'utf8'));
        assert.equal(file.section.found, true, `${file.path} has a cybersecurity heading`);
      });
    });

    it('finds every element in the complete draft, with evidence', function () {
      const file = checked(JSON.parse(run(['check', '--format', 'json', COMPLETE]).stdout) as JsonDoc, 0);
      assert.equal(file.form, '10-K');
      assert.equal(file.section.heading, 'Item 1C. Cybersecurity');
      assert.equal(file.section.startLine, 1);
      for (const el of file.elements) {
        assert.equal(el.status, 'present', `${el.id}: ${el.reason}`);
        assert.ok(el.evidence.length > 0, `${el.id} has evidence`);
      }
    });

    it('bounds the section in a whole annual report by the neighbouring Items', function () {
      const file = checked(JSON.parse(run(['check', '--format', 'json', ANNUAL]).stdout) as JsonDoc, 0);
      const lines = splitLines(fs.readFileSync(path.join(ROOT, ANNUAL), 'utf8'));
      const heading = lines.findIndex((l) => l === '## Item 1C. Cybersecurity') + 1;
      const next = lines.findIndex((l) => l === '## Item 2. Properties') + 1;
      assert.equal(file.section.startLine, heading);
      assert.ok((file.section.endLine as number) < next && (file.section.endLine as number) >= next - 2);
      for (const el of file.elements) {
        for (const ev of el.evidence) {
          assert.ok(ev.startLine > heading && ev.endLine < next, `${el.id} evidence on line ${ev.startLine} lies outside Item 1C`);
        }
      }
    });

    it('reads a file with a BOM and CRLF line ends like the same file without them', function () {
      const doc = JSON.parse(run(['check', '--format', 'json', bomCrlf, COMPLETE]).stdout) as JsonDoc;
      const windows = checked(doc, 0);
      const unix = checked(doc, 1);
      assertFileShape(windows, fs.readFileSync(bomCrlf, 'utf8'));
      assert.equal(windows.section.startLine, 1);
      assert.equal(windows.section.heading, 'Item 1C. Cybersecurity');
      assert.deepEqual(
        windows.elements.map((e) => [e.id, e.status, e.evidence.map((ev) => ev.startLine)]),
        unix.elements.map((e) => [e.id, e.status, e.evidence.map((ev) => ev.startLine)]),
      );
    });

    it('reports found:false, no elements and no element diagnostics for a file without the heading', function () {
      const r = run(['check', '--format', 'json', noHeading]);
      const file = checked(JSON.parse(r.stdout) as JsonDoc, 0);
      assertFileShape(file, fs.readFileSync(noHeading, 'utf8'));
      assert.deepEqual(file.section, { found: false, heading: null, startLine: null, endLine: null, crossReference: null });
      assert.deepEqual(file.elements, []);
      assert.deepEqual(file.diagnostics.filter((d) => d.element !== null), []);
      assert.equal(r.status, file.diagnostics.some((d) => d.severity === 'error') ? 1 : 0);
    });

    it('cites Item 106 for a 10-K, Item 16K with --form 20-F, and detects a 20-F from its heading', function () {
      const tenK = checked(JSON.parse(run(['check', '--format', 'json', COMPLETE]).stdout) as JsonDoc, 0);
      for (const el of tenK.elements) assert.match(el.cite, /^Item 106\(/);

      const forced = checked(JSON.parse(run(['check', '--format', 'json', '--form', '20-F', COMPLETE]).stdout) as JsonDoc, 0);
      assert.equal(forced.form, '20-F');
      for (const el of forced.elements) assert.match(el.cite, /^Item 16K\(/);

      const auto = checked(JSON.parse(run(['check', '--format', 'json', TWENTY_F]).stdout) as JsonDoc, 0);
      assert.equal(auto.form, '20-F');
      assert.match(auto.section.heading ?? '', /Item 16K/);
      for (const el of auto.elements) assert.match(el.cite, /^Item 16K\(/);
    });

    it('reports paths as given, relative to the working directory', function () {
      const r = run(['check', '--format', 'json', 'complete-draft.md', './missing-elements-draft.md'], { cwd: EXAMPLES });
      const doc = JSON.parse(r.stdout) as JsonDoc;
      assert.deepEqual(doc.files.map((f) => f.path), ['complete-draft.md', './missing-elements-draft.md']);
    });

    it('delivers large output through a pipe completely, even to a slow reader', async function () {
      const count = 60;
      const source = fs.readFileSync(path.join(ROOT, ANNUAL));
      const files: string[] = [];
      for (let i = 0; i < count; i++) {
        const file = path.join(tmp, `report-${i}.md`);
        fs.writeFileSync(file, source);
        files.push(file);
      }
      const child = spawn(process.execPath, [CLI, 'check', '--format', 'json', ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
      const chunks: Buffer[] = [];
      let paused = false;
      child.stdout.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        if (!paused) {
          // Stall the reader so the pipe fills while the CLI is still writing.
          paused = true;
          child.stdout.pause();
          setTimeout(() => child.stdout.resume(), 300);
        }
      });
      const status = await new Promise<number | null>((resolve, reject) => {
        child.on('error', reject);
        child.on('close', (code) => resolve(code));
      });
      const out = Buffer.concat(chunks).toString('utf8');
      assert.ok(out.length > 256 * 1024, `expected a large document, got ${out.length} bytes`);
      const doc = JSON.parse(out) as JsonDoc;
      assert.equal(doc.files.length, count);
      assert.deepEqual(doc.files.map((f) => f.path), files);
      assert.ok(status === 0 || status === 1, `exit status ${status}`);
    });
  });

  describe('--format sarif', function () {
    interface SarifResult {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: JsonRange } }>;
    }

    it('is SARIF 2.1.0 with rules for the twelve elements and well-formed results', function () {
      const r = run(['check', '--format', 'sarif', MISSING, COMPLETE]);
      assert.equal(r.status, 1);
      const log = JSON.parse(r.stdout);
      assert.equal(log.version, '2.1.0');
      assert.equal(log.runs.length, 1);
      const run0 = log.runs[0];
      assert.equal(run0.tool.driver.name, 'item1c');
      assert.equal(typeof run0.tool.driver.version, 'string');
      const rules = run0.tool.driver.rules as Array<{ id: string; helpUri?: string; fullDescription?: { text: string } }>;
      const ruleIds = rules.map((x) => x.id);
      assert.deepEqual(ruleIds.slice(0, 12), ELEMENT_IDS);
      for (const rule of rules.slice(0, 12)) {
        assert.match(rule.helpUri ?? '', /^https:\/\/www\.ecfr\.gov\/.*229\.106/);
        assert.ok((rule.fullDescription?.text ?? '').length > 0);
      }

      const results = run0.results as SarifResult[];
      assert.ok(results.length > 0, 'the incomplete draft yields results');
      assert.ok(results.some((x) => x.level === 'error'));
      const lines = splitLines(fs.readFileSync(path.join(ROOT, MISSING), 'utf8')).length;
      for (const result of results) {
        assert.equal(typeof result.ruleId, 'string');
        assert.equal(rules[result.ruleIndex].id, result.ruleId, 'ruleIndex points at the rule');
        assert.ok(['error', 'warning', 'note'].includes(result.level));
        assert.ok(result.message.text.length > 0);
        const loc = result.locations[0].physicalLocation;
        assert.equal(loc.artifactLocation.uri, MISSING, 'uri is the path relative to the working directory');
        assertRange(loc.region, 'region', lines);
      }
    });

    it('records an unreadable file as a failed invocation and still reports the others', function () {
      const r = run(['check', '--format', 'sarif', 'missing.md', MISSING]);
      assert.equal(r.status, 2);
      const run0 = JSON.parse(r.stdout).runs[0];
      assert.equal(run0.invocations[0].executionSuccessful, false);
      assert.match(run0.invocations[0].toolExecutionNotifications[0].message.text, /missing\.md/);
      assert.ok(run0.results.length > 0);
    });
  });

  describe('--format text', function () {
    it('prints the checklist, diagnostics as path:line:col and a summary line, without colour in a pipe', function () {
      const env = { ...process.env };
      delete env.NO_COLOR;
      const r = run(['check', MISSING, COMPLETE], { env });
      assert.equal(r.status, 1);
      assert.doesNotMatch(r.stdout, /\u001b\[/, 'no ANSI escapes when stdout is not a terminal');
      for (const id of ELEMENT_IDS) assert.match(r.stdout, new RegExp(`^ {4}\\S+ \\S+\\s+${id} +Item 106\\(`, 'm'));

      const doc = JSON.parse(run(['check', '--format', 'json', MISSING, COMPLETE]).stdout) as JsonDoc;
      let errors = 0;
      let warnings = 0;
      for (const [i, p] of [MISSING, COMPLETE].entries()) {
        for (const d of checked(doc, i).diagnostics) {
          assert.ok(r.stdout.includes(`${p}:${d.startLine}:${d.startColumn}  ${d.severity}`), `diagnostic line for ${d.rule}`);
          assert.ok(r.stdout.includes(`[${d.rule}]`));
          if (d.severity === 'error') errors++;
          if (d.severity === 'warning') warnings++;
        }
      }
      const summary = new RegExp(`^${errors} errors?, ${warnings} warnings?(, .*)? in 2 files$`, 'm');
      assert.match(r.stdout, summary);
    });

    it('says when a file has no cybersecurity heading', function () {
      const r = run(['check', noHeading]);
      assert.match(r.stdout, /no "Item 1C\. Cybersecurity" or "Item 16K\. Cybersecurity" heading found/);
      assert.match(r.stdout, / in 1 file$/m);
    });
  });
});
