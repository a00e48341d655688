// Word drafts into Markdown (server/src/word), on .docx files the docx package writes here: structure
// kept, comments reported as drafting residue with their author and text, pending tracked changes
// counted and reported, findings located by Word paragraph, and every kind of bad input refused with
// a message that says what the file is.
import * as assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Root } from 'mdast';
import { analyze, LineIndex } from '../../server/src/core';
import { docxToMarkdown, wordLocation, WordInputError, type DocxConversion } from '../../server/src/word';
import { bombDocx, draftDocx, DRAFT, emptyDocx, lyingBombDocx, notWordZip, oleFile } from '../support/wordDocs';

function tree(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
}

function all(node: Nodes, type: string): Nodes[] {
  const out: Nodes[] = node.type === type ? [node] : [];
  if ('children' in node) for (const child of node.children) out.push(...all(child as Nodes, type));
  return out;
}

function plain(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? node.children.map((c) => plain(c as Nodes)).join('') : '';
}

async function refused(bytes: Uint8Array, message: RegExp): Promise<void> {
  await assert.rejects(docxToMarkdown(bytes), (error: unknown) => {
    assert.ok(error instanceof WordInputError, `expected a WordInputError, got ${String(error)}`);
    assert.match(error.message, message);
    return true;
  });
}

describe('Word import: docxToMarkdown', function () {
  let conversion: DocxConversion;
  let root: Root;

  before(async function () {
    conversion = await docxToMarkdown(await draftDocx());
    root = tree(conversion.markdown);
  });

  it('keeps Word heading styles as headings of the same level', function () {
    const headings = all(root, 'heading').map((h) => [(h as { depth: number }).depth, plain(h)]);
    assert.deepEqual(headings, [
      [1, DRAFT.heading],
      [2, DRAFT.rms],
      [2, DRAFT.gov],
    ]);
  });

  it('keeps bulleted and numbered lists, nested', function () {
    const lists = all(root, 'list') as { ordered?: boolean | null; children: Nodes[] }[];
    const top = lists.filter((l) => !lists.some((outer) => outer !== l && all(outer as Nodes, 'list').includes(l as Nodes)));
    assert.deepEqual(top.map((l) => l.ordered === true), [false, true]);
    const nestedBullet = all(top[0] as Nodes, 'list')[1];
    assert.ok(nestedBullet, 'the bulleted list has a nested list');
    assert.equal(plain(nestedBullet).trim(), 'annual tests by an outside firm;');
    const nestedNumbered = all(top[1] as Nodes, 'list')[1] as { ordered?: boolean | null } | undefined;
    assert.ok(nestedNumbered, 'the numbered list has a nested list');
    assert.equal(nestedNumbered.ordered, true);
  });

  it('keeps the footnote as a footnote', function () {
    const refs = all(root, 'footnoteReference');
    const defs = all(root, 'footnoteDefinition');
    assert.equal(refs.length, 1);
    assert.equal(defs.length, 1);
    assert.equal(plain(defs[0]).trim(), DRAFT.footnote);
  });

  it('keeps the table as a table, its first row the header', function () {
    const tables = all(root, 'table');
    assert.equal(tables.length, 1);
    const rows = (tables[0] as { children: Nodes[] }).children.map((r) => (r as { children: Nodes[] }).children.map(plain));
    assert.deepEqual(rows, [
      ['Role', 'Reports to'],
      ['CISO', 'Audit Committee'],
    ]);
  });

  it('turns each comment into a drafting note that the residue rules report with its author and text', function () {
    assert.deepEqual(
      conversion.comments.map((c) => [c.author, c.text]),
      [
        [DRAFT.commentA.author, DRAFT.commentA.text],
        [DRAFT.commentB.author, DRAFT.commentB.text],
      ],
    );
    const notes = analyze(conversion.markdown).findings.filter((f) => f.rule === 'residue-drafting-note');
    for (const c of [DRAFT.commentA, DRAFT.commentB]) {
      // Brackets inside a comment are softened so the note stays one bracket group.
      const text = c.text.replace(/\[/g, '(').replace(/\]/g, ')');
      const finding = notes.find((f) => f.message.includes(c.author));
      assert.ok(finding, `no drafting-note finding names ${c.author}: ${notes.map((f) => f.message).join(' | ')}`);
      assert.ok(finding.message.includes(text), finding.message);
      assert.equal(finding.severity, 'error');
    }
  });

  it('uses the text with tracked changes accepted and reports how many are pending, under the heading', function () {
    assert.deepEqual(conversion.trackedChanges, { insertions: 1, deletions: 1, moves: 0, total: 2 });
    assert.ok(conversion.markdown.includes(DRAFT.trackedParagraph), 'the insertion is kept');
    assert.ok(!conversion.markdown.includes(`${DRAFT.deleted}assessors`), 'the deletion is dropped');
    const lines = conversion.markdown.split('\n');
    assert.equal(lines[0], `# ${DRAFT.heading}`);
    assert.match(lines[2], /^\[Note to Draft: the Word draft has 2 unaccepted tracked changes\. This text is the version with all changes accepted: insertions kept, deletions dropped/);
    const report = analyze(conversion.markdown);
    const finding = report.findings.find((f) => f.rule === 'residue-drafting-note' && f.message.includes('2 unaccepted tracked changes'));
    assert.ok(finding, 'the tracked-changes note is a finding');
    assert.equal(finding.severity, 'error');
    assert.ok(conversion.notes.some((n) => /2 unaccepted tracked changes \(1 inserted, 1 deleted, 0 moved\)/.test(n)), conversion.notes.join('\n'));
  });

  it('leaves bracketed blanks unescaped, so they are reported', function () {
    assert.ok(conversion.markdown.includes('notify the CISO within [●] hours;'));
    const blanks = analyze(conversion.markdown).findings.filter((f) => f.rule === 'residue-blank');
    assert.equal(blanks.length, 1);
  });

  it('locates findings by Word paragraph, quoting the paragraph as Word shows it', function () {
    const report = analyze(conversion.markdown);
    const lines = new LineIndex(conversion.markdown);
    const at = (offset: number) => {
      const p = lines.positionAt(offset);
      return wordLocation(conversion, p.line, p.character);
    };
    const commentFinding = report.findings.find((f) => f.rule === 'residue-drafting-note' && f.message.includes(DRAFT.commentA.author));
    assert.ok(commentFinding);
    const commentAt = at(commentFinding.span.start);
    assert.equal(commentAt.quote, DRAFT.commentedParagraph);
    // Heading, heading, two paragraphs, a lead-in, three bullets, a lead-in, three steps, a heading: the 14th.
    assert.equal(commentAt.paragraph, 14);
    assert.equal(commentAt.where, 'paragraph 14');
    const blank = report.findings.find((f) => f.rule === 'residue-blank');
    assert.ok(blank);
    assert.deepEqual(at(blank.span.start), { paragraph: 11, where: 'paragraph 11', quote: 'notify the CISO within [●] hours;' });
    const tracked = report.findings.find((f) => f.message.includes('unaccepted tracked changes'));
    assert.ok(tracked);
    assert.equal(at(tracked.span.start).paragraph, null);
    assert.equal(at(tracked.span.start).where, 'note added by the conversion');
    // The table's cells are paragraphs too: "Audit Committee" in the second row is the last one.
    const cellLine = conversion.markdown.split('\n').findIndex((l) => l.startsWith('| CISO |'));
    const column = conversion.markdown.split('\n')[cellLine].indexOf('Audit');
    assert.deepEqual(wordLocation(conversion, cellLine, column), { paragraph: conversion.paragraphs.length, where: `paragraph ${conversion.paragraphs.length}`, quote: 'Audit Committee' });
  });

  it('names a footnote by its number', function () {
    const line = conversion.markdown.split('\n').findIndex((l) => l.startsWith('[^1]:'));
    assert.deepEqual(wordLocation(conversion, line, 8), { paragraph: null, where: 'footnote 1', quote: DRAFT.footnote });
  });
});

describe('Word import: bad input', function () {
  this.timeout(60_000);

  it('refuses an empty file', async function () {
    await refused(new Uint8Array(0), /^is empty$/);
  });

  it('recognizes a password-protected .docx (an encrypted OLE compound file)', async function () {
    await refused(oleFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']), /^is password-protected; remove the password in Word/);
  });

  it('recognizes a Word 97-2003 .doc', async function () {
    await refused(oleFile(['Root Entry', 'WordDocument', '1Table']), /^is a Word 97-2003 document \(\.doc\); open it in Word and save it as a Word Document \(\.docx\)$/);
  });

  it('recognizes RTF and other non-zip files', async function () {
    await refused(Buffer.from('{\\rtf1\\ansi Hello}'), /Rich Text/);
    await refused(Buffer.from('# Item 1C. Cybersecurity\n'), /^is not a Word \.docx document \(it is not a zip package\)$/);
  });

  it('refuses a damaged (truncated) .docx', async function () {
    const bytes = await draftDocx();
    await refused(bytes.subarray(0, Math.floor(bytes.length / 2)), /^is damaged/);
  });

  it('refuses a zip package that is not a Word document', async function () {
    await refused(await notWordZip(), /not a Word/);
  });

  it('refuses a zip bomb from its declared sizes, before inflating it', async function () {
    const bomb = await bombDocx(60);
    assert.ok(bomb.length < 1024 * 1024, `the bomb is small on disk (${bomb.length} bytes)`);
    await refused(bomb, /expands to more than 50 MB/);
  });

  it('refuses a zip bomb whose headers understate its size, while inflating it', async function () {
    await refused(await lyingBombDocx(60), /expands to more than 50 MB/);
  });

  it('refuses a document without text', async function () {
    await refused(await emptyDocx(), /^has no text to check$/);
  });
});
