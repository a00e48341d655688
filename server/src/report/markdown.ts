// The checklist report as Markdown: reads well as plain text, renders as GitHub-flavoured Markdown,
// and pastes into a memo or a ticket.
import type { ElementRow, ReportModel } from './model';
import { SPECIFICITY_NOTE, specificityLine } from './specificity';

const SYMBOL: Record<string, string> = {
  present: '\u2713',
  partial: '\u25D0',
  missing: '\u2717',
  'not-applicable': '\u2013',
  waived: '\u25CC',
  drafted: '\u270E',
};

/** Text safe inside a table cell: no pipes or line breaks. */
function cell(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** Inline text that must not turn into Markdown markup. */
function inline(value: string): string {
  return value.replace(/([\\`*_[\]<>])/g, '\\$1');
}

function code(value: string): string {
  const fence = value.includes('`') ? '``' : '`';
  return `${fence}${fence.length > 1 ? ' ' : ''}${value}${fence.length > 1 ? ' ' : ''}${fence}`;
}

function status(row: ElementRow): string {
  return row.waived ? `${SYMBOL.waived} Waived (${row.statusLabel.toLowerCase()})` : `${SYMBOL[row.status] ?? ''} ${row.statusLabel}`;
}

function element(row: ElementRow): string {
  const out: string[] = [];
  out.push(`### ${row.number}. ${inline(row.title)}: ${status(row)}`, '');
  const cite = row.url ? `[${row.cite}](<${row.url}>)` : row.cite;
  out.push(`${cite} · ${code(row.id)}`, '');
  out.push(inline(row.reason), '');
  if (row.waived) out.push(`**Waiver:** ${inline(row.waived.reason)}`, '');
  if (row.review) out.push(`**${row.review.current ? 'Reviewed' : 'Changed since review'}** (reviewed by ${inline(row.review.by)} on ${row.review.on})`, '');
  for (const a of row.advice) out.push(`**Advice** (${inline(a.cite)}, information only): ${inline(a.reason)}`, '');
  if ((row.status === 'missing' || row.status === 'partial') && row.ruleText) out.push(`*The rule asks:* ${inline(row.ruleText)}`, '');
  for (const quote of row.evidence) out.push(`> ${inline(quote.text)} (line ${quote.line})`, '');
  return out.join('\n');
}

export function renderMarkdown(model: ReportModel): string {
  const c = model.counts;
  const out: string[] = [];
  out.push(`# ${model.title}`, '');
  out.push(`- **Draft:** ${code(model.source)}`);
  out.push(`- **Form:** ${model.formLabel}`);
  out.push(
    model.section.found
      ? `- **Section:** "${inline(model.section.heading ?? '')}", lines ${model.section.startLine}-${model.section.endLine}`
      : `- **Section:** no "${model.item}. Cybersecurity" section found`,
  );
  if (model.section.crossReference) out.push(`- **Cross-reference:** ${inline(model.section.crossReference)}`);
  out.push(`- **Checked:** ${model.generated ? `${model.generated} by ` : ''}item1c ${model.toolVersion}`, '');

  out.push('## Summary', '');
  const blockers = model.blockers.length === 0 ? 'no blockers' : `${model.blockers.length} ${model.blockers.length === 1 ? 'blocker' : 'blockers'}`;
  out.push(`**${c.addressed} of ${c.total} required elements addressed**; ${blockers} before filing.`, '');
  out.push(
    `${SYMBOL.present} ${c.present} present · ${SYMBOL.partial} ${c.partial} partial · ${SYMBOL.missing} ${c.missing} missing · ` +
      `${SYMBOL['not-applicable']} ${c.notApplicable} not applicable · ${c.drafted > 0 ? `${SYMBOL.drafted} ${c.drafted} drafted, to confirm · ` : ''}${SYMBOL.waived} ${c.waived} waived`,
    '',
  );
  if (model.specificity) {
    const generic = model.specificity.genericLines;
    out.push(`**Specificity:** ${specificityLine(model.specificity)}. ${SPECIFICITY_NOTE}${generic.length > 0 ? ` Generic paragraphs (grade 1) start on ${generic.length === 1 ? 'line' : 'lines'} ${generic.join(', ')}.` : ''}`, '');
  }
  out.push('| # | Element | Part | Status | Citation |', '|---|---|---|---|---|');
  for (const group of model.groups) {
    for (const row of group.elements) out.push(`| ${row.number} | ${cell(row.title)} | ${cell(group.title)} | ${cell(status(row))} | ${cell(row.cite)} |`);
  }
  out.push('');

  if (model.peers.rows.length > 0) {
    out.push('## Filed practice', '', `How this draft compares with ${inline(model.peers.source)}. Information only: filed practice changes no status.`, '');
    out.push('| Element | Practice | This draft | Filed sections |', '|---|---|---|---|');
    for (const r of model.peers.rows) out.push(`| ${r.practice ? '' : cell(`${r.number}. ${r.element}`)} | ${r.practice ? cell(r.practice) : 'Element present'} | ${cell(r.thisDraft)} | ${cell(r.filed)} |`);
    out.push('');
  }

  for (const group of model.groups) {
    out.push(`## ${group.title}`, '');
    for (const row of group.elements) out.push(element(row));
  }

  out.push('## Blockers before filing', '');
  if (model.blockers.length === 0) {
    out.push('None: no error-severity findings other than the element verdicts above.', '');
  } else {
    out.push('| Line | Finding | Rule |', '|---|---|---|');
    for (const b of model.blockers) out.push(`| ${b.line}:${b.column} | ${cell(b.message)} | ${code(b.rule)} |`);
    out.push('');
  }

  out.push('## Waivers', '');
  if (model.waivers.length === 0) {
    out.push('None.', '');
  } else {
    out.push('| Waived | Reason | Details |', '|---|---|---|');
    for (const w of model.waivers) out.push(`| ${code(w.target)} | ${cell(w.reason)} | ${cell(w.details.join('; '))} |`);
    out.push('');
  }

  out.push('## Review', '', '| Reviewed by | Role | Date | Comments |', '|---|---|---|---|', '| | | | |', '');
  out.push(`*Produced by item1c ${model.toolVersion} from the draft alone; nothing was sent anywhere. Verdicts are automated reading aids for counsel, not legal advice.*`, '');
  return out.join('\n');
}
