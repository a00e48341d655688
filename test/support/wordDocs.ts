// Word drafts for the tests, written with the docx package: a fictional Item 1C section with what a
// lawyer's draft carries (heading styles, comments, tracked changes, a footnote, nested lists, a
// table), and damaged or hostile files for the error paths.
import JSZip from 'jszip';
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';

const DATE = '2026-01-15T12:00:00Z';

/** Text of the generated draft that the tests look for. */
export const DRAFT = {
  heading: 'Item 1C. Cybersecurity',
  rms: 'Risk Management and Strategy',
  gov: 'Governance',
  commentA: { author: 'Jane Doe', text: 'Confirm how often the CISO reports.' },
  commentB: { author: 'Richard Roe', text: 'Is the [Audit] Committee right here?' },
  inserted: 'independent ',
  deleted: 'internal ',
  footnote: 'As defined in the NIST Cybersecurity Framework.',
  commentedParagraph: 'Our Chief Information Security Officer (CISO) reports to the Audit Committee quarterly.',
  trackedParagraph: 'We engage independent assessors, consultants and auditors to review our program.',
} as const;

function commented(id: number, text: string): (TextRun | CommentRangeStart | CommentRangeEnd)[] {
  return [new CommentRangeStart(id), new TextRun(text), new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })];
}

/** The draft: two comments, one insertion and one deletion pending, a footnote, nested lists, a table. */
export async function draftDocx(): Promise<Buffer> {
  const doc = new Document({
    comments: {
      children: [
        { id: 0, author: DRAFT.commentA.author, initials: 'JD', date: new Date(DATE), children: [new Paragraph(DRAFT.commentA.text)] },
        { id: 1, author: DRAFT.commentB.author, initials: 'RR', date: new Date(DATE), children: [new Paragraph(DRAFT.commentB.text)] },
      ],
    },
    footnotes: { 1: { children: [new Paragraph(DRAFT.footnote)] } },
    numbering: {
      config: [
        {
          reference: 'steps',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.' },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)' },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: DRAFT.heading, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: DRAFT.rms, heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            children: [
              new TextRun('We maintain processes for assessing, identifying and managing material risks from cybersecurity threats, based on a recognized framework'),
              new FootnoteReferenceRun(1),
              new TextRun('. These processes are integrated into our overall enterprise risk management program.'),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun('We engage '),
              new InsertedTextRun({ text: DRAFT.inserted, id: 10, author: DRAFT.commentA.author, date: DATE }),
              new DeletedTextRun({ text: DRAFT.deleted, id: 11, author: DRAFT.commentA.author, date: DATE }),
              new TextRun('assessors, consultants and auditors to review our program.'),
            ],
          }),
          new Paragraph({ text: 'Our processes include:', heading: undefined }),
          new Paragraph({ text: 'vulnerability scanning and penetration testing;', bullet: { level: 0 } }),
          new Paragraph({ text: 'annual tests by an outside firm;', bullet: { level: 1 } }),
          new Paragraph({ text: 'oversight of third-party service providers through due diligence and contract terms.', bullet: { level: 0 } }),
          new Paragraph({ text: 'When an incident occurs we:', heading: undefined }),
          new Paragraph({ text: 'contain it;', numbering: { reference: 'steps', level: 0 } }),
          new Paragraph({ text: 'notify the CISO within [●] hours;', numbering: { reference: 'steps', level: 1 } }),
          new Paragraph({ text: 'report to the Audit Committee.', numbering: { reference: 'steps', level: 0 } }),
          new Paragraph({ text: DRAFT.gov, heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ children: [new TextRun('Our Chief Information Security Officer (CISO) reports to the Audit Committee '), ...commented(0, 'quarterly'), new TextRun('.')] }),
          new Paragraph({ children: [new TextRun('The '), ...commented(1, 'Audit Committee'), new TextRun(' oversees risks from cybersecurity threats on behalf of the Board of Directors.')] }),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Role')] }), new TableCell({ children: [new Paragraph('Reports to')] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph('CISO')] }), new TableCell({ children: [new Paragraph('Audit Committee')] })] }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A .docx whose paragraphs are all empty. */
export async function emptyDocx(): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(''), new Paragraph({ children: [new TextRun('   ')] })] }] }));
}

/** A valid package with one part that inflates to `megabytes` MB of zeros. */
export async function bombDocx(megabytes: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await draftDocx());
  zip.file('word/media/padding.bin', new Uint8Array(megabytes * 1024 * 1024));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/**
 * The same bomb with its zip headers lying: every declared uncompressed size of the padding part is
 * set to 1 KB, so only counting while inflating can catch it.
 */
export async function lyingBombDocx(megabytes: number): Promise<Buffer> {
  const bytes = await bombDocx(megabytes);
  const name = Buffer.from('word/media/padding.bin');
  const patch = (signature: number, sizeOffset: number, nameOffset: number, nameLengthOffset: number): void => {
    for (let i = 0; i + nameOffset < bytes.length; i++) {
      if (bytes.readUInt32LE(i) !== signature) continue;
      const nameLength = bytes.readUInt16LE(i + nameLengthOffset);
      if (nameLength === name.length && bytes.subarray(i + nameOffset, i + nameOffset + nameLength).equals(name)) bytes.writeUInt32LE(1024, i + sizeOffset);
    }
  };
  patch(0x04034b50, 22, 30, 26); // local file header
  patch(0x02014b50, 24, 46, 28); // central directory header
  return bytes;
}

/** A zip package that is not a Word document. */
export async function notWordZip(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('notes.txt', 'not a Word document');
  return zip.generateAsync({ type: 'nodebuffer' });
}

/**
 * The start of an OLE compound file: its signature, then directory entry names in UTF-16LE as the
 * format stores them. Word's encrypted .docx holds the streams EncryptionInfo and EncryptedPackage; a
 * Word 97-2003 .doc holds WordDocument.
 */
export function oleFile(streams: readonly string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const entries = streams.map((s) => {
    const entry = Buffer.alloc(128);
    Buffer.from(s, 'utf16le').copy(entry);
    entry.writeUInt16LE((s.length + 1) * 2, 64);
    return entry;
  });
  return Buffer.concat([header, ...entries]);
}
