// A Word draft (.docx) into a Markdown draft: mammoth reads the document into HTML, unified turns the
// HTML into Markdown. Comments and tracked changes are drafting residue, so they are not dropped
// silently: each comment becomes a bracketed note at its anchor, which the residue rules report with
// its author and text, and unaccepted tracked changes become one note under the section heading.
import mammoth from 'mammoth';
import { analyze } from '../core';
import { htmlToMarkdown } from './htmlToMarkdown';
import { openDocx, WordInputError, type TrackedChanges } from './docxPackage';
import { stripParagraphMarks, paragraphMark, type MarkedParagraph } from './paragraphMarks';

export interface WordComment {
  author: string | null;
  text: string;
  /** Word paragraph the comment is anchored in (1-based), or null when not in the body. */
  paragraph: number | null;
}

export interface WordParagraph {
  /** 1-based, counting the paragraphs that hold text, in document order (tables included). */
  number: number;
  /** The paragraph's text as Word shows it with all changes accepted, whitespace collapsed. */
  text: string;
}

export interface DocxConversion {
  markdown: string;
  comments: WordComment[];
  trackedChanges: TrackedChanges;
  paragraphs: WordParagraph[];
  /** Where each Word paragraph ends up in `markdown` (0-based line and column of its end). */
  marks: MarkedParagraph[];
  /** What the conversion did that the reader should know, one sentence each (for stderr or a UI). */
  notes: string[];
}

/** The version of the text the conversion uses when tracked changes are pending: mammoth's. */
export const TRACKED_CHANGES_VERSION = 'all changes accepted: insertions kept, deletions dropped, moved text at its new place';

// Word's own heading styles are mammoth's defaults; a draft's title styles are headings too.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

// mammoth's document model is untyped (its .d.ts types transformDocument as any -> any).
interface MElement {
  type: string;
  children?: MElement[];
  value?: string;
  commentId?: string;
  body?: MElement[];
  authorName?: string | null;
  authorInitials?: string | null;
  [key: string]: unknown;
}

function rawText(element: MElement): string {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab' || element.type === 'break') return ' ';
  const parts = (element.children ?? []).map(rawText);
  return element.type === 'paragraph' ? parts.join('') + '\n' : parts.join('');
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

function textRun(value: string): MElement {
  return {
    type: 'run',
    children: [{ type: 'text', value }],
    styleId: null,
    styleName: null,
    isBold: false,
    isUnderline: false,
    isItalic: false,
    isStrikethrough: false,
    isAllCaps: false,
    isSmallCaps: false,
    verticalAlignment: 'baseline',
    font: null,
    fontSize: null,
    highlight: null,
  };
}

/** `[Comment – Jane Doe: Confirm the frequency.]`: a labelled note the residue rules report. */
export function commentNote(author: string | null, text: string): string {
  // Brackets inside the comment would end the note early; the note must stay one bracket group.
  const body = oneLine(text).replace(/\[/g, '(').replace(/\]/g, ')') || '(empty comment)';
  return `[Comment \u2013 ${author ? oneLine(author).replace(/[[\]:]/g, '') : 'unknown author'}: ${body}]`;
}

export function trackedChangesNote(changes: TrackedChanges): string {
  const n = changes.total;
  return `[Note to Draft: the Word draft has ${n} unaccepted tracked ${n === 1 ? 'change' : 'changes'}. This text is the version with ${TRACKED_CHANGES_VERSION}. Accept or reject the changes in Word, or confirm this text, then delete this note.]`;
}

/** Inserts `note` as its own paragraph right under the section heading (or first, without one). */
function insertNote(markdown: string, note: string): { markdown: string; line: number } {
  const section = analyze(markdown, { check: 'auto', maxBytes: 0 }).section;
  if (section.found && section.headingSpan) {
    const lineEnd = markdown.indexOf('\n', section.headingSpan.end);
    const at = lineEnd < 0 ? markdown.length : lineEnd + 1;
    const line = markdown.slice(0, at).split('\n').length - 1;
    return { markdown: `${markdown.slice(0, at)}\n${note}\n${markdown.slice(at)}`, line };
  }
  return { markdown: `${note}\n\n${markdown}`, line: 0 };
}

/**
 * Converts a .docx to Markdown. Throws a WordInputError (a message to show as it is) when the bytes
 * are not a readable .docx, are too large unpacked, or hold no text.
 */
export async function docxToMarkdown(bytes: Uint8Array): Promise<DocxConversion> {
  const { trackedChanges } = await openDocx(bytes);

  const paragraphs: WordParagraph[] = [];
  const comments: WordComment[] = [];
  const transformDocument = (document: MElement): MElement => {
    const byId = new Map<string, MElement>();
    for (const c of (document.comments as MElement[] | undefined) ?? []) if (c.commentId !== undefined) byId.set(c.commentId, c);
    let current: number | null = null;
    const visit = (element: MElement): MElement => {
      if (element.type === 'commentReference') {
        const comment = element.commentId !== undefined ? byId.get(element.commentId) : undefined;
        const author = comment ? (comment.authorName ?? comment.authorInitials ?? null) : null;
        const text = comment ? (comment.body ?? []).map(rawText).join(' ') : '';
        comments.push({ author, text: oneLine(text), paragraph: current });
        return textRun(` ${commentNote(author, text)}`);
      }
      if (element.type === 'paragraph') {
        const text = oneLine(rawText(element));
        // An empty paragraph is spacing, not a paragraph a reader would count.
        if (text === '') return { ...element, children: (element.children ?? []).map(visit) };
        const number = paragraphs.length + 1;
        paragraphs.push({ number, text });
        current = number;
        const children = (element.children ?? []).map(visit);
        current = null;
        // The mark goes last: at the start it would stop remark-stringify escaping a leading `1.` or `#`.
        return { ...element, children: [...children, textRun(paragraphMark(number))] };
      }
      return element.children ? { ...element, children: element.children.map(visit) } : element;
    };
    return visit(document);
  };

  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, { styleMap: STYLE_MAP, transformDocument });
    html = result.value;
  } catch (error) {
    if (error instanceof WordInputError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new WordInputError(/main document part/i.test(detail) ? 'is a zip file but not a Word document (it has no main document part)' : `cannot be read as a Word document (${detail})`);
  }

  const marked = stripParagraphMarks(htmlToMarkdown(html));
  let markdown = marked.text;
  let marks = marked.marks;
  if (!/[\p{L}\p{N}]/u.test(markdown)) throw new WordInputError('has no text to check');

  const notes: string[] = [];
  if (comments.length > 0) notes.push(`${comments.length} Word ${comments.length === 1 ? 'comment became a drafting note' : 'comments became drafting notes'} ("[Comment \u2013 author: text]") where ${comments.length === 1 ? 'it was' : 'they were'} anchored.`);
  if (trackedChanges.total > 0) {
    const inserted = insertNote(markdown, trackedChangesNote(trackedChanges));
    markdown = inserted.markdown;
    // Lines after the note move down by the two lines it takes.
    marks = marks.map((m) => (m.line >= inserted.line ? { ...m, line: m.line + 2 } : m));
    notes.push(`The draft has ${trackedChanges.total} unaccepted tracked ${trackedChanges.total === 1 ? 'change' : 'changes'} (${trackedChanges.insertions} inserted, ${trackedChanges.deletions} deleted, ${trackedChanges.moves} moved); the text is the version with ${TRACKED_CHANGES_VERSION}, and a note under the heading says so.`);
  }
  return { markdown, comments, trackedChanges, paragraphs, marks, notes };
}
