import type { RuleDef, RuleMeta } from './ruleDef';
import { elementMissing } from './elementMissing';
import { elementPartial } from './elementPartial';
import { elementAdvice } from './elementAdvice';
import { sectionCrossReference } from './sectionCrossReference';
import { sectionNotApplicable } from './sectionNotApplicable';
import { residueBlank } from './residueBlank';
import { residueUnfinished } from './residueUnfinished';
import { residueBarePlaceholder } from './residueBarePlaceholder';
import { residueDraftingNote } from './residueDraftingNote';
import { residueAlternatives } from './residueAlternatives';
import { residueBracketedText } from './residueBracketedText';
import { residueTemplate } from './residueTemplate';
import { residueDraftLegend } from './residueDraftLegend';
import { residueTodo } from './residueTodo';
import { residueUnmatchedBracket } from './residueUnmatchedBracket';
import { consistencyCommitteeName } from './consistencyCommitteeName';
import { consistencyExpertiseBody } from './consistencyExpertiseBody';
import { consistencyMaterialIncident } from './consistencyMaterialIncident';
import { consistencyFiscalYear } from './consistencyFiscalYear';
import { consistencyFutureTense } from './consistencyFutureTense';
import { consistencyDraftedNames } from './consistencyDraftedNames';
import { technicalDetail } from './technicalDetail';
import { housePhraseRequired } from './housePhraseRequired';
import { housePhraseForbidden } from './housePhraseForbidden';
import { WAIVER_RULES } from './waiverRules';
import { XBRL_RULES } from '../xbrl/rules';

export type { RuleDef, RuleContext, RuleMeta, RuleFinding } from './ruleDef';

/** Every rule, in reporting order. Docs and configuration schema derive from this list. */
export const RULES: readonly RuleDef[] = [
  sectionCrossReference,
  sectionNotApplicable,
  elementMissing,
  elementPartial,
  elementAdvice,
  residueBlank,
  residueUnfinished,
  residueBarePlaceholder,
  residueDraftingNote,
  residueAlternatives,
  residueBracketedText,
  residueTemplate,
  residueTodo,
  residueUnmatchedBracket,
  residueDraftLegend,
  consistencyCommitteeName,
  consistencyExpertiseBody,
  consistencyMaterialIncident,
  consistencyFiscalYear,
  consistencyFutureTense,
  consistencyDraftedNames,
  technicalDetail,
  housePhraseRequired,
  housePhraseForbidden,
  ...XBRL_RULES,
];

/** Every rule id a user can configure or waive: the checks above plus the waiver checks. */
export const RULE_META: readonly RuleMeta[] = [...RULES, ...WAIVER_RULES];

const byId = new Map<string, RuleMeta>(RULE_META.map((r) => [r.id, r]));

export function ruleById(id: string): RuleMeta | undefined {
  return byId.get(id);
}
