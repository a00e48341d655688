// Import of a filed cyd disclosure (EDGAR XBRL viewer page, as text or HTML) into a Markdown draft.
// Pure: no I/O, no editor; the CLI and the VS Code client both call it.
export { importEdgarRendering, decideForm, elementForLabel, escapeMarkdown, FLAGS_COMMENT } from './convert';
export type { ImportOptions, ImportResult, ImportedFact } from './convert';
export { looksLikeHtml } from './rendering';
