// Word drafts in and out: the public surface of the `dist/word.js` bundle, which the CLI and the
// VS Code client load only when a Word file is involved (mammoth and docx are too heavy for the
// language server and for every CLI run).
export { docxToMarkdown, commentNote, trackedChangesNote, TRACKED_CHANGES_VERSION } from './docxToMarkdown';
export type { DocxConversion, WordComment, WordParagraph } from './docxToMarkdown';
export { WordInputError, MAX_UNCOMPRESSED_BYTES } from './docxPackage';
export type { TrackedChanges } from './docxPackage';
export { wordLocation } from './wordLocation';
export type { WordLocation } from './wordLocation';
export { markdownToDocx } from './markdownToDocx';
export type { ExportOptions } from './markdownToDocx';
