// Recognises the heading-like lines that open and close an Item 1C / 16K section.
// Works on single raw lines so that the whole report is scanned without parsing it.

export interface HeadingLine {
  /** Heading text without Markdown markers. */
  text: string;
  /** 1-6 for ATX headings, 0 for bold or plain lines. */
  depth: number;
  /** Offset of `text` within the raw line. */
  textOffset: number;
}

// ATX headings and whole-line bold text are recognised by hand rather than with
// /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/ and /^[ \t]*(\*\*|__)(.+?)\1[ \t]*[.:]?[ \t]*$/: same
// results, but linear on a long line (the lazy group against trailing blank runs backtracks quadratically).

const isBlank = (c: number): boolean => c === 32 || c === 9;

/** `# Title ##`: depth and the title between the markers, or null. */
function atxHeading(raw: string): { depth: number; content: string; at: number } | null {
  let i = 0;
  while (i < 3 && raw.charCodeAt(i) === 32) i++;
  let hashes = 0;
  while (raw.charCodeAt(i + hashes) === 35) hashes++;
  if (hashes < 1 || hashes > 6 || !isBlank(raw.charCodeAt(i + hashes))) return null;
  let start = i + hashes;
  while (start < raw.length && isBlank(raw.charCodeAt(start))) start++;
  // The shortest title whose rest is blanks, a closing run of `#` and blanks.
  let end = raw.length;
  while (end > start && isBlank(raw.charCodeAt(end - 1))) end--;
  while (end > start && raw.charCodeAt(end - 1) === 35) end--;
  while (end > start && isBlank(raw.charCodeAt(end - 1))) end--;
  const content = raw.slice(start, end);
  // `.` in the original pattern does not match line separators.
  if (/[\u2028\u2029]/.test(content)) return null;
  return { depth: hashes, content, at: start };
}

/** A line that is only `**text**` or `__text__` (plus `.` or `:`): the text, or null. */
function wrappedLine(raw: string): { content: string; at: number } | null {
  let i = 0;
  while (i < raw.length && isBlank(raw.charCodeAt(i))) i++;
  const marker = raw.slice(i, i + 2);
  if (marker !== '**' && marker !== '__') return null;
  const start = i + 2;
  // Positions from which the rest is `[ \t]*[.:]?[ \t]*`: an interval that ends the line.
  let tail = raw.length;
  while (tail > 0 && isBlank(raw.charCodeAt(tail - 1))) tail--;
  if (tail > 0 && (raw[tail - 1] === '.' || raw[tail - 1] === ':')) tail--;
  while (tail > 0 && isBlank(raw.charCodeAt(tail - 1))) tail--;
  // The first closing marker after at least one character of text and reaching that tail.
  const close = raw.indexOf(marker, Math.max(start + 1, tail - 2));
  if (close < 0 || close + 2 < tail) return null;
  const content = raw.slice(start, close);
  if (/[\u2028\u2029]/.test(content)) return null;
  return { content, at: start };
}

/** Strips `#`, bold and table-free decoration from a line; returns null for blank lines. */
export function headingLine(line: string): HeadingLine | null {
  // A byte-order mark is one UTF-16 unit; skip it for matching, keep offsets into the raw line.
  const raw = line.charCodeAt(0) === 0xfeff ? ' ' + line.slice(1) : line;
  const atx = atxHeading(raw);
  if (atx) {
    const c = atx.content;
    const inner = c.length >= 4 && (c.startsWith('**') || c.startsWith('__')) && c.endsWith(c.slice(0, 2)) ? c.slice(2, -2) : c;
    return { text: inner.trim(), depth: atx.depth, textOffset: raw.indexOf(c) };
  }
  const wrapped = wrappedLine(raw);
  if (wrapped) return { text: wrapped.content.trim(), depth: 0, textOffset: raw.indexOf(wrapped.content) };
  const trimmed = raw.trim();
  if (trimmed.length === 0) return null;
  return { text: trimmed, depth: 0, textOffset: raw.indexOf(trimmed) };
}

export interface ItemMatch {
  item: string;
  /** Length of the heading proper within the line's text (for run-in text after it). */
  headingLength: number;
}

// "Item 1C. Cybersecurity", "ITEM 1C — CYBERSECURITY", "Item 1C: Cybersecurity", "Item 16K. Cybersecurity",
// "Part I, Item 1C. Cybersecurity", "Item 1C.CYBER SECURITY", "ITEM 1C." (title on the next line).
const SECTION_HEADING =
  /^(?:part\s+i{1,3}[,.]?\s*[-\u2013\u2014]?\s*)?item\s*(1c|16k)\b\s*[.:\u2013\u2014-]*\s*(?:(cyber\s*-?\s*security|cyber\b)\.?)?/i;

/** Matches a line that opens the section; returns the item and how long the heading is. */
export function sectionHeading(line: HeadingLine): ItemMatch | null {
  // The heading proper is short: matching on the start of a long line keeps the pattern linear.
  const m = SECTION_HEADING.exec(line.text.length > 300 ? line.text.slice(0, 300) : line.text);
  if (!m) return null;
  const rest = line.text.slice(m[0].length).trim();
  // A heading stands alone; with the title present, trailing run-in text (text pasted on one line) is allowed.
  if (rest.length > 0 && !m[2] && line.depth === 0) return null;
  if (rest.length > 0 && !m[2] && line.depth > 0 && rest.split(/\s+/).length > 4) return null;
  return { item: m[1].toUpperCase(), headingLength: m[0].trimEnd().length };
}

const ITEM_OR_PART = /^(?:item\s*(\d{1,2}[a-z]?)\b|part\s+(i{1,3}|iv|[1-4])\b)/i;

/** An Item or Part heading line that would close the section, e.g. `Item 2. Properties` or `PART II`. */
export function closingHeading(line: HeadingLine): { item: string | null; part: string | null } | null {
  const m = ITEM_OR_PART.exec(line.text);
  if (!m) return null;
  // Plain lines must look like headings ("Item 2. Properties"), not sentences ("Item 1A of this report ...").
  const after = line.text.slice(m[0].length).trimStart();
  if (line.depth === 0 && (line.text.split(/\s+/).length > 22 || !/^($|[.:\u2013\u2014-]|\p{Lu})/u.test(after))) return null;
  return { item: m[1] ? m[1].toUpperCase() : null, part: m[2] ? m[2].toUpperCase() : null };
}

// Titles of the other Items of Forms 10-K and 20-F: a heading with one of these ends the section even
// when the filer dropped the "Item N." prefix.
const OTHER_ITEM_TITLE =
  /^(business|risk factors|unresolved staff comments|properties|legal proceedings|mine safety disclosures|market for (the )?registrant'?s common equity.*|\[?reserved\]?|selected financial data|management'?s discussion and analysis.*|quantitative and qualitative disclosures? about market risk|financial statements and supplementary data|changes in and disagreements with accountants.*|controls and procedures|other information|disclosure regarding foreign jurisdictions.*|directors,? executive officers.*|executive compensation|security ownership of certain beneficial owners.*|certain relationships and related transactions.*|principal account(ant|ing) fees and services|exhibits(,| and) financial statement schedules|form 10-k summary|signatures|principal accountant fees and services|corporate governance|change in registrant'?s certifying accountant|mine safety disclosure|purchases of equity securities by the issuer.*|code of ethics)\.?$/i;

/** A heading carrying the title of another Item, without its number ("Management's Discussion and Analysis"). */
export function otherItemTitle(line: HeadingLine): boolean {
  if (line.text.length > 140) return false;
  const text = line.text.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
  return OTHER_ITEM_TITLE.test(text);
}

// A bare "Cybersecurity" heading: the section in reports whose extraction lost the "Item 1C." prefix.
const BARE_TITLE = /^(cyber\s*-?\s*security|cybersecurity risk management,? strategy,? and governance|cybersecurity disclosures?)\.?$/i;

export function bareSectionTitle(line: HeadingLine): boolean {
  // A title is short; the length check also keeps the pattern off long runs of blanks.
  return line.text.length <= 200 && BARE_TITLE.test(line.text);
}

/** Inline "Item 2." in text pasted on one line, used only on a run-in heading line. */
export const RUN_IN_NEXT_ITEM = /Item\s+(?!1C\b|16K\b)\d{1,2}[A-Z]?\.\s/;
