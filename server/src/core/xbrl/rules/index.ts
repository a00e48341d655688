// The XBRL consistency rules, registered with the other rules in rules/registry.ts.
import type { RuleDef } from '../../rules/ruleDef';
import { xbrlFlagUndetermined } from './flagUndetermined';
import { xbrlMaterialEffectContradiction } from './materialEffectContradiction';
import { xbrlMixedTextBlock } from './mixedTextBlock';

export const XBRL_RULES: readonly RuleDef[] = [xbrlFlagUndetermined, xbrlMaterialEffectContradiction, xbrlMixedTextBlock];
