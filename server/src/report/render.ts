// The report's model rendered as a page. Also the entry point of dist/render.js: the language server
// builds the model with the core it already carries and loads this on the first export, so the page
// templates stay out of dist/server.js, whose size is capped.
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import type { ReportModel } from './model';

export type ReportFormat = 'html' | 'md';

export function renderModel(model: ReportModel, format: ReportFormat): string {
  return format === 'html' ? renderHtml(model) : renderMarkdown(model);
}
