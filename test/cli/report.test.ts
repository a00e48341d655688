// `item1c report`: the disclosure committee's checklist, from the shipped CLI bundle. The HTML is
// parsed with a real HTML parser (parse5); the verdicts it shows are compared with `check --format
// json` on the same draft, so the report can never say something the checker does not.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { allElements, attr, byClass, byId, byTag, classes, parsePage, textOf } from '../support/html';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const MISSING = 'examples/missing-elements-draft.md';
const COMPLETE = 'examples/complete-draft.md';
const TWENTY_F = 'examples/20f-item16k-draft.md';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, SOURCE_DATE_EPOCH: '1739529120', ...env },
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonElement {
  id: string;
  title: string;
  status: string;
  cite: string;
  reason: string;
  evidence: { startLine: number; text: string }[];
}

function checkJson(file: string): { elements: JsonElement[]; diagnostics: { rule: string; severity: string; message: string }[] } {
  const result = run(['check', '--format', 'json', file]);
  return JSON.parse(result.stdout).files[0];
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('item1c report', function () {
  let tmp: string;

  before(function () {
    if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'item1c-report-'));
  });

  after(function () {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  describe('--format html (default)', function () {
    let html: string;
    let page: ReturnType<typeof parsePage>;
    let expected: ReturnType<typeof checkJson>;

    before(function () {
      const result = run(['report', MISSING]);
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stderr, '');
      html = result.stdout;
      page = parsePage(html);
      expected = checkJson(MISSING);
    });

    it('is a well-formed HTML document: doctype, no parse errors, one html/head/body', function () {
      assert.match(html, /^<!DOCTYPE html>\n/);
      assert.deepEqual(
        page.errors.map((e) => `${e.code} at ${e.startLine}:${e.startCol}`),
        [],
        'the HTML parser reported errors',
      );
      const tags = allElements(page.document).map((e) => e.tagName);
      for (const tag of ['html', 'head', 'body', 'title', 'main']) assert.equal(tags.filter((t) => t === tag).length, 1, `one <${tag}>`);
      assert.equal(attr(byTag(page.document, 'html')[0], 'lang'), 'en');
      assert.ok(byTag(page.document, 'meta').some((m) => attr(m, 'charset') === 'utf-8'));
      assert.match(textOf(byTag(page.document, 'title')[0]), /^Item 1C\. Cybersecurity: disclosure checklist \(examples\/missing-elements-draft\.md\)$/);
    });

    it('loads nothing and runs nothing: no scripts, external resources or event handlers', function () {
      const elements = allElements(page.document);
      for (const tag of ['script', 'link', 'img', 'iframe', 'object', 'embed', 'video', 'audio', 'source', 'base', 'form']) {
        assert.equal(elements.filter((e) => e.tagName === tag).length, 0, `found <${tag}>`);
      }
      for (const e of elements) {
        for (const a of e.attrs) {
          assert.ok(!/^on/i.test(a.name), `event handler ${a.name} on <${e.tagName}>`);
          assert.ok(a.name !== 'src' && a.name !== 'srcset', `<${e.tagName} ${a.name}>`);
        }
        const href = attr(e, 'href');
        if (href !== undefined) assert.match(href, /^(#|https:\/\/www\.ecfr\.gov\/)/, `unexpected link ${href}`);
      }
      const css = byTag(page.document, 'style').map(textOf).join('\n');
      assert.ok(css.length > 500, 'inline style sheet missing');
      assert.doesNotMatch(css, /@import|url\(/, 'the style sheet fetches something');
      assert.match(css, /@media print/, 'no print styles');
      assert.match(css, /@page/, 'no page margins for print');
    });

    it('shows the twelve elements with the same status, citation and reason as `check`', function () {
      const articles = byTag(page.document, 'article');
      assert.equal(articles.length, 12);
      assert.equal(expected.elements.length, 12);
      for (const element of expected.elements) {
        const article = byId(page.document, `el-${element.id}`);
        assert.ok(article, `no article for ${element.id}`);
        assert.ok(classes(article).includes(element.status), `${element.id}: classes ${classes(article).join(' ')} lack ${element.status}`);
        const text = textOf(article);
        assert.ok(text.includes(element.title), `${element.id}: title`);
        assert.ok(text.includes(element.cite), `${element.id}: citation ${element.cite}`);
        assert.ok(text.includes(oneLine(element.reason)), `${element.id}: reason`);
        const quotes = byTag(article, 'blockquote');
        assert.equal(quotes.length, element.evidence.length, `${element.id}: one quote per evidence sentence`);
        element.evidence.forEach((ev, i) => {
          const quote = textOf(quotes[i]);
          assert.ok(quote.includes(oneLine(ev.text)), `${element.id}: evidence ${i} not quoted:\n${quote}`);
          assert.ok(quote.includes(`Line ${ev.startLine}`), `${element.id}: evidence ${i} lacks its line number`);
        });
      }
      // Disclosure order, grouped under the two parts.
      assert.deepEqual(
        articles.map((a) => attr(a, 'id')),
        expected.elements.map((e) => `el-${e.id}`),
      );
      const parts = byClass(page.document, 'part').map((s) => textOf(byTag(s, 'h2')[0]));
      assert.deepEqual(parts, ['Risk Management and Strategy', 'Governance']);
    });

    it('has a visual summary: a proportional status bar and a twelve-cell grid', function () {
      const count = (status: string) => expected.elements.filter((e) => e.status === status).length;
      const addressed = count('present') + count('not-applicable');
      const summary = byId(page.document, 'summary')!;
      assert.ok(textOf(summary).includes(`${addressed} of 12 required elements addressed`), textOf(summary));

      const bar = byClass(summary, 'bar')[0];
      assert.equal(attr(bar, 'role'), 'img');
      const segments = byTag(bar, 'span').map((s) => ({ cls: classes(s)[0], flex: Number(/flex:(\d+)/.exec(attr(s, 'style') ?? '')?.[1]) }));
      assert.equal(segments.reduce((n, s) => n + s.flex, 0), 12, JSON.stringify(segments));
      for (const s of segments) assert.equal(s.flex, count(s.cls.replace(/^seg-/, '')), s.cls);

      const cells = byClass(summary, 'cell');
      assert.equal(cells.length, 12);
      cells.forEach((cell, i) => {
        assert.ok(classes(cell).includes(expected.elements[i].status), `cell ${i + 1}`);
        assert.equal(attr(byTag(cell, 'a')[0], 'href'), `#el-${expected.elements[i].id}`);
      });
    });

    it('lists blockers and waivers, saying so when there are none', function () {
      const blockers = byId(page.document, 'blockers')!;
      const errors = expected.diagnostics.filter((d) => d.severity === 'error' && !d.rule.startsWith('element-'));
      if (errors.length === 0) assert.match(textOf(blockers), /None/);
      else assert.equal(byTag(blockers, 'tr').length, errors.length + 1);
      assert.ok(byId(page.document, 'waivers'), 'no waivers section');
      assert.ok(byId(page.document, 'signoff'), 'no sign-off table');
    });

    it('stamps the check time, reproducibly with SOURCE_DATE_EPOCH', function () {
      assert.ok(textOf(byTag(page.document, 'header')[0]).includes('2025-02-14 10:32 UTC by item1c'), textOf(byTag(page.document, 'header')[0]));
    });
  });

  describe('--format md', function () {
    it('writes Markdown to the -o file and nothing to stdout', function () {
      const out = path.join(tmp, 'checklist.md');
      const result = run(['report', '--format', 'md', '-o', out, MISSING]);
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stdout, '');
      const md = fs.readFileSync(out, 'utf8');
      const expected = checkJson(MISSING);
      assert.match(md, /^# Item 1C\. Cybersecurity: disclosure checklist\n/);
      for (const heading of ['## Summary', '## Risk Management and Strategy', '## Governance', '## Blockers before filing', '## Waivers', '## Review']) {
        assert.ok(md.includes(`\n${heading}\n`), `missing ${heading}`);
      }
      const rows = md.split('\n').filter((l) => /^\| \d+ \|/.test(l));
      assert.equal(rows.length, 12);
      expected.elements.forEach((element, i) => {
        const cells = rows[i].split(' | ');
        assert.equal(cells[1], element.title);
        assert.match(cells[3], new RegExp(element.status === 'not-applicable' ? 'Not applicable' : element.status, 'i'));
        assert.equal(cells[4].replace(/ \|$/, ''), element.cite);
        const section = md.slice(md.indexOf(`### ${i + 1}. ${element.title}`));
        assert.ok(section.length > 0, `no section for ${element.id}`);
        for (const ev of element.evidence) {
          assert.ok(md.includes(`> ${oneLine(ev.text).replace(/([\\`*_[\]<>])/g, '\\$1')} (line ${ev.startLine})`), `${element.id}: evidence not quoted`);
        }
      });
    });

    it('--output=FILE and --format=markdown are accepted too', function () {
      const out = path.join(tmp, 'complete.md');
      const result = run(['report', `--output=${out}`, '--format=markdown', COMPLETE]);
      assert.equal(result.status, 0, result.stderr);
      assert.match(fs.readFileSync(out, 'utf8'), /\*\*12 of 12 required elements addressed\*\*/);
    });
  });

  it('uses Item 16K and its citations for a Form 20-F draft', function () {
    const result = run(['report', '--format', 'md', TWENTY_F]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^# Item 16K\. Cybersecurity: disclosure checklist/);
    assert.match(result.stdout, /- \*\*Form:\*\* Form 20-F/);
    assert.ok(result.stdout.includes('| Item 16K(b)(1) |'));
    assert.ok(!result.stdout.includes('| Item 106('));
  });

  it('shows the draft\'s waiver comments with their reasons, and its blockers', function () {
    const draft = path.join(tmp, 'waived.md');
    fs.writeFileSync(
      draft,
      '# Item 1C. Cybersecurity\n\n<!-- item1c-disable-file material-effect: discussed in Item 1A by cross-reference -->\n\n' +
        'Our Board of Directors oversees risks from cybersecurity threats. The CISO reports to the Board [quarterly/annually].\n',
    );
    const blockers = checkJson(draft).diagnostics.filter((d) => d.severity === 'error' && !d.rule.startsWith('element-'));
    assert.ok(blockers.length > 0, 'the draft should have an error-severity residue finding');

    const page = parsePage(run(['report', draft]).stdout);
    assert.deepEqual(page.errors, []);
    const effect = byId(page.document, 'el-material-effect')!;
    assert.ok(classes(effect).includes('waived'), classes(effect).join(' '));
    assert.ok(textOf(effect).includes('Waiver: discussed in Item 1A by cross-reference'), textOf(effect));
    const waivers = byId(page.document, 'waivers')!;
    assert.ok(textOf(waivers).includes('material-effect'));
    assert.ok(textOf(waivers).includes('discussed in Item 1A by cross-reference'));
    const rows = byTag(byId(page.document, 'blockers')!, 'tr').slice(1);
    assert.equal(rows.length, blockers.length);
    blockers.forEach((b, i) => assert.ok(textOf(rows[i]).includes(b.message), textOf(rows[i])));

    const md = run(['report', '--format', 'md', draft]).stdout;
    assert.match(md, /\| `material-effect` \| discussed in Item 1A by cross-reference \|/);
    assert.ok(md.includes(`; ${blockers.length} ${blockers.length === 1 ? 'blocker' : 'blockers'} before filing.`), md);
  });

  it('escapes the draft: markup in a quoted sentence stays text', function () {
    const draft = path.join(tmp, 'hostile.md');
    fs.writeFileSync(
      draft,
      '# Item 1C. Cybersecurity\n\nOur Board of Directors oversees risks from cybersecurity threats <script>alert(1)</script> & "more" <img src=x onerror=alert(2)>.\n',
    );
    const result = run(['report', draft]);
    assert.equal(result.status, 0, result.stderr);
    const page = parsePage(result.stdout);
    assert.deepEqual(page.errors, []);
    const tags = allElements(page.document).map((e) => e.tagName);
    assert.ok(!tags.includes('script') && !tags.includes('img'), 'markup from the draft became elements');
    const quote = textOf(byTag(byId(page.document, 'el-board-oversight')!, 'blockquote')[0]);
    assert.ok(quote.includes('<script>alert(1)</script> & "more" <img src=x onerror=alert(2)>'), quote);
  });

  it('reports a draft without an Item 1C heading instead of failing, and --check always checks it', function () {
    const draft = path.join(tmp, 'no-heading.md');
    fs.writeFileSync(draft, 'Our Board of Directors oversees risks from cybersecurity threats.\n');
    const auto = run(['report', '--format', 'md', draft]);
    assert.equal(auto.status, 0, auto.stderr);
    assert.match(auto.stdout, /no "Item 1C\. Cybersecurity" section found/);
    const always = run(['report', '--format', 'md', '--check', 'always', draft]);
    assert.equal(always.status, 0, always.stderr);
    assert.match(always.stdout, /\| 6 \| Board oversight \| Governance \| ✓ Present \|/);
  });

  describe('usage and failures', function () {
    for (const [label, args, pattern] of [
      ['no file', ['report'], /no file to report on/],
      ['two files', ['report', MISSING, COMPLETE], /exactly one file/],
      ['an unknown format', ['report', '--format', 'pdf', MISSING], /unknown report format 'pdf'/],
      ['-o without a value', ['report', MISSING, '-o'], /-o needs a value/],
      ['an unknown option', ['report', '--colour-scheme', MISSING], /unknown option/],
    ] as const) {
      it(`exits 2 with a message and the report usage for ${label}`, function () {
        const result = run([...args]);
        assert.equal(result.status, 2);
        assert.equal(result.stdout, '');
        assert.match(result.stderr, pattern);
        assert.match(result.stderr, /Usage: item1c report/);
      });
    }

    it('exits 2 naming the file when the draft cannot be read', function () {
      const result = run(['report', 'no-such-draft.md']);
      assert.equal(result.status, 2);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /no-such-draft\.md: no such file/);
    });

    it('exits 2 when the output cannot be written', function () {
      const result = run(['report', '-o', path.join(tmp, 'no', 'such', 'dir', 'out.html'), MISSING]);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /could not write .*out\.html: ENOENT/);
    });

    it('prints its own help', function () {
      const result = run(['report', '--help']);
      assert.equal(result.status, 0);
      assert.match(result.stdout, /^Usage: item1c report \[options\] FILE/);
      assert.match(run(['--help']).stdout, /item1c report/);
    });
  });
});
