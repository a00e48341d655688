// Entry point of dist/compare.js: what the language server loads on demand, the first time a draft has a
// previous filing configured. It keeps the comparison and the EDGAR reader out of dist/server.js, whose
// size is capped; it takes the reports the server already computed, so it does not carry the analysis.
export { readFiling } from './readFiling';
export type { FilingRead } from './readFiling';
export { compareReports } from '../core/compare/compare';
