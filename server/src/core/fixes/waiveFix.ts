// "Waive with a reason...": an element waiver comment (see waivers.ts) inserted as its own line, with
// the cursor on the reason. Nothing the drafter wrote is touched: the comment goes before the block that
// holds the finding when that block is a top-level paragraph or heading, where a comment line cannot
// change how the Markdown renders; otherwise (a list item, a quote, indented text) before the section's
// heading. An element waiver applies to the whole document wherever it stands.
import type { ElementId, Fix, SectionInfo, Span } from '../types';
import { elementById } from '../elements/registry';
import { lineEndAt, lineStartAt } from '../text/lineIndex';

const CONTAINER_LINE = /^(\s|>|[-*+](\s|$)|\d{1,9}[.)](\s|$)|\|)/;

/** Waivers are offered beside an element's own fixes, never instead of them. */
export function isWaiveFix(fix: Fix): boolean {
  return fix.title.startsWith('Waive "') && fix.title.endsWith('" with a reason...');
}

/** `eol` is the section's line break (lineBreakAt), so that a CRLF draft stays CRLF. */
export function waiveFix(text: string, section: SectionInfo, element: ElementId, span: Span, eol: string): Fix {
  const at = blockStart(text, section, span.start);
  return {
    // Named, because one heading can carry several missing elements and the menu lists a waiver for each.
    title: `Waive "${elementById(element)?.title ?? element}" with a reason...`,
    kind: 'quickfix',
    insertions: [
      {
        offset: at,
        snippet: `<!-- item1c-disable-file ${element}: \${1:reason} -->${eol}`,
        // Without tab stops the reason is left empty: waiver-without-reason asks for it until it is given.
        plain: `<!-- item1c-disable-file ${element}: -->${eol}`,
      },
    ],
  };
}

/** Where a comment line can go before the block holding `offset` without changing how the Markdown renders. */
export function blockStart(text: string, section: SectionInfo, offset: number): number {
  // Lines are LF or CRLF here (a lone CR does not end a Markdown line the drafter would keep).
  const fallback = lineStartAt(text, section.headingSpan?.start ?? section.span.start, false);
  let start = lineStartAt(text, offset, false);
  for (;;) {
    const line = text.slice(start, lineEndAt(text, start, false));
    if (CONTAINER_LINE.test(line)) return fallback;
    if (start === 0 || /^#{1,6}\s/.test(line)) return start;
    const previousStart = lineStartAt(text, start - 1, false);
    const previous = text.slice(previousStart, start).replace(/\r?\n$/, '');
    // A blank line, a heading or a comment line above: the block starts here.
    if (previous.trim() === '' || /^#{1,6}\s/.test(previous) || /-->\s*$/.test(previous)) return start;
    if (previousStart < fallback) return fallback;
    start = previousStart;
  }
}
