import type { Span } from '../types';
import type { RuleContext, RuleDef, RuleFinding } from './ruleDef';
import { mask } from './support/mask';
import { parseSlice, type ChunkCache } from '../markdown/slice';
import type { ChunkFacts } from '../markdown/facts';
import { matches, quote } from './support/util';
import { scanByStretches } from './support/stretches';

const ID = 'residue-draft-legend';

// Legends anywhere in a line, each with the word it cannot do without (see LEGEND_WORDS). Case-sensitive
// where the same words occur in ordinary prose in lower case ("protected by the attorney-client privilege").
const ANYWHERE: Array<[RegExp, string]> = [
  [/\bDRAFT\b/g, 'draft'],
  [/\b[Pp]reliminary [Dd]raft\b|\bPRELIMINARY DRAFT\b/g, 'draft'],
  [/\b(?:[Dd]raft|DRAFT) (?:of|dated|as of|OF|DATED|AS OF):? ?(?:\[[^\]\n]{0,40}\]|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})/g, 'draft'],
  [/\bprivileged (?:&|and) confidential\b/gi, 'privileged'],
  [/\b(?:Attorney[- ]Client (?:Privileged?|Communication)|ATTORNEY[- ]CLIENT (?:PRIVILEGED?|COMMUNICATION))\b/g, 'attorney'],
  [/\b(?:Attorney Work Product|ATTORNEY WORK PRODUCT)\b/g, 'attorney'],
  [/\bfor discussion purposes only\b/gi, 'discussion purposes'],
  [/\b(?:not for (?:distribution|filing)|subject to (?:further )?revision)\b(?=[\s.*_]*(?:$|[|\u2013\u2014-]))/gim, 'not for or subject to'],
];

// Legends that are a whole line on their own: `Draft`, `Confidential`, `Working Draft v3`.
// Trailing blanks are matched by one run only (not two adjacent ones), so a long blank tail stays linear.
const LINE = /^[ \t>#*_|]*((?:(?:strictly |highly )?confidential|(?:confidential |working |discussion |internal |revised |client |company )?draft(?: (?:no\.? ?\d+|v\.? ?\d+(?:\.\d+)*|\d+))?|draft for (?:review|comment|discussion))(?:[ \t]*[.:])?)[ \t*_|]*\r?$/gim;

// The words the patterns above require (case aside), found in one pass: "confidential" alone, common
// in a report's prose, leaves only the whole-line pattern to try.
const LEGEND_WORDS = /draft|confidential|privileged|attorney|discussion purposes|not for (?:distribution|filing)|subject to (?:further )?revision/gi;

const HAS_LEGEND_WORD = new RegExp(LEGEND_WORDS.source, 'i');

/** Every pattern above, for one line at a time. */
const LEGEND_IN_LINE = [...ANYWHERE.map(([re]) => re), LINE].map((re) => new RegExp(re.source, re.flags.replace('g', '')));

function legendWords(text: string): Set<string> {
  const words = new Set<string>();
  LEGEND_WORDS.lastIndex = 0;
  for (let m = LEGEND_WORDS.exec(text); m; m = LEGEND_WORDS.exec(text)) {
    const w = m[0].toLowerCase();
    words.add(w.startsWith('not for') || w.startsWith('subject to') ? 'not for or subject to' : w);
  }
  return words;
}

export const residueDraftLegend: RuleDef = {
  id: ID,
  description: 'A draft legend left in the document: "DRAFT", "Draft of [date]", "Preliminary Draft", "Privileged & Confidential", "Attorney-Client Privileged", "Attorney Work Product", "For discussion purposes only".',
  tags: ['residue', 'document'],
  defaultSeverity: 'warning',
  fixable: false,
  cite: 'Drafting practice: a filed report carries no blanks, notes or legends (no rule paragraph)',
  details:
    'Checked over the whole document, since legends sit in headers and footers outside Item 1C. Flagged: upper-case `DRAFT`; "Preliminary Draft"; "Draft of" or "Draft dated" followed by a date or a blank; "Privileged & Confidential"; "Attorney-Client Privileged" and "Attorney Work Product" written as a legend (capitalised); "For discussion purposes only"; and a line that says only "Draft" or "Confidential". Not flagged: the same words in ordinary prose ("we draft our policies", "the attorney-client privilege").',
  scope: 'document',
  // A legend lies within one line; masking can only hide one. So an edit to a line that holds no legend
  // before or after it cannot change the findings.
  lineMatters: (line) => HAS_LEGEND_WORD.test(line) && LEGEND_IN_LINE.some((re) => re.test(line)),
  check(ctx) {
    // Scanned stretch by stretch, so that a keystroke in a whole annual report re-scans one stretch.
    const labels = [...ctx.linkLabels].sort().join('\u0001');
    const chunks = ctx.memo?.store<ChunkFacts>(`${ID} chunks`, CHUNK_CAPACITY);
    return merge(scanByStretches(ctx, `${ID}\u0000${labels}`, (stretch) => legends(stretch, ctx.linkLabels, chunks))).map((span) => finding(ctx, span));
  },
};

/** Parsed chunks kept for the stretches scanned again after an edit. */
const CHUNK_CAPACITY = 1_000;

/** Legends in a stretch of the document, offsets relative to it. */
function legends(text: string, labels: ReadonlySet<string>, chunks: ChunkCache | undefined): Span[] {
  const whole = { start: 0, end: text.length };
  // Masking costs more than searching: mask only when a legend may be there. One pass for the words
  // every legend contains settles most stretches of a report, and says which patterns can match.
  const words = legendWords(text);
  if (words.size === 0) return [];
  const patterns = ANYWHERE.filter(([, word]) => words.has(word)).map(([re]) => re);
  const line = words.has('draft') || words.has('confidential');
  const candidate = patterns.some((re) => !matches(text, re, whole).next().done) || (line && !matches(text, LINE, whole).next().done);
  if (!candidate) return [];
  // Only chunks with a legend word can hold a legend: the others are not parsed (a whole annual report
  // is not parsed to find the few legends in its headers and footers).
  const syntax = parseSlice(text, whole, { labels, cache: chunks, only: (chunk) => HAS_LEGEND_WORD.test(chunk) }).syntax;
  const masked = mask(text, whole, syntax).text;
  const spans: Span[] = [];
  for (const re of patterns) for (const m of matches(masked, re, whole)) spans.push({ start: m.index, end: m.index + m[0].length });
  for (const m of line ? matches(masked, LINE, whole) : []) {
    const start = m.index + m[0].indexOf(m[1]);
    spans.push({ start, end: start + m[1].replace(/[ \t.:]+$/, '').length });
  }
  return spans;
}

function finding(ctx: RuleContext, span: Span): RuleFinding {
  return {
    rule: ID,
    element: null,
    severity: 'warning',
    message: `Draft legend "${quote(ctx.text.slice(span.start, span.end))}" must come out of the version that is filed.`,
    span,
  };
}

/** Overlapping matches (`DRAFT` inside `PRELIMINARY DRAFT`) become one finding. */
function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
