// The checklist as an appendix of the exported Word document: the same model as `item1c report`
// (status, citation and reason per element, the evidence quoted, then the blockers and waivers), so
// the committee's Word copy can never say something the checker does not.
import { HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { buildReportModel, type ElementRow, type ReportInput } from '../report';

function statusText(row: ElementRow): string {
  return row.waived ? `Waived (${row.statusLabel.toLowerCase()})` : row.statusLabel;
}

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
}

export function checklistAppendix(input: ReportInput): (Paragraph | Table)[] {
  const model = buildReportModel(input);
  const c = model.counts;
  const out: (Paragraph | Table)[] = [];
  out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`Appendix: ${model.title}`)] }));
  out.push(new Paragraph(`Draft: ${model.source}. ${model.formLabel}. Checked ${model.generated ? `${model.generated} ` : ''}by item1c ${model.toolVersion}.`));
  out.push(
    new Paragraph(
      `${c.addressed} of ${c.total} elements addressed: ${c.present} present, ${c.partial} partial, ${c.missing} missing, ${c.notApplicable} not applicable, ${c.drafted} drafted, ${c.waived} waived. Line numbers refer to the Markdown draft.`,
    ),
  );
  out.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: ['#', 'Element', 'Citation', 'Status', 'Reason'].map((h) => cell(h, true)) }),
        ...model.elements.map((row) => new TableRow({ children: [cell(String(row.number)), cell(row.title), cell(row.cite), cell(statusText(row)), cell(row.reason)] })),
      ],
    }),
  );
  for (const group of model.groups) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(group.title)] }));
    for (const row of group.elements) {
      out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(`${row.number}. ${row.title}: ${statusText(row)}`)] }));
      out.push(new Paragraph({ children: [new TextRun({ text: `${row.cite}. `, bold: true }), new TextRun(row.reason)] }));
      if (row.waived) out.push(new Paragraph(`Waiver: ${row.waived.reason}`));
      if ((row.status === 'missing' || row.status === 'partial') && row.ruleText) out.push(new Paragraph({ children: [new TextRun({ text: 'The rule asks: ', italics: true }), new TextRun(row.ruleText)] }));
      for (const quote of row.evidence) out.push(new Paragraph({ indent: { left: 720 }, children: [new TextRun(`\u201C${quote.text}\u201D (line ${quote.line})`)] }));
    }
  }
  out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Blockers')] }));
  if (model.blockers.length === 0) out.push(new Paragraph('None.'));
  for (const b of model.blockers) out.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(`Line ${b.line}: ${b.message} `), new TextRun({ text: `[${b.rule}]`, italics: true })] }));
  if (model.waivers.length > 0) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Waivers')] }));
    for (const w of model.waivers) out.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(`${w.target}: ${w.reason} (${w.details.join('; ')})`)] }));
  }
  return out;
}
