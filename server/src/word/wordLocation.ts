// Where a finding on the converted Markdown is in the Word draft, told the way a Word user finds it:
// the paragraph's number and a quote of its text.
import type { DocxConversion } from './docxToMarkdown';
import { linesOf, paragraphAt } from './paragraphMarks';

export interface WordLocation {
  /** 1-based Word paragraph, counting paragraphs with text; null outside the body's paragraphs. */
  paragraph: number | null;
  /** `paragraph 12`, `footnote 3`, or `note added by the conversion`. */
  where: string;
  /** The Word paragraph's text (or the footnote's, or the added note's). */
  quote: string;
}

const FOOTNOTE = /^\[\^([^\]]+)\]:\s?(.*)$/;

/** The Word location of 0-based (`line`, `column`) of `conversion.markdown`. */
export function wordLocation(conversion: Pick<DocxConversion, 'markdown' | 'marks' | 'paragraphs'>, line: number, column: number): WordLocation {
  const paragraph = paragraphAt(conversion.markdown, conversion.marks, line, column);
  if (paragraph !== null) {
    const text = conversion.paragraphs[paragraph - 1]?.text ?? '';
    return { paragraph, where: `paragraph ${paragraph}`, quote: text };
  }
  // A footnote's first line carries its label; its later lines are indented under it.
  const lines = linesOf(conversion.markdown);
  for (let l = line; l >= 0; l--) {
    const m = FOOTNOTE.exec(lines[l] ?? '');
    if (m) return { paragraph: null, where: m[1].startsWith('e') ? `endnote ${m[1].slice(1)}` : `footnote ${m[1]}`, quote: m[2].trim() };
    if (l < line && !/^\s/.test(lines[l] ?? '') && (lines[l] ?? '').trim() !== '') break;
  }
  return { paragraph: null, where: 'note added by the conversion', quote: (lines[line] ?? '').trim() };
}
