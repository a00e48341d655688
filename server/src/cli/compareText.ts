// `item1c compare` for people: what changed in each element since last year, the share kept verbatim,
// then the carried-forward findings in the `path:line:col` form editors can jump to. An edited element
// shows its word diff in hunks: `[-removed-]` and `{+added+}`, or red and green on a terminal.
import { elementById, type Severity } from '../core';
import type { ElementChange } from '../core/compare';
import { elementWordDiff, type DiffPart } from '../core/compare/wordDiff';
import { toRange } from './model';
import type { ComparedFile, ComparisonOutput } from './compare';

type Paint = (code: string, s: string) => string;

const MARK: Record<ElementChange, string> = { unchanged: '=', edited: '~', new: '+', dropped: '-' };
const CHANGE_COLOR: Record<ElementChange, string> = { unchanged: '2', edited: '33', new: '32', dropped: '31' };
const SEVERITY_COLOR: Record<Severity, string> = { error: '31', warning: '33', information: '36', hint: '2' };
/** Words of unchanged text kept on each side of a change. */
const CONTEXT_WORDS = 8;

export function formatCompareText({ last, current, comparison }: ComparisonOutput, color: boolean): string {
  const paint: Paint = color ? (code, s) => `\u001b[${code}m${s}\u001b[0m` : (_code, s) => s;
  const out: string[] = [];
  out.push(`${paint('1', current.path)} compared with last year's ${paint('1', last.path)}`);
  out.push(`  last year: ${describe(last, comparison.fiscalYears.last)}`);
  out.push(`  this year: ${describe(current, comparison.fiscalYears.this)}`);
  const { total, verbatim } = comparison.sentences;
  out.push('', `  Verbatim from last year: ${Math.round(comparison.verbatimShare * 100)}% of the section's text (${verbatim} of ${total} sentences)`);

  out.push('', '  Elements');
  const idWidth = Math.max(...comparison.elements.map((e) => e.id.length));
  const changeWidth = Math.max(...comparison.elements.map((e) => e.change.length));
  for (const e of comparison.elements) {
    const mark = paint(CHANGE_COLOR[e.change], `${MARK[e.change]} ${e.change.padEnd(changeWidth)}`);
    const none = e.change === 'unchanged' && e.this.sentences.length === 0 ? `  ${paint('2', `(${e.this.status} in both years)`)}` : '';
    out.push(`    ${mark}  ${e.id.padEnd(idWidth)}  ${elementById(e.id)?.title ?? ''}${none}`);
    if (e.change === 'edited') for (const hunk of hunks(elementWordDiff(e.last, e.this), paint)) out.push(`        ${hunk}`);
  }

  out.push('');
  if (comparison.diagnostics.length === 0) {
    out.push('  No carried-forward statement contradicts this draft.');
  } else {
    const sevWidth = Math.max(...comparison.diagnostics.map((d) => d.severity.length));
    for (const d of comparison.diagnostics) {
      const { startLine, startColumn } = toRange(current.lines, d.span);
      out.push(`${current.path}:${startLine}:${startColumn}  ${paint(SEVERITY_COLOR[d.severity], d.severity.padEnd(sevWidth))}  ${d.message}  ${paint('2', `[${d.rule}]`)}`);
    }
  }
  const errors = comparison.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = comparison.diagnostics.filter((d) => d.severity === 'warning').length;
  const counts: Record<ElementChange, number> = { unchanged: 0, edited: 0, new: 0, dropped: 0 };
  for (const e of comparison.elements) counts[e.change]++;
  out.push('', `${counts.unchanged} unchanged, ${counts.edited} edited, ${counts.new} new, ${counts.dropped} dropped; ${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}`);
  return out.join('\n') + '\n';
}

function describe(file: ComparedFile, year: number | null): string {
  const form = file.report.form ? `Form ${file.report.form}` : 'form not identified';
  const heading = file.report.section.heading ? `"${file.report.section.heading}"` : 'no section heading (the whole file)';
  const read = file.kind === 'markdown' ? '' : file.kind === 'word' ? ', converted from Word' : ', read from the EDGAR page';
  return `${form}, ${heading}${year !== null ? `, fiscal ${year}` : ''}${read}`;
}

/** The diff as hunks: each run of changes with a few words of unchanged text either side; the rest is elided. */
function hunks(parts: DiffPart[], paint: Paint): string[] {
  const out: string[] = [];
  let hunk: string | null = null;
  parts.forEach((part, i) => {
    const text = part.text.replace(/\s+/g, ' ');
    if (part.op !== 'equal') {
      hunk = (hunk ?? '') + (part.op === 'removed' ? paint('31', `[-${text}-]`) : paint('32', `{+${text}+}`));
      return;
    }
    const lead = text.startsWith(' ') ? ' ' : '';
    const trail = text.endsWith(' ') ? ' ' : '';
    const words = text.trim().split(' ').filter(Boolean);
    const head = (n: number) => lead + words.slice(0, n).join(' ');
    const tail = (n: number) => words.slice(words.length - n).join(' ') + trail;
    const last = i === parts.length - 1;
    if (hunk === null) {
      // Unchanged text before the first change, or after a hunk that was closed.
      if (last) return;
      hunk = words.length > CONTEXT_WORDS ? `… ${tail(CONTEXT_WORDS)}` : text;
    } else if (last) {
      out.push(words.length > CONTEXT_WORDS ? `${hunk}${head(CONTEXT_WORDS)} …` : `${hunk}${text}`);
      hunk = null;
    } else if (words.length > 2 * CONTEXT_WORDS) {
      out.push(`${hunk}${head(CONTEXT_WORDS)} …`);
      hunk = `… ${tail(CONTEXT_WORDS)}`;
    } else {
      hunk += text;
    }
  });
  if (hunk !== null) out.push(hunk);
  return out.map((h) => h.trim());
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
