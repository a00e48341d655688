import type { RuleDef } from './ruleDef';
import { elementMissing } from './elementMissing';
import { elementPartial } from './elementPartial';
import { sectionCrossReference } from './sectionCrossReference';

export type { RuleDef, RuleContext } from './ruleDef';

/** Every rule, in reporting order. Docs and configuration schema derive from this list. */
export const RULES: readonly RuleDef[] = [sectionCrossReference, elementMissing, elementPartial];
