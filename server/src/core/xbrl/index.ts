// XBRL (cyd) tagging: the plan, its Inline XBRL rendering, and the consistency rules. Pure, no I/O.
export { CYD_ANNUAL, CYD_NAMESPACE, CYD_PREFIX, ROLE_OF_MANAGEMENT, cydElement } from './elements';
export type { CydElement, CydKind } from './elements';
export { tagPlan, importedFlags, unitText } from './plan';
export type { PlanInput, PlannedFact, TagPlan, UntaggedFact } from './plan';
export { renderInlineXbrl, xmlEscape, isNcName, IX_NAMESPACE, IXT_NAMESPACE, XHTML_NAMESPACE } from './ixbrl';
export type { InlineXbrlOptions } from './ixbrl';
export { statesMaterialEffect } from './flags';
export type { FlagValue } from './flags';
