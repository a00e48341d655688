// The rules that check waiver comments. Their findings are produced by core/waivers.ts after every
// other rule has run (a waiver is unused only once all findings are known); these entries give them
// ids, descriptions and defaults for docs, schema and configuration.
import type { RuleMeta } from './ruleDef';

export const waiverWithoutReason: RuleMeta = {
  id: 'waiver-without-reason',
  description: 'A waiver comment (`<!-- item1c-disable... -->`) gives no reason after a colon.',
  tags: ['waivers'],
  defaultSeverity: 'warning',
  fixable: false,
  details: 'Write `<!-- item1c-disable-next-line RULE: reason -->`. The waiver still applies; the warning asks for the reason reviewers will want to see.',
};

export const waiverUnknownRule: RuleMeta = {
  id: 'waiver-unknown-rule',
  description: 'A waiver comment names something that is neither a rule id nor an element id, names nothing, or is not a known directive.',
  tags: ['waivers'],
  defaultSeverity: 'warning',
  fixable: false,
  details: 'Directives: `item1c-disable-next-line`, `item1c-disable` ... `item1c-enable`, `item1c-disable-file`. The names they take are listed in this reference.',
};

export const waiverUnused: RuleMeta = {
  id: 'waiver-unused',
  description: 'A waiver comment silences nothing: the rule reports nothing where it applies, or the element it waives is present.',
  tags: ['waivers'],
  defaultSeverity: 'information',
  fixable: false,
  details: 'Stale waivers hide future findings; remove the comment once the text is fixed.',
};

export const WAIVER_RULES: readonly RuleMeta[] = [waiverWithoutReason, waiverUnknownRule, waiverUnused];
