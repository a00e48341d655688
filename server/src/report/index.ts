// The checklist report for a disclosure committee. Pure: shared by the CLI (`item1c report`) and
// the language server (`item1c/exportChecklist`), so both produce the same page.
import { buildReportModel, type ReportInput } from './model';
import { renderModel, type ReportFormat } from './render';

export type { ReportInput, ReportModel, ElementRow, BlockerRow, EvidenceQuote } from './model';
export { buildReportModel, displayName, timestamp, PART_TITLES, STATUS_LABELS } from './model';
export { blockerFindings, isElementFinding, reportWaivers, verdictWaiver, type WaiverView } from './facts';
export { renderHtml, escapeHtml } from './html';
export { renderMarkdown } from './markdown';
export { specificityLine, type SpecificityView } from './specificity';
export { specificityView } from './specificityModel';

export { renderModel, type ReportFormat } from './render';

export function renderReport(input: ReportInput, format: ReportFormat): string {
  return renderModel(buildReportModel(input), format);
}
