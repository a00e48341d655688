import type { AnalyzeOptions, ElementVerdict, Finding, Fix, SectionInfo, Severity } from '../types';
import type { Sent } from '../recognise/context';

export interface RuleContext {
  text: string;
  section: SectionInfo;
  sentences: readonly Sent[];
  elements: readonly ElementVerdict[];
  options: AnalyzeOptions;
}

/** What a rule reports: a finding, optionally with the fixes that are safe for it. */
export type RuleFinding = Omit<Finding, 'fixes'> & { fixes?: Fix[] };

/** What docs, schema and configuration know about a rule. */
export interface RuleMeta {
  id: string;
  description: string;
  tags: string[];
  defaultSeverity: Severity;
  fixable: boolean;
  /** The rule paragraph or guidance behind the rule, e.g. `Item 106(c)(1)`. */
  cite?: string;
  /** A longer explanation for the rules reference: what is flagged, what is deliberately not. */
  details?: string;
}

/** One check, in its own file, in the manner of markdownlint's rules. */
export interface RuleDef extends RuleMeta {
  check(ctx: RuleContext): RuleFinding[];
}
