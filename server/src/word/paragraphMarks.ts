// Which Word paragraph a place in the converted Markdown came from. The converter appends a mark
// (private-use characters around the paragraph's number) to each Word paragraph before mammoth sees
// it; the mark travels through HTML and Markdown like any text, and is taken out of the final text
// here, leaving where each paragraph ended.

const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARK = /[ \t]*\uE000(\d+)\uE001/g;

// A check locates every finding of one draft: split its text once, not once per finding.
let cached: { text: string; lines: string[] } | undefined;
export function linesOf(text: string): string[] {
  if (cached?.text !== text) cached = { text, lines: text.split('\n') };
  return cached.lines;
}

export function paragraphMark(n: number): string {
  return `${OPEN}${n}${CLOSE}`;
}

export interface MarkedParagraph {
  paragraph: number;
  /** 0-based line of the Markdown where the paragraph ends. */
  line: number;
  /** 0-based column on that line, in the text without marks. */
  column: number;
}

export function stripParagraphMarks(marked: string): { text: string; marks: MarkedParagraph[] } {
  const marks: MarkedParagraph[] = [];
  const lines = marked.split('\n').map((line, index) => {
    let removed = 0;
    return line.replace(MARK, (whole: string, n: string, offset: number) => {
      marks.push({ paragraph: Number(n), line: index, column: offset - removed });
      removed += whole.length;
      return '';
    });
  });
  return { text: lines.join('\n'), marks };
}

/**
 * The Word paragraph that holds 0-based (`line`, `column`) of `markdown`: the first paragraph that
 * ends at or after it within the same Markdown block, or null for text the conversion added (the
 * tracked-changes note) and for footnotes, which are not body paragraphs.
 */
export function paragraphAt(markdown: string, marks: readonly MarkedParagraph[], line: number, column: number): number | null {
  const lines = linesOf(markdown);
  for (const mark of marks) {
    if (mark.line < line || (mark.line === line && mark.column < column)) continue;
    // A blank line between the place and the mark means another block: the place is not in it.
    for (let l = line; l < mark.line; l++) if (lines[l] !== undefined && lines[l].trim() === '') return null;
    return mark.paragraph;
  }
  return null;
}
