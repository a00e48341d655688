// Public surface of the analysis core. The server, the CLI and the tests import from here only.
export * from './types';
export { analyze, VERSION } from './analyze';
export { createAnalyzer } from './analyzer';
export type { Analyzer, AnalyzerStats } from './analyzer';
export { DEFAULT_MAX_BYTES, REFUSAL_RULES } from './guard';
export { LineIndex } from './text/lineIndex';
export { hoverAt } from './hover';
export { ELEMENTS, elementById, citeFor, ecfrUrl } from './elements/registry';
export type { ElementDef } from './elements/registry';
export { RULES, RULE_META, ruleById } from './rules/registry';
export type { RuleDef, RuleMeta } from './rules/registry';
export { INTERNAL_ERROR } from './runRules';
export { MAX_FINDINGS, TOO_MANY_FINDINGS } from './findingsCap';
export * from './xbrl';
export { outline } from './outline';
export { WAIVE_FIX_TITLE } from './fixes/waiveFix';
export type { OutlineNode, OutlineStatus } from './outline';
