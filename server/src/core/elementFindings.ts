// The rules whose findings speak for an element, in one place for the cap, the waivers, the fixes and
// the diagnostic codes.

/** Findings that state an element verdict: never dropped by the cap, and coded by the element id. */
export const VERDICT_RULES: ReadonlySet<string> = new Set(['element-missing', 'element-partial']);

/** Findings about one element that a waiver of the element settles: its verdict and its advice. */
export const ELEMENT_FINDING_RULES: ReadonlySet<string> = new Set([...VERDICT_RULES, 'element-advice']);
