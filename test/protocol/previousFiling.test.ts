// Last year's filing in the language server, over stdio: code lenses on each element's paragraph that
// open the diff against last year's text, and the checklist's "unchanged since last year", with the
// previous filing named by the item1c.previousFiling setting or by previousFiling in .item1c.json.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeLens } from 'vscode-languageserver-protocol/node';
import { CHECKLIST_METHOD, type Checklist } from '../../server/src/lsp/protocol';
import { COMPARE_WITH_PREVIOUS_COMMAND, type CompareLensArgument } from '../../server/src/lsp/previousFilingProtocol';
import { importEdgarRendering } from '../../server/src/import';
import { REPO_ROOT, startServer, type LspClient } from '../support/lspClient';

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures-compare');
const LAST = fs.readFileSync(path.join(FIXTURES, 'last-2023.md'), 'utf8');
const ROLLED = fs.readFileSync(path.join(FIXTURES, 'this-2024-rolled.md'), 'utf8');

async function lensesOf(client: LspClient, uri: string): Promise<CodeLens[]> {
  return (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as CodeLens[];
}

async function checklistOf(client: LspClient, uri: string): Promise<Checklist> {
  return (await client.connection.sendRequest(CHECKLIST_METHOD, { uri })) as Checklist;
}

function byTitle(lenses: CodeLens[]): Map<string, CodeLens> {
  return new Map(lenses.map((l) => [l.command!.title, l]));
}

describe('previous filing: code lenses and "unchanged since last year"', function () {
  this.timeout(20_000);
  let dir: string;
  let client: LspClient | undefined;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'item1c-previous-'));
    fs.writeFileSync(path.join(dir, 'last-2023.md'), LAST);
  });
  afterEach(async () => {
    client?.dispose();
    client = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('with the setting: a lens on each element paragraph, the diff texts, and the checklist change per element', async () => {
    client = await startServer({ settings: () => ({ previousFiling: path.join(dir, 'last-2023.md') }) });
    const uri = pathToFileURL(path.join(dir, 'draft-2024.md')).href;
    client.open(uri, ROLLED);
    const lenses = await lensesOf(client, uri);
    assert.equal(lenses.length, 12);
    const titles = byTitle(lenses);
    const expertise = titles.get('Expertise of responsible management: edited since last year');
    assert.ok(expertise, [...titles.keys()].join('\n'));
    // The lens sits on the first line of the paragraph that holds the element's first sentence.
    assert.deepEqual(expertise.range.start, { line: ROLLED.split('\n').findIndex((l) => l.startsWith('Our Chief Information Security Officer has more than 21')), character: 0 });
    assert.equal(expertise.command!.command, COMPARE_WITH_PREVIOUS_COMMAND);
    const arg = expertise.command!.arguments![0] as CompareLensArgument;
    assert.equal(arg.uri, uri);
    assert.equal(arg.element, 'management-expertise');
    assert.match(arg.last, /more than 20 years/);
    assert.match(arg.current, /more than 21 years/);
    assert.equal(arg.previousFiling, path.join(dir, 'last-2023.md'));
    const committee = titles.get('Responsible board committee: unchanged since last year');
    assert.ok(committee);
    assert.deepEqual(committee.range.start.line, ROLLED.split('\n').findIndex((l) => l.startsWith('Our Board of Directors oversees')));

    const checklist = await checklistOf(client, uri);
    const since = Object.fromEntries(checklist.elements.map((e) => [e.id, e.sinceLastYear]));
    assert.equal(since['management-expertise'], 'edited');
    assert.equal(since['board-committee'], 'unchanged');
    assert.equal(since['material-effect'], 'unchanged');
    assert.equal(checklist.elements.filter((e) => e.sinceLastYear === undefined).length, 0);

    // Put last year's sentence back: the element is unchanged again.
    const line = ROLLED.split('\n').findIndex((l) => l.includes('more than 21 years'));
    const character = ROLLED.split('\n')[line].indexOf('21');
    client.change(uri, 2, [{ range: { start: { line, character }, end: { line, character: character + 2 } }, text: '20' }]);
    const after = await checklistOf(client, uri);
    assert.equal(after.elements.find((e) => e.id === 'management-expertise')?.sinceLastYear, 'unchanged');
    assert.ok(byTitle(await lensesOf(client, uri)).has('Expertise of responsible management: unchanged since last year'));
  });

  it('pushes the checklist with the changes, and lenses a dropped element on the section heading', async () => {
    client = await startServer({ initializationOptions: { checklist: true }, settings: () => ({ previousFiling: 'last-2023.md' }) });
    const pushed: Checklist[] = [];
    client.connection.onNotification(CHECKLIST_METHOD, (c: Checklist) => void pushed.push(c));
    const uri = pathToFileURL(path.join(dir, 'draft-2024.md')).href;
    // Without its assessor sentences: that element is dropped.
    const draft = ROLLED.replace(' We engage third-party assessors and consultants to review our program annually.', '').replace('During fiscal 2024, we completed a review of our incident response plan with an outside consultant.\n\n', '');
    client.open(uri, draft);
    await client.waitForDiagnostics(uri);
    const deadline = Date.now() + 5000;
    while (pushed.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const checklist = pushed.at(-1)!;
    assert.equal(checklist.elements.find((e) => e.id === 'third-party-assessors')?.sinceLastYear, 'dropped');
    assert.equal(checklist.elements.find((e) => e.id === 'board-oversight')?.sinceLastYear, 'unchanged');
    const dropped = byTitle(await lensesOf(client, uri)).get('Third-party assessors and consultants: dropped since last year');
    assert.ok(dropped);
    assert.equal(dropped.range.start.line, 0);
    assert.equal((dropped.command!.arguments![0] as CompareLensArgument).current, '');
  });

  it('with previousFiling in .item1c.json, relative to it: last year read from the EDGAR page saved as HTML', async () => {
    const html = fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures-xbrl', '20f-item16k-cyd-rendering.html'), 'utf8');
    fs.mkdirSync(path.join(dir, 'filed'));
    fs.writeFileSync(path.join(dir, 'filed', 'r9.htm'), html);
    fs.writeFileSync(path.join(dir, '.item1c.json'), '{ "previousFiling": "filed/r9.htm" }');
    const imported = importEdgarRendering(html);
    assert.ok(imported.ok);
    client = await startServer({ settings: () => ({}) });
    const uri = pathToFileURL(path.join(dir, 'draft.md')).href;
    client.open(uri, imported.markdown);
    const checklist = await checklistOf(client, uri);
    assert.deepEqual([...new Set(checklist.elements.map((e) => e.sinceLastYear))], ['unchanged']);
    const lenses = await lensesOf(client, uri);
    assert.ok(lenses.length > 0 && lenses.every((l) => l.command!.title.endsWith(': unchanged since last year')), lenses.map((l) => l.command!.title).join('\n'));
  });

  it('without a previous filing: no lenses and no change in the checklist', async () => {
    client = await startServer({ settings: () => ({}) });
    const uri = pathToFileURL(path.join(dir, 'draft-2024.md')).href;
    client.open(uri, ROLLED);
    assert.deepEqual(await lensesOf(client, uri), []);
    assert.ok((await checklistOf(client, uri)).elements.every((e) => e.sinceLastYear === undefined));
  });

  it('a previous filing that cannot be read is said once, and the draft is still checked', async () => {
    client = await startServer({ settings: () => ({ previousFiling: path.join(dir, 'missing.md') }) });
    const shown: string[] = [];
    client.connection.onNotification('window/showMessage', (p: { message: string }) => void shown.push(p.message));
    const uri = pathToFileURL(path.join(dir, 'draft-2024.md')).href;
    client.open(uri, ROLLED);
    assert.deepEqual(await lensesOf(client, uri), []);
    assert.deepEqual(await lensesOf(client, uri), []);
    const checklist = await checklistOf(client, uri);
    assert.equal(checklist.elements.length, 12);
    assert.ok(checklist.elements.every((e) => e.sinceLastYear === undefined));
    await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(shown, [`item1c cannot compare with last year's filing ${path.join(dir, 'missing.md')}: it does not exist.`]);
    assert.equal(await client.stop(), 0);
    client = undefined;
  });
});
