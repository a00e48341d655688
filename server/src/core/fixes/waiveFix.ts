// "Waive with a reason...": an element waiver comment (see waivers.ts) inserted as its own line, with
// the cursor on the reason. Nothing the drafter wrote is touched: the comment goes before the block that
// holds the finding when that block is a top-level paragraph or heading, where a comment line cannot
// change how the Markdown renders; otherwise (a list item, a quote, indented text) before the section's
// heading. An element waiver applies to the whole document wherever it stands.
import type { ElementId, Fix, SectionInfo, Span } from '../types';
import { elementById } from '../elements/registry';

const CONTAINER_LINE = /^(\s|>|[-*+](\s|$)|\d{1,9}[.)](\s|$)|\|)/;

/** Waivers are offered beside an element's own fixes, never instead of them. */
export function isWaiveFix(fix: Fix): boolean {
  return fix.title.startsWith('Waive "') && fix.title.endsWith('" with a reason...');
}

export function waiveFix(text: string, section: SectionInfo, element: ElementId, span: Span): Fix {
  const at = blockStart(text, section, span.start);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
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

function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Where a comment line can go before the block holding `offset` without changing how the Markdown renders. */
export function blockStart(text: string, section: SectionInfo, offset: number): number {
  const fallback = lineStartAt(text, section.headingSpan?.start ?? section.span.start);
  let start = lineStartAt(text, offset);
  for (;;) {
    const line = text.slice(start, text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start));
    if (CONTAINER_LINE.test(line)) return fallback;
    if (start === 0 || /^#{1,6}\s/.test(line)) return start;
    const previousStart = lineStartAt(text, start - 1);
    const previous = text.slice(previousStart, start).replace(/\r?\n$/, '');
    // A blank line, a heading or a comment line above: the block starts here.
    if (previous.trim() === '' || /^#{1,6}\s/.test(previous) || /-->\s*$/.test(previous)) return start;
    if (previousStart < fallback) return fallback;
    start = previousStart;
  }
}
