// item1c's own messages, as the VS Code client uses them: the checklist pushed after every publish
// (and on request), the "Insert section" fix of one element, and the exported checklist report.
// Expectations are taken from the server's own diagnostics, so they survive recogniser changes.
import * as assert from 'node:assert/strict';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import {
  CHECKLIST_METHOD,
  EXPORT_CHECKLIST_METHOD,
  INSERT_FIX_METHOD,
  type Checklist,
  type InsertFix,
} from '../../server/src/lsp/protocol';
import { startServer, type LspClient } from '../support/lspClient';

const URI = 'file:///work/drafts/checklist-draft.md';
const DRAFT = `# Item 1C. Cybersecurity

## Risk Management and Strategy

We have implemented processes for assessing, identifying and managing risks from cybersecurity threats.
These processes include vulnerability scanning, employee security training and an incident response plan.

## Governance

Our Board of Directors oversees risks from cybersecurity threats through its Audit Committee.
`;

interface Pushed {
  checklists: Checklist[];
  waitFor(predicate: (c: Checklist) => boolean, timeoutMs?: number): Promise<Checklist>;
}

function collectChecklists(client: LspClient): Pushed {
  const checklists: Checklist[] = [];
  let waiters: (() => void)[] = [];
  client.connection.onNotification(CHECKLIST_METHOD, (c: Checklist) => {
    checklists.push(c);
    const now = waiters;
    waiters = [];
    for (const w of now) w();
  });
  return {
    checklists,
    waitFor(predicate, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching ${CHECKLIST_METHOD} within ${timeoutMs} ms (got ${checklists.length})`)), timeoutMs);
        const check = () => {
          const found = checklists.find(predicate);
          if (found) {
            clearTimeout(timer);
            resolve(found);
          } else waiters.push(check);
        };
        check();
      });
    },
  };
}

describe('item1c/checklist, item1c/insertFix and item1c/exportChecklist', function () {
  let client: LspClient;
  let pushed: Pushed;
  let published: PublishDiagnosticsParams;

  before(async function () {
    client = await startServer({
      initializationOptions: { snippetInsertion: true, checklist: true },
      settings: () => ({ debounceMs: 0 }),
    });
    pushed = collectChecklists(client);
    client.open(URI, DRAFT, 1);
    published = await client.waitForDiagnostics(URI, (p) => p.version === 1);
  });

  after(async function () {
    if (client) {
      await client.stop().catch(() => client.dispose());
    }
  });

  it('pushes a checklist for the published version with all twelve elements', async function () {
    const checklist = await pushed.waitFor((c) => c.uri === URI && c.version === 1);
    assert.equal(checklist.item, 'Item 1C');
    assert.equal(checklist.form, '10-K');
    assert.equal(checklist.section.found, true);
    assert.equal(checklist.section.heading, 'Item 1C. Cybersecurity');
    assert.deepEqual(checklist.section.range?.start, { line: 0, character: 2 });
    assert.equal(checklist.elements.length, 12);
    assert.deepEqual(
      checklist.elements.map((e) => e.part),
      ['rms', 'rms', 'rms', 'rms', 'rms', 'gov', 'gov', 'gov', 'gov', 'gov', 'gov', 'gov'],
    );
    for (const e of checklist.elements) {
      assert.ok(e.title && e.reason && e.cite.startsWith('Item 106('), JSON.stringify(e));
      assert.match(e.url, /^https:\/\/www\.ecfr\.gov\//);
      if (e.status === 'present') assert.ok(e.evidence.length > 0, `${e.id} is present without evidence`);
    }
  });

  it('agrees with the diagnostics: missing elements are the fixable ones, counts add up', async function () {
    const checklist = await pushed.waitFor((c) => c.uri === URI && c.version === 1);
    const missingCodes = published.diagnostics.filter((d) => /^Missing:/.test(String(d.message))).map((d) => String(d.code)).sort();
    const missing = checklist.elements.filter((e) => e.status === 'missing');
    assert.deepEqual(missing.map((e) => e.id).sort(), missingCodes);
    for (const e of checklist.elements) assert.equal(e.fixable, e.status === 'missing', e.id);
    const s = checklist.summary;
    assert.equal(s.total, 12);
    assert.equal(s.present + s.partial + s.missing + s.notApplicable + s.waived, 12);
    assert.equal(s.addressed, s.present + s.notApplicable + s.waived);
    assert.equal(s.errors, published.diagnostics.filter((d) => d.severity === 1).length);
    assert.equal(s.worst, s.errors > 0 ? 'error' : s.warnings > 0 ? 'warning' : s.worst);
    assert.equal(checklist.blockers, checklist.blockerGroups.reduce((n, g) => n + g.count, 0));
  });

  it('answers the request with the same checklist', async function () {
    const pushedOne = await pushed.waitFor((c) => c.uri === URI && c.version === 1);
    const requested = await client.connection.sendRequest<Checklist | null>(CHECKLIST_METHOD, { uri: URI });
    assert.deepEqual(requested, pushedOne);
    assert.equal(await client.connection.sendRequest(CHECKLIST_METHOD, { uri: 'file:///not/open.md' }), null);
  });

  it('returns the "Insert section" fix of a missing element as snippet insertions for the current version', async function () {
    const checklist = await pushed.waitFor((c) => c.uri === URI && c.version === 1);
    const missing = checklist.elements.find((e) => e.status === 'missing')!;
    const fix = await client.connection.sendRequest<InsertFix | null>(INSERT_FIX_METHOD, { uri: URI, element: missing.id });
    assert.ok(fix);
    assert.equal(fix.title, `Insert section: ${missing.title}`);
    assert.equal(fix.uri, URI);
    assert.equal(fix.version, 1);
    assert.ok(fix.insertions.length > 0);
    for (const i of fix.insertions) {
      assert.ok(Number.isInteger(i.line) && Number.isInteger(i.character));
      assert.match(i.snippet, /\$\{1[:|]/, 'the snippet has tab stops');
    }
    const present = checklist.elements.find((e) => e.status === 'present')!;
    assert.equal(await client.connection.sendRequest(INSERT_FIX_METHOD, { uri: URI, element: present.id }), null);
    const all = await client.connection.sendRequest<InsertFix | null>(INSERT_FIX_METHOD, { uri: URI, element: 'all' });
    assert.equal(all?.title, 'Insert all missing sections');
  });

  it('pushes an updated checklist after an edit', async function () {
    const since = client.mark();
    client.change(URI, 2, [{ text: DRAFT.replace('# Item 1C. Cybersecurity', '# Item 16K. Cybersecurity') }]);
    await client.waitForDiagnostics(URI, (p) => p.version === 2, since);
    const checklist = await pushed.waitFor((c) => c.uri === URI && c.version === 2);
    assert.equal(checklist.item, 'Item 16K');
    assert.ok(checklist.elements.every((e) => e.cite.startsWith('Item 16K(')));
  });

  it('exports the checklist as HTML and Markdown', async function () {
    const html = await client.connection.sendRequest<string | null>(EXPORT_CHECKLIST_METHOD, { uri: URI, format: 'html' });
    assert.ok(html?.startsWith('<!DOCTYPE html>'));
    assert.ok(html!.includes('Item 16K. Cybersecurity: disclosure checklist (checklist-draft.md)'));
    assert.ok(!/<script/i.test(html!));
    const md = await client.connection.sendRequest<string | null>(EXPORT_CHECKLIST_METHOD, { uri: URI, format: 'md' });
    assert.match(md ?? '', /^# Item 16K\. Cybersecurity: disclosure checklist\n/);
    assert.match(md ?? '', /- \*\*Draft:\*\* `checklist-draft\.md`/);
  });

  it('marks waived elements and counts blockers by rule', async function () {
    const uri = 'file:///work/drafts/waived.md';
    const since = client.mark();
    client.open(
      uri,
      `${DRAFT}\n<!-- item1c-disable-file material-effect: discussed under Item 1A -->\n\nThe CISO has [●] years of experience.\n`,
      1,
    );
    const published = await client.waitForDiagnostics(uri, (p) => p.version === 1, since);
    const checklist = await pushed.waitFor((c) => c.uri === uri && c.version === 1);
    const effect = checklist.elements.find((e) => e.id === 'material-effect')!;
    assert.deepEqual(effect.waived, { reason: 'discussed under Item 1A' });
    assert.equal(checklist.summary.waived, 1);
    assert.equal(checklist.summary.addressed, checklist.summary.present + checklist.summary.notApplicable + 1);

    // Error diagnostics whose code is not an element id (element diagnostics carry the element id).
    const blockers = published.diagnostics.filter((d) => d.severity === 1 && !checklist.elements.some((e) => e.id === d.code));
    assert.ok(blockers.length > 0, 'the [●] blank should be an error-severity finding');
    assert.equal(checklist.blockers, blockers.length);
    const blank = checklist.blockerGroups.find((g) => g.rule === 'residue-blank');
    assert.ok(blank, JSON.stringify(checklist.blockerGroups));
    assert.equal(blank.label, `${blank.count} ${blank.count === 1 ? 'blank' : 'blanks'}`);
    assert.equal(checklist.summary.worst, 'error');
    client.close(uri);
  });

  it('does not push checklists to a client that did not ask for them', async function () {
    const plain = await startServer({ settings: () => ({ debounceMs: 0 }) });
    try {
      const got: unknown[] = [];
      plain.connection.onNotification(CHECKLIST_METHOD, (c: unknown) => {
        got.push(c);
      });
      plain.open(URI, DRAFT, 1);
      await plain.waitForDiagnostics(URI, (p) => p.version === 1);
      await new Promise((r) => setTimeout(r, 100));
      assert.deepEqual(got, []);
      // The request still works: any client may ask.
      const requested = await plain.connection.sendRequest<Checklist | null>(CHECKLIST_METHOD, { uri: URI });
      assert.equal(requested?.elements.length, 12);
    } finally {
      await plain.stop().catch(() => plain.dispose());
    }
  });
});
