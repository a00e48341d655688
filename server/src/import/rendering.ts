// Reads an EDGAR XBRL viewer page of a cyd disclosure into label/value entries. Two inputs:
//   - the page as text (what copying the rendered page gives): cells start with `|` at the start of a
//     line, a value's paragraphs are the lines that follow; see shared/seed/20f-item16k-cyd-rendering.txt;
//   - the page saved as HTML: a table whose rows hold a label cell and a value cell.
import { cellsOf, paragraphs, parseHtml, tableRows } from './html';

export interface RenderedEntry {
  /** The row label as shown, e.g. `Cybersecurity Risk Board of Directors Oversight [Text Block]`. */
  label: string;
  /** Paragraphs of the value cell; null when the row has no value (abstracts, line items). */
  value: string[] | null;
}

export interface Rendering {
  kind: 'text' | 'html';
  /** Report title and period header, when the page has them ("12 Months Ended Dec. 31, 2024"). */
  title: string | null;
  period: string | null;
  entries: RenderedEntry[];
}

export function looksLikeHtml(input: string): boolean {
  const head = input.replace(/^\uFEFF/, '').trimStart().slice(0, 2000).toLowerCase();
  return head.startsWith('<') && /<(html|table|body|!doctype|div|tr)\b/.test(head);
}

/** A row label: ends with a bracketed type (`[Text Block]`, `[Flag]`, `[Line Items]`, ...) or is a cyd name. */
export function isLabelText(line: string): boolean {
  const t = line.trim();
  return /\[(text block|flag|line items|table|abstract|axis|domain|member)\]$/i.test(t) || /^(cyd[:_])[A-Za-z]+$/.test(t);
}

export function readTextRendering(input: string): Rendering {
  const lines = input.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const cells: string[][] = [];
  for (const line of lines) {
    if (line.startsWith('|')) cells.push([line.slice(1)]);
    else if (cells.length > 0) cells[cells.length - 1].push(line);
  }
  const texts = cells.map((c) => c.map((l) => l.trim()).filter((l) => l.length > 0));
  const entries: RenderedEntry[] = [];
  let title: string | null = null;
  let period: string | null = null;
  const firstLabel = texts.findIndex((c) => c.length > 0 && isLabelText(c[0]));
  if (firstLabel > 0) {
    title = texts[0][0] ?? null;
    const header = texts.slice(1, firstLabel).flat();
    period = header.length > 0 ? header.join(' ') : null;
  }
  for (let i = Math.max(0, firstLabel); i < texts.length && firstLabel >= 0; i++) {
    const cell = texts[i];
    if (cell.length === 0 || !isLabelText(cell[0])) continue;
    const label = cell[0];
    const next = texts[i + 1];
    // A label directly followed by another label (or by nothing) has no value: an abstract row.
    if (!next || (next.length > 0 && isLabelText(next[0])) || structural(label)) {
      entries.push({ label, value: null });
      continue;
    }
    entries.push({ label, value: next });
    i++;
  }
  return { kind: 'text', title, period, entries };
}

export function readHtmlRendering(input: string): Rendering {
  const root = parseHtml(input);
  const entries: RenderedEntry[] = [];
  let title: string | null = null;
  let period: string | null = null;
  for (const row of tableRows(root)) {
    const cells = cellsOf(row);
    if (cells.length === 0) continue;
    const first = paragraphs(cells[0]).join(' ').trim();
    if (cells.every((c) => c.tag === 'th')) {
      // Header rows: the report title, then the period columns.
      const texts = cells.map((c) => paragraphs(c).join(' ').trim()).filter(Boolean);
      if (title === null && texts.length > 0) {
        title = texts[0];
        if (texts.length > 1) period = texts.slice(1).join(' ');
      } else if (texts.length > 0) {
        period = period ? `${period} ${texts.join(' ')}` : texts.join(' ');
      }
      continue;
    }
    if (!isLabelText(first)) continue;
    const valueCell = cells.slice(1).find((c) => paragraphs(c).length > 0);
    entries.push({ label: first, value: valueCell && !structural(first) ? paragraphs(valueCell) : null });
  }
  return { kind: 'html', title, period, entries };
}

function structural(label: string): boolean {
  return /\[(line items|table|abstract|axis|domain|member)\]$/i.test(label.trim());
}
