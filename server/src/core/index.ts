// Public surface of the analysis core. The server, the CLI and the tests import from here only.
export * from './types';
export { analyze, VERSION } from './analyze';
export { LineIndex } from './text/lineIndex';
export { hoverAt } from './hover';
export { ELEMENTS, elementById, citeFor, ecfrUrl } from './elements/registry';
export type { ElementDef } from './elements/registry';
