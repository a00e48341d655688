// `--format text`: what a lawyer reads in a terminal. One block per file, a checklist that
// mirrors the rule's order, then diagnostics in the `path:line:col` form editors can jump to.
import type { Severity, Status } from '../core';
import type { CheckedFile, FileOutcome, Summary } from './model';
import { lineExtent, toRange } from './model';
import { quoteLine } from './wordCheck';

type Paint = (code: string, s: string) => string;

const SYMBOL: Record<Status, string> = {
  present: '✓',
  partial: '◐',
  missing: '✗',
  'not-applicable': '–',
  drafted: '✎',
};

const STATUS_COLOR: Record<Status, string> = { present: '32', partial: '33', missing: '31', 'not-applicable': '2', drafted: '35' };
const SEVERITY_COLOR: Record<Severity, string> = { error: '31', warning: '33', information: '36', hint: '2' };

export function formatText(outcomes: readonly FileOutcome[], summary: Summary, color: boolean): string {
  const paint: Paint = color ? (code, s) => `\u001b[${code}m${s}\u001b[0m` : (_code, s) => s;
  const blocks: string[] = [];
  for (const outcome of outcomes) {
    // Unreadable files are reported on stderr by the caller; here they only count in the summary.
    if (outcome.kind === 'checked') blocks.push(fileBlock(outcome, paint));
  }
  blocks.push(summaryLine(summary));
  return blocks.join('\n') + '\n';
}

function fileBlock(file: CheckedFile, paint: Paint): string {
  const { report, lines } = file;
  const out: string[] = [paint('1', file.path)];
  const section = report.section;
  const form = report.form ? `Form ${report.form}` : 'form not identified';
  if (section.found) {
    const { startLine, endLine } = lineExtent(lines, section.span);
    out.push(`  ${form}; section "${section.heading ?? ''}", lines ${startLine}-${endLine}`);
  } else {
    out.push(`  ${form}; no "Item 1C. Cybersecurity" or "Item 16K. Cybersecurity" heading found`);
  }
  if (section.crossReference) out.push(`  Cross-reference: ${section.crossReference}`);

  if (report.elements.length > 0) {
    out.push('', '  Checklist');
    const idWidth = Math.max(...report.elements.map((e) => e.id.length));
    const citeWidth = Math.max(...report.elements.map((e) => e.cite.length));
    const statusWidth = Math.max(...report.elements.map((e) => e.status.length));
    for (const verdict of report.elements) {
      const mark = paint(STATUS_COLOR[verdict.status], `${SYMBOL[verdict.status]} ${verdict.status.padEnd(statusWidth)}`);
      const waived = verdict.waived ? `  ${paint('2', `(waived on line ${verdict.waived.line + 1}${verdict.waived.reason ? `: ${verdict.waived.reason}` : ''})`)}` : '';
      out.push(`    ${mark}  ${verdict.id.padEnd(idWidth)}  ${verdict.cite.padEnd(citeWidth)}  ${verdict.reason}${waived}`);
      if (verdict.review) out.push(`    ${' '.repeat(statusWidth + 2)}  ${' '.repeat(idWidth)}  ${' '.repeat(citeWidth)}  ${paint('2', verdict.review.current ? `reviewed by ${verdict.review.by} on ${verdict.review.on}` : `changed since review by ${verdict.review.by} on ${verdict.review.on}`)}`);
      for (const a of verdict.advice ?? []) out.push(`    ${' '.repeat(statusWidth + 2)}  ${' '.repeat(idWidth)}  ${' '.repeat(citeWidth)}  ${paint('2', `advice: ${a.reason}`)}`);
    }
  }

  const waivers = report.waivers ?? [];
  if (waivers.length > 0) {
    out.push('', '  Waivers');
    const ruleWidth = Math.max(...waivers.map((w) => w.rule.length));
    for (const w of waivers) {
      const state = w.used ? 'used  ' : paint('2', 'unused');
      out.push(`    line ${String(w.line + 1).padEnd(5)} ${w.rule.padEnd(ruleWidth)}  ${state}  ${w.reason ? w.reason : paint('33', '(no reason given)')}`);
    }
  }
  if (file.config) out.push('', `  Configuration: ${file.config}`);
  if (file.word) {
    const { comments, trackedChanges } = file.word;
    out.push('', `  Word draft: ${plural(comments, 'comment', 'comments')} (reported as drafting notes), ${plural(trackedChanges, 'unaccepted tracked change', 'unaccepted tracked changes')}; findings name the Word paragraph.`);
  }

  out.push('');
  if (report.findings.length === 0) {
    out.push('  No problems found.');
  } else {
    const sevWidth = Math.max(...report.findings.map((f) => f.severity.length));
    for (const finding of report.findings) {
      const { startLine, startColumn } = toRange(lines, finding.span);
      const sev = paint(SEVERITY_COLOR[finding.severity], finding.severity.padEnd(sevWidth));
      if (file.word) {
        const at = file.word.locate(file.text, finding.span);
        out.push(`${file.path}: ${at.where}  ${sev}  ${finding.message}  ${paint('2', `[${finding.rule}]`)}`);
        if (at.quote) out.push(`    ${paint('2', quoteLine(at.quote))}`);
        continue;
      }
      out.push(`${file.path}:${startLine}:${startColumn}  ${sev}  ${finding.message}  ${paint('2', `[${finding.rule}]`)}`);
    }
  }
  out.push('');
  return out.join('\n');
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** e.g. `3 errors, 2 warnings in 1 file`; informational counts only appear when non-zero. */
export function summaryLine(summary: Summary): string {
  const { counts, checked, failed } = summary;
  const parts = [plural(counts.error, 'error', 'errors'), plural(counts.warning, 'warning', 'warnings')];
  if (counts.information > 0) parts.push(`${counts.information} information`);
  if (counts.hint > 0) parts.push(plural(counts.hint, 'hint', 'hints'));
  let line = `${parts.join(', ')} in ${plural(checked, 'file', 'files')}`;
  if (failed > 0) line += `; ${plural(failed, 'file', 'files')} could not be read`;
  return line;
}
